/// A Stripe string enum that stays forward compatible: a value this version of the library does
/// not know decodes without error, keeps its raw string, and encodes back unchanged.
///
/// Generated enums conform with a case per known value, an `unknown(String)` case and the raw
/// value of each case; creating and coding values is the same for all of them.
public protocol StripeEnum: RawRepresentable, Codable, Hashable, Sendable where RawValue == String {
    /// Every value this version of the library knows, in the spec's order.
    static var knownCases: [Self] { get }

    /// A value this version of the library does not know, with its raw string: the `unknown` case.
    static func unknown(_ rawValue: String) -> Self

    /// Creates the value for `rawValue`, known or not.
    init(rawValue: String)
}

extension StripeEnum {
    /// The known value whose raw value is `rawValue`, or else `unknown(rawValue)`.
    public init(rawValue: String) {
        self = Self.knownCases.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }

    /// Whether this version of the library knows the value.
    public var isKnown: Bool { Self.knownCases.contains(self) }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
