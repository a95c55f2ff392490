/// Collects a request's parameters as form fields, in the order they are encoded.
package struct FormEncoder: Sendable {
    /// The fields so far.
    package private(set) var fields: [FormField] = []

    package init() {}

    /// Appends `value`'s fields under `key`; `nil` sends nothing, as Stripe's SDKs leave absent
    /// parameters out.
    package mutating func encode(_ value: (some FormEncodable)?, at key: FormKey) {
        value?.encode(to: &self, at: key)
    }

    /// Appends one field.
    package mutating func append(_ value: String, at key: FormKey) {
        fields.append(FormField(key: key.path, value: value))
    }
}

/// One `key=value` pair of a form, before percent-encoding.
public struct FormField: Hashable, Sendable, CustomStringConvertible {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    public var description: String { "\(key)=\(value)" }
}
