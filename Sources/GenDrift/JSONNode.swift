import StripeCodegen
/// A JSON value as read from Stripe's OpenAPI document.
enum JSONNode: Equatable, Sendable {
    case object([String: JSONNode])
    case array([JSONNode])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    var object: [String: JSONNode]? {
        if case .object(let members) = self { return members }
        return nil
    }

    var array: [JSONNode]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The value when it is a whole number that fits an `Int`.
    var int: Int? {
        guard case .number(let value) = self, value.rounded() == value, abs(value) < 1e15 else {
            return nil
        }
        return Int(value)
    }

    /// What the value is, for messages: `an object`, `the string 'x'`, …
    var kindDescription: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string(let text): return "the string '\(text.prefix(40))'"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }
}
