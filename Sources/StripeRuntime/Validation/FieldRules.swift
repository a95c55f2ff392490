/// What Stripe requires of a parameter beyond its type, as a parameters type's `fields` state it.
/// A value checks the rules that apply to its type (see `FormEncodable.validate(_:into:at:)`);
/// the rules of a list or map hold for each of its elements, and a nested object's fields have
/// theirs in `fields`.
public struct FieldRules: Hashable, Sendable {
    /// A string, list or map must not be empty: Stripe reads an empty value as a missing parameter.
    public var required: Bool
    /// The most Unicode scalars a string may have.
    public var maxLength: Int?
    /// The smallest integer allowed.
    public var minimum: Int?
    /// The largest integer allowed.
    public var maximum: Int?
    /// The rules of a nested object's fields, by Stripe's name for each: a request can be stricter
    /// than the object it sends, which has none of its own.
    public var fields: [String: FieldRules]

    public init(
        required: Bool = false, maxLength: Int? = nil, minimum: Int? = nil, maximum: Int? = nil,
        fields: [String: FieldRules] = [:]
    ) {
        self.required = required
        self.maxLength = maxLength
        self.minimum = minimum
        self.maximum = maximum
        self.fields = fields
    }

    /// The rules for each element of a list or map: all but `required`, which is the list's own.
    public var forElements: FieldRules {
        var rules = self
        rules.required = false
        return rules
    }
}
