import Foundation

/// One stored property of a parameters type: Stripe's name for it, the key path that reads it,
/// and the rules its value must keep. A type's `fields` list them all, in the order they are
/// sent; `RequestParams` encodes, checks, compares and hashes values through them.
public struct ParamField<Params>: Sendable {
    /// Stripe's name for the parameter: `display_name`.
    public let name: String
    /// The parameter whose time this one's must come after, for `end_time` after `start_time`.
    public let earlierField: String?

    /// How the field decodes, for `DecodedFields`.
    let decoding: FieldDecoding
    private let encodeValue: @Sendable (Params, inout FormEncoder, FormKey) -> Void
    private let validateValue: @Sendable (Params, inout RequestValidator, FormKey) -> Void
    private let readTimestamp: @Sendable (Params) -> Date?
    private let readIsNil: @Sendable (Params) -> Bool
    private let compareValues: @Sendable (Params, Params) -> Bool
    private let feedHasher: @Sendable (Params, inout Hasher) -> Void

    /// The parameter `name`, read by `keyPath`. `required`, `maxLength`, `minimum`, `maximum` and
    /// `fields` are its `FieldRules`; `after` names the parameter whose time this one's must come
    /// after. A `Date` decodes as the decoder's date strategy reads it.
    public init<Value: Decodable & FormEncodable & Hashable & Sendable>(
        _ name: String, _ keyPath: KeyPath<Params, Value> & Sendable, required: Bool = false,
        maxLength: Int? = nil, minimum: Int? = nil, maximum: Int? = nil, fields: [String: FieldRules] = [:],
        after earlierField: String? = nil
    ) {
        let rules = FieldRules(
            required: required, maxLength: maxLength, minimum: minimum, maximum: maximum, fields: fields)
        self.name = name
        self.earlierField = earlierField
        decoding = FieldDecoding(Value.self, key: StripeCodingKey(name), timestamps: false)
        encodeValue = { params, form, key in params[keyPath: keyPath].encode(to: &form, at: key) }
        validateValue = { params, validator, key in
            params[keyPath: keyPath].validate(rules, into: &validator, at: key)
        }
        readTimestamp = { params in params[keyPath: keyPath] as? Date }
        readIsNil = { params in (params[keyPath: keyPath] as? any OptionalValue)?.isNil ?? false }
        compareValues = { left, right in left[keyPath: keyPath] == right[keyPath: keyPath] }
        feedHasher = { params, hasher in hasher.combine(params[keyPath: keyPath]) }
    }

    /// Appends the parameter of `params` under its name below `key`; `nil` sends nothing.
    public func encode(_ params: Params, to form: inout FormEncoder, at key: FormKey) {
        encodeValue(params, &form, key[name])
    }

    /// Reports every rule the parameter of `params` breaks, naming it below `key`.
    public func validate(_ params: Params, into validator: inout RequestValidator, at key: FormKey) {
        validateValue(params, &validator, key[name])
    }

    /// The parameter's time, for fields that hold one.
    func timestamp(of params: Params) -> Date? {
        readTimestamp(params)
    }

    /// Whether the parameter of `params` is left out.
    public func isNil(in params: Params) -> Bool {
        readIsNil(params)
    }

    /// Whether `left` and `right` have the same value of this parameter.
    public func isEqual(_ left: Params, _ right: Params) -> Bool {
        compareValues(left, right)
    }

    /// Feeds the parameter of `params` to `hasher`.
    public func hash(_ params: Params, into hasher: inout Hasher) {
        feedHasher(params, &hasher)
    }
}

/// An `Optional` of any type, to tell a `nil` parameter from a value.
private protocol OptionalValue {
    var isNil: Bool { get }
}

extension Optional: OptionalValue {
    var isNil: Bool { self == nil }
}
