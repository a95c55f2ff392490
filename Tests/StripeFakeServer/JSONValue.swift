import Foundation

/// A JSON document, encoded with sorted keys; `.null` is written as JSON `null`.
enum JSONValue: Sendable, Encodable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// A string, or `null` when `value` is nil.
    static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    /// A timestamp, or `null` when `value` is nil.
    static func int(_ value: Int?) -> JSONValue {
        value.map { .int($0) } ?? .null
    }

    /// Stripe's list envelope.
    static func list(_ data: [JSONValue], hasMore: Bool, url: String) -> JSONValue {
        .object([
            "object": "list", "data": .array(data), "has_more": .bool(hasMore), "url": .string(url),
        ])
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The JSON text, keys sorted, slashes unescaped.
    func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A tree of strings, numbers and containers always encodes: no non-finite number is
        // ever stored.
        let data = try! encoder.encode(self)
        return String(decoding: data, as: UTF8.self)
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    init(stringLiteral value: String) {
        self = .string(value)
    }
}
