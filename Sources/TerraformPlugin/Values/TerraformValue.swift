/// A Terraform (cty) value: what a configuration, plan or state holds for a resource.
///
/// Values carry no type of their own; the schema's `TerraformType` says how to read and write
/// them. `unknown` is a value Terraform will only know after apply.
public indirect enum TerraformValue: Hashable, Sendable {
    case null
    case unknown
    case string(String)
    case number(TerraformNumber)
    case bool(Bool)
    case list([TerraformValue])
    case set([TerraformValue])
    case map([String: TerraformValue])
    case object([String: TerraformValue])

    /// The attribute `name` of an object; `null` for anything else or a missing attribute.
    public subscript(name: String) -> TerraformValue {
        guard case .object(let attributes) = self else { return .null }
        return attributes[name] ?? .null
    }

    /// The string, if this is a known string.
    public var stringValue: String? {
        if case .string(let string) = self { string } else { nil }
    }

    /// The elements of a list or set; empty for anything else.
    public var elements: [TerraformValue] {
        switch self {
        case .list(let elements), .set(let elements): elements
        default: []
        }
    }

    /// Whether this value is, or holds anywhere within it, an unknown value.
    public var containsUnknown: Bool {
        switch self {
        case .unknown: true
        case .list(let elements), .set(let elements): elements.contains { $0.containsUnknown }
        case .map(let values), .object(let values): values.values.contains { $0.containsUnknown }
        case .null, .string, .number, .bool: false
        }
    }

    /// The attributes of an object whose value is, or holds, an unknown value.
    public var attributesWithUnknowns: Set<String> {
        guard case .object(let attributes) = self else { return [] }
        return Set(attributes.filter { $0.value.containsUnknown }.keys)
    }
}

/// A cty number: integers stay exact, anything else is a `Double`.
public enum TerraformNumber: Hashable, Sendable, CustomStringConvertible {
    case integer(Int64)
    case double(Double)

    /// A double that holds an integer of `Int64`'s range becomes `.integer`, so equal numbers
    /// compare equal however they were written.
    public init(_ double: Double) {
        if double.rounded() == double, let integer = Int64(exactly: double) {
            self = .integer(integer)
        } else {
            self = .double(double)
        }
    }

    /// Parses a decimal number as Terraform writes it in JSON or in a MessagePack string.
    public init?(parsing text: String) {
        if let integer = Int64(text) {
            self = .integer(integer)
        } else if let double = Double(text), double.isFinite {
            self.init(double)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .integer(let integer): String(integer)
        case .double(let double): String(double)
        }
    }
}
