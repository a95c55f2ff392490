import Foundation
import StripeRuntime

extension TerraformValue {
    /// Decodes a value of `type` from Terraform's JSON state encoding (the `raw_state.json` of
    /// `UpgradeResourceState`). Attributes the type does not have are an error.
    public init(json: Data, type: TerraformType) throws {
        try self.init(
            try JSONDecoder().decode(JSONStateValue.self, from: json), type: type,
            at: TerraformAttributePath())
    }

    private init(_ json: JSONStateValue, type: TerraformType, at path: TerraformAttributePath)
        throws
    {
        switch (json, type) {
        case (.null, _):
            self = .null
        case (.string(let string), .string):
            self = .string(string)
        case (.bool(let bool), .bool):
            self = .bool(bool)
        case (.number(let number), .number):
            self = .number(number)
        case (.string(let text), .number):
            guard let number = TerraformNumber(parsing: text) else {
                throw TerraformValueError(path: path, message: "'\(text)' is not a number")
            }
            self = .number(number)
        case (.array(let elements), .list(let elementType)):
            self = .list(try Self.elements(elements, type: elementType, at: path))
        case (.array(let elements), .set(let elementType)):
            self = .set(try Self.elements(elements, type: elementType, at: path))
        case (.object(let members), .map(let elementType)):
            self = .map(
                try members.reduce(into: [:]) { values, member in
                    values[member.key] = try TerraformValue(
                        member.value, type: elementType, at: path.appending(.key(member.key)))
                })
        case (.object(let members), .object(let attributeTypes)):
            var attributes = attributeTypes.mapValues { _ in TerraformValue.null }
            for (name, member) in members {
                guard let attributeType = attributeTypes[name] else {
                    throw TerraformValueError(
                        path: path, message: "unsupported attribute '\(name)'")
                }
                attributes[name] = try TerraformValue(
                    member, type: attributeType, at: path.appending(.attribute(name)))
            }
            self = .object(attributes)
        default:
            throw TerraformValueError(
                path: path, message: "expected a value of type \(type.summary)")
        }
    }

    private static func elements(
        _ values: [JSONStateValue], type: TerraformType, at path: TerraformAttributePath
    ) throws -> [TerraformValue] {
        try values.enumerated().map { index, value in
            try TerraformValue(value, type: type, at: path.appending(.index(index)))
        }
    }
}

/// JSON as Terraform writes state: integers kept exact.
private enum JSONStateValue: Decodable {
    case null
    case bool(Bool)
    case number(TerraformNumber)
    case string(String)
    case array([JSONStateValue])
    case object([String: JSONStateValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let integer = try? container.decode(Int64.self) {
            self = .number(.integer(integer))
        } else if let double = try? container.decode(Double.self) {
            self = .number(TerraformNumber(double))
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONStateValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONStateValue].self))
        }
    }
}
