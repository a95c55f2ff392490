/// A key of a Stripe object or parameters type in its `Codable` form, which is Stripe's own name
/// for the field: generated types decode and encode with string literals, such as
/// `forKey: "display_name"`, rather than declaring a `CodingKeys` enum each.
public struct StripeCodingKey: CodingKey, ExpressibleByStringLiteral, Hashable, Sendable {
    public let stringValue: String

    public init(_ name: String) {
        self.stringValue = name
    }

    public init(stringLiteral name: String) {
        self.init(name)
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

extension KeyedDecodingContainer where K == StripeCodingKey {
    /// Decodes the value of the type the caller expects: `self.id = try container.decode(forKey: "id")`.
    public func decode<Value: Decodable>(forKey key: StripeCodingKey) throws -> Value {
        try decode(Value.self, forKey: key)
    }

    /// Decodes the value of the type the caller expects, or `nil` when the key is missing or `null`.
    public func decodeIfPresent<Value: Decodable>(forKey key: StripeCodingKey) throws -> Value? {
        try decodeIfPresent(Value.self, forKey: key)
    }
}
