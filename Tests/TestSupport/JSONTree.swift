import Foundation

/// JSON parsed into a comparable tree, so that a test can ask whether two documents are equal
/// regardless of key order and number spelling.
package enum JSONTree: Equatable, Decodable {
    case object([String: JSONTree])
    case array([JSONTree])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    package init(data: Data) throws {
        self = try JSONDecoder().decode(JSONTree.self, from: data)
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONTree].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONTree].self))
        }
    }

    package subscript(key: String) -> JSONTree? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}

/// Files under `Tests/Fixtures/`.
package enum Fixtures {
    package static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    package static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }
}
