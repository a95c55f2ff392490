import StripeCodegen
/// One difference between `spec/` and Stripe's OpenAPI document, at the place of the spec it
/// concerns, with the edits that make the spec match (none when a person must decide).
public struct Drift: Sendable, CustomStringConvertible {
    /// What differs.
    public enum Kind: String, Codable, Sendable {
        case apiVersion = "api_version"
        case objectMissing = "object_missing"
        case operationMissing = "operation_missing"
        case fieldAdded = "field_added"
        case fieldRemoved = "field_removed"
        case type
        case nullable
        case required
        case enumValueAdded = "enum_value_added"
        case enumValueRemoved = "enum_value_removed"
        case maxLength = "max_length"
        case minimum
        case maximum
        case parameterAdded = "parameter_added"
        case parameterRemoved = "parameter_removed"
        case returns
        /// A request that takes other values or fields than the object's field it sets.
        case requestDiffers = "request_differs"
    }

    public var kind: Kind
    public var location: SourceLocation
    /// One sentence naming the OpenAPI version and what it changes.
    public var message: String
    /// What a person should check once `--apply` has made the edits, or why it makes none.
    public var review: String?
    var edits: [SpecEdit]

    /// Whether `--apply` makes the spec match on this point.
    public var isApplicable: Bool { !edits.isEmpty }

    /// `spec/x.yaml:57:9: warning: …`, as compilers print it.
    public var description: String { "\(location): warning: \(message)" }
}
