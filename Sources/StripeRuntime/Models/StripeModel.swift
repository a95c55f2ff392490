import Foundation

/// A Stripe object as the API returns it, or an object nested in one. Each type lists its stored
/// properties in `fields`, with Stripe's names; through them the value encodes and decodes itself
/// (as JSON, or as form fields when a request sends it), and compares and hashes field by field.
/// Each type's `init(from:)` passes the `DecodedFields` to its memberwise initializer, since only
/// it can create its values.
public protocol StripeModel: Codable, Hashable, Sendable, FormEncodable {
    /// Every stored property, in the order they are encoded. The runtime reads it once per type, so
    /// generated types compile it with `@_optimize(none)`: optimizing code that runs once would
    /// only lengthen the library's release build.
    static var fields: [ModelField<Self>] { get }
}

extension StripeModel {
    /// `fields`, built once.
    static var fieldTable: [ModelField<Self>] {
        FieldTables.table { fields }
    }

    /// Each field under Stripe's name for it, in the order of `fields`; `nil` as `null`, and
    /// times as Unix seconds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StripeCodingKey.self)
        for field in Self.fieldTable {
            try field.encode(self, into: &container)
        }
    }

    /// Each field under its name below `key`, in the order of `fields`; `nil` sends nothing.
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        for field in Self.fieldTable {
            field.encode(self, to: &form, at: key)
        }
    }

    /// Each field in the order of `fields`, with the rules `rules.fields` gives it and those of
    /// its type.
    public func validate(_ rules: FieldRules, into validator: inout RequestValidator, at key: FormKey) {
        for field in Self.fieldTable {
            field.validate(self, rules.fields[field.name] ?? FieldRules(), into: &validator, at: key)
        }
    }

    /// Equal when every field is.
    public static func == (left: Self, right: Self) -> Bool {
        fieldTable.allSatisfy { $0.isEqual(left, right) }
    }

    /// Every field, in order.
    public func hash(into hasher: inout Hasher) {
        for field in Self.fieldTable {
            field.hash(self, into: &hasher)
        }
    }
}

/// One stored property of a model: Stripe's name for it and the key path that reads it. A type's
/// `fields` list them all, in the order they are encoded.
public struct ModelField<Model>: Sendable {
    /// Stripe's name for the field: `display_name`.
    public let name: String

    /// How the field decodes, for `DecodedFields`.
    let decoding: FieldDecoding
    private let encodeValue: @Sendable (Model, inout KeyedEncodingContainer<StripeCodingKey>) throws -> Void
    private let encodeFormValue: @Sendable (Model, inout FormEncoder, FormKey) -> Void
    private let validateValue: @Sendable (Model, FieldRules, inout RequestValidator, FormKey) -> Void
    private let compareValues: @Sendable (Model, Model) -> Bool
    private let feedHasher: @Sendable (Model, inout Hasher) -> Void

    /// The field `name`, read by `keyPath`. A `Date` is a Stripe timestamp: it decodes from and
    /// encodes as whole Unix seconds.
    public init<Value: Codable & FormEncodable & Hashable & Sendable>(
        _ name: String, _ keyPath: KeyPath<Model, Value> & Sendable
    ) {
        self.name = name
        let key = StripeCodingKey(name)
        decoding = FieldDecoding(Value.self, key: key, timestamps: true)
        if Value.self == Date.self || Value.self == Date?.self {
            encodeValue = { model, container in
                try container.encodeTimestamp(model[keyPath: keyPath] as? Date, forKey: key)
            }
        } else {
            encodeValue = { model, container in try container.encode(model[keyPath: keyPath], forKey: key) }
        }
        encodeFormValue = { model, form, key in model[keyPath: keyPath].encode(to: &form, at: key) }
        validateValue = { model, rules, validator, key in
            model[keyPath: keyPath].validate(rules, into: &validator, at: key)
        }
        compareValues = { left, right in left[keyPath: keyPath] == right[keyPath: keyPath] }
        feedHasher = { model, hasher in hasher.combine(model[keyPath: keyPath]) }
    }

    /// Encodes the field of `model` under its name.
    public func encode(_ model: Model, into container: inout KeyedEncodingContainer<StripeCodingKey>) throws {
        try encodeValue(model, &container)
    }

    /// Appends the field of `model` as form fields under its name below `key`.
    public func encode(_ model: Model, to form: inout FormEncoder, at key: FormKey) {
        encodeFormValue(model, &form, key[name])
    }

    /// Reports every rule the field of `model` breaks, `rules` and its type's, naming it below `key`.
    public func validate(_ model: Model, _ rules: FieldRules, into validator: inout RequestValidator, at key: FormKey) {
        validateValue(model, rules, &validator, key[name])
    }

    /// Whether `left` and `right` have the same value of this field.
    public func isEqual(_ left: Model, _ right: Model) -> Bool {
        compareValues(left, right)
    }

    /// Feeds the field of `model` to `hasher`.
    public func hash(_ model: Model, into hasher: inout Hasher) {
        feedHasher(model, &hasher)
    }
}
