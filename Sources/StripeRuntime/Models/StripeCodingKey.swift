/// A key of a Stripe object or parameters type in its `Codable` form, which is Stripe's own name
/// for the field: types decode and encode through their `fields`, which name each key, rather
/// than declaring a `CodingKeys` enum each.
public struct StripeCodingKey: CodingKey, Hashable, Sendable {
    public let stringValue: String

    public init(_ name: String) {
        self.stringValue = name
    }

    public init?(stringValue: String) {
        self.init(stringValue)
    }

    /// Stripe's objects are keyed by name only.
    public var intValue: Int? { nil }

    /// Stripe's objects are keyed by name only.
    public init?(intValue: Int) {
        return nil
    }
}
