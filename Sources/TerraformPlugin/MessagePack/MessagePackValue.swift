/// One MessagePack value, as the format defines it (<https://github.com/msgpack/msgpack/blob/master/spec.md>).
///
/// Maps keep their pairs in order; Terraform's values only use string keys, but the format
/// allows any key, so a map is a list of pairs.
public indirect enum MessagePackValue: Hashable, Sendable {
    case `nil`
    case bool(Bool)
    case int(Int64)
    /// An unsigned integer above `Int64.max`; smaller ones decode as `int`.
    case uint(UInt64)
    case float(Double)
    case string(String)
    case binary([UInt8])
    case array([MessagePackValue])
    case map([MessagePackPair])
    /// An application-defined extension: Terraform writes unknown values as type 0.
    case `extension`(type: Int8, data: [UInt8])
}

/// A key and its value in a MessagePack map.
public struct MessagePackPair: Hashable, Sendable {
    public var key: MessagePackValue
    public var value: MessagePackValue

    public init(_ key: MessagePackValue, _ value: MessagePackValue) {
        self.key = key
        self.value = value
    }
}

/// Why bytes are not one well-formed MessagePack value.
public enum MessagePackError: Error, Hashable, Sendable, CustomStringConvertible {
    case unexpectedEnd(offset: Int)
    case reservedByte(offset: Int)
    case invalidUTF8(offset: Int)
    case nestedTooDeeply(limit: Int)
    case trailingBytes(offset: Int)

    public var description: String {
        switch self {
        case .unexpectedEnd(let offset): "MessagePack ends early at byte \(offset)"
        case .reservedByte(let offset): "MessagePack has the reserved byte 0xc1 at byte \(offset)"
        case .invalidUTF8(let offset): "MessagePack string at byte \(offset) is not UTF-8"
        case .nestedTooDeeply(let limit): "MessagePack nests arrays and maps deeper than \(limit)"
        case .trailingBytes(let offset):
            "MessagePack has bytes after the value, from byte \(offset)"
        }
    }
}
