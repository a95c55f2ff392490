/// Random identifiers in Stripe's `prefix_alphanumerics` style.
enum RandomID {
    private static let alphabet = Array(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

    static func make(prefix: String, length: Int) -> String {
        prefix + String((0..<length).map { _ in alphabet.randomElement()! })
    }
}
