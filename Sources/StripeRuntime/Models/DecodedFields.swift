import Foundation

/// The stored properties of a model or parameters type, decoded from JSON through its `fields`:
/// what its `init(from:)` passes to its memberwise initializer, each under Stripe's name for it.
///
/// The type's own decoder only names the fields; how each one decodes (a `Date` from Unix
/// seconds in a model, a missing or `null` optional as `nil`) is decided here, by its type.
public struct DecodedFields<Owner> {
    private let values: [String: any Sendable]

    /// Decodes each of `fields`, in order; the first that fails throws.
    private init(decoding fields: some Sequence<FieldDecoding>, from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StripeCodingKey.self)
        var values: [String: any Sendable] = [:]
        for field in fields {
            values[field.key.stringValue] = try field.decode(from: container)
        }
        self.values = values
    }

    /// The decoded value of the field Stripe names `name`, as the type the caller expects.
    public subscript<Value>(name: String) -> Value {
        guard let value = values[name] as? Value else {
            preconditionFailure("\(Owner.self).fields has no field \"\(name)\" of type \(Value.self)")
        }
        return value
    }
}

extension DecodedFields where Owner: StripeModel {
    /// Decodes every field of `Owner.fields`, in order; the first that fails throws.
    public init(from decoder: any Decoder) throws {
        try self.init(decoding: Owner.fieldTable.lazy.map(\.decoding), from: decoder)
    }
}

extension DecodedFields where Owner: RequestParams {
    /// Decodes every field of `Owner.fields`, in order; the first that fails throws.
    public init(from decoder: any Decoder) throws {
        try self.init(decoding: Owner.fieldTable.lazy.map(\.decoding), from: decoder)
    }
}

/// How one field's value decodes from its container: `nil` when an optional's key is missing or
/// `null`, and a model's timestamps from Unix seconds.
struct FieldDecoding: Sendable {
    /// Stripe's name for the field.
    let key: StripeCodingKey
    private let decodeValue: @Sendable (KeyedDecodingContainer<StripeCodingKey>) throws -> any Sendable

    /// `Value` under `key`; with `timestamps`, a `Date` (or `Date?`) from Unix seconds, otherwise
    /// as the decoder's date strategy reads it.
    init<Value: Decodable & Sendable>(_ type: Value.Type, key: StripeCodingKey, timestamps: Bool) {
        self.key = key
        if timestamps && Value.self == Date.self {
            decodeValue = { container in try container.decodeTimestamp(forKey: key) }
        } else if timestamps && Value.self == Date?.self {
            decodeValue = { container in try container.decodeTimestampIfPresent(forKey: key) }
        } else if let optional = Value.self as? any OptionalDecodable.Type {
            // `optional` is `Value.self`, so the cast cannot fail.
            decodeValue = { container in try optional.decodeIfPresent(from: container, forKey: key) as! Value }
        } else {
            decodeValue = { container in try container.decode(Value.self, forKey: key) }
        }
    }

    /// The field's value in `container`.
    func decode(from container: KeyedDecodingContainer<StripeCodingKey>) throws -> any Sendable {
        try decodeValue(container)
    }
}

/// An `Optional` of a decodable type, which decodes as `nil` when its key is missing.
private protocol OptionalDecodable: SendableMetatype {
    static func decodeIfPresent(
        from container: KeyedDecodingContainer<StripeCodingKey>, forKey key: StripeCodingKey
    ) throws -> Self
}

extension Optional: OptionalDecodable where Wrapped: Decodable {
    fileprivate static func decodeIfPresent(
        from container: KeyedDecodingContainer<StripeCodingKey>, forKey key: StripeCodingKey
    ) throws -> Self {
        try container.decodeIfPresent(Wrapped.self, forKey: key)
    }
}
