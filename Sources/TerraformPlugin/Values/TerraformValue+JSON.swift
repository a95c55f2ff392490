import Foundation
import TerraformSchemas

extension TerraformValue {
    /// Decodes a value of `type` from Terraform's JSON state encoding (the `raw_state.json` of
    /// `UpgradeResourceState`). Attributes the type does not have are an error.
    ///
    /// JSON carries the same shapes as MessagePack, so it is read as MessagePack values and
    /// typed the same way.
    public init(json: Data, type: TerraformType) throws {
        try self.init(Self.messagePackValue(json: json), type: type, at: TerraformAttributePath())
    }

    /// The shapes of JSON state, before they are typed.
    static func messagePackValue(json: Data) throws -> MessagePackValue {
        try JSONDecoder().decode(JSONStateValue.self, from: json).messagePackValue
    }
}

/// JSON as Terraform writes state, with integers kept exact.
private enum JSONStateValue: Decodable {
    case null
    case bool(Bool)
    case integer(Int64)
    case double(Double)
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
            self = .integer(integer)
        } else if let double = try? container.decode(Double.self) {
            self = .double(double)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONStateValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONStateValue].self))
        }
    }

    var messagePackValue: MessagePackValue {
        switch self {
        case .null: .nil
        case .bool(let bool): .bool(bool)
        case .integer(let integer): .int(integer)
        case .double(let double): .float(double)
        case .string(let string): .string(string)
        case .array(let elements): .array(elements.map(\.messagePackValue))
        case .object(let members):
            .map(members.map { MessagePackPair(.string($0.key), $0.value.messagePackValue) })
        }
    }
}
