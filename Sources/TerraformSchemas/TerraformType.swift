/// A cty type in Terraform's JSON: `"string"`, `["list", "string"]`,
/// `["object", {"deactivated_at": "number"}]`.
public indirect enum TerraformType: Codable, Hashable, Sendable {
    case string
    case number
    case bool
    case list(TerraformType)
    case set(TerraformType)
    case map(TerraformType)
    case object([String: TerraformType])

    public init(from decoder: any Decoder) throws {
        if let name = try? decoder.singleValueContainer().decode(String.self) {
            switch name {
            case "string": self = .string
            case "number": self = .number
            case "bool": self = .bool
            default: throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown type \(name)"))
            }
            return
        }
        var container = try decoder.unkeyedContainer()
        let kind = try container.decode(String.self)
        switch kind {
        case "list": self = .list(try container.decode(TerraformType.self))
        case "set": self = .set(try container.decode(TerraformType.self))
        case "map": self = .map(try container.decode(TerraformType.self))
        case "object": self = .object(try container.decode([String: TerraformType].self))
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown type \(kind)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .string: try Self.encode(name: "string", to: encoder)
        case .number: try Self.encode(name: "number", to: encoder)
        case .bool: try Self.encode(name: "bool", to: encoder)
        case .list(let element): try Self.encode(kind: "list", element, to: encoder)
        case .set(let element): try Self.encode(kind: "set", element, to: encoder)
        case .map(let element): try Self.encode(kind: "map", element, to: encoder)
        case .object(let attributes): try Self.encode(kind: "object", attributes, to: encoder)
        }
    }

    private static func encode(name: String, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }

    private static func encode(kind: String, _ element: some Encodable, to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(kind)
        try container.encode(element)
    }
}
