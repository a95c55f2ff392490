/// Decodes one MessagePack value from bytes, rejecting anything malformed without trapping.
///
/// Lengths are checked against the bytes left before anything is allocated, and nesting is
/// limited, so hostile input costs at most its own size.
public struct MessagePackReader {
    /// The deepest nesting of arrays and maps accepted.
    public static let maximumDepth = 256

    private let bytes: [UInt8]
    private var offset = 0

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The value that `bytes` hold; it must be exactly one value.
    public static func decode(_ bytes: [UInt8]) throws(MessagePackError) -> MessagePackValue {
        var reader = MessagePackReader(bytes: bytes)
        let value = try reader.readValue(depth: 0)
        guard reader.offset == bytes.count else { throw .trailingBytes(offset: reader.offset) }
        return value
    }

    private mutating func readValue(depth: Int) throws(MessagePackError) -> MessagePackValue {
        guard depth <= Self.maximumDepth else { throw .nestedTooDeeply(limit: Self.maximumDepth) }
        let start = offset
        let marker = try readByte()
        switch marker {
        case 0x00...0x7f: return .int(Int64(marker))
        case 0x80...0x8f: return try readMap(count: Int(marker & 0x0f), depth: depth)
        case 0x90...0x9f: return try readArray(count: Int(marker & 0x0f), depth: depth)
        case 0xa0...0xbf: return try readString(count: Int(marker & 0x1f))
        case 0xc0: return .nil
        case 0xc1: throw .reservedByte(offset: start)
        case 0xc2: return .bool(false)
        case 0xc3: return .bool(true)
        case 0xc4: return .binary(try readBytes(Int(try readUnsigned(size: 1))))
        case 0xc5: return .binary(try readBytes(Int(try readUnsigned(size: 2))))
        case 0xc6: return .binary(try readBytes(Int(try readUnsigned(size: 4))))
        case 0xc7: return try readExtension(count: Int(try readUnsigned(size: 1)))
        case 0xc8: return try readExtension(count: Int(try readUnsigned(size: 2)))
        case 0xc9: return try readExtension(count: Int(try readUnsigned(size: 4)))
        case 0xca: return .float(Double(Float(bitPattern: UInt32(try readUnsigned(size: 4)))))
        case 0xcb: return .float(Double(bitPattern: try readUnsigned(size: 8)))
        case 0xcc: return .int(Int64(try readUnsigned(size: 1)))
        case 0xcd: return .int(Int64(try readUnsigned(size: 2)))
        case 0xce: return .int(Int64(try readUnsigned(size: 4)))
        case 0xcf:
            let value = try readUnsigned(size: 8)
            return value <= UInt64(Int64.max) ? .int(Int64(value)) : .uint(value)
        case 0xd0: return .int(Int64(Int8(truncatingIfNeeded: try readUnsigned(size: 1))))
        case 0xd1: return .int(Int64(Int16(truncatingIfNeeded: try readUnsigned(size: 2))))
        case 0xd2: return .int(Int64(Int32(truncatingIfNeeded: try readUnsigned(size: 4))))
        case 0xd3: return .int(Int64(bitPattern: try readUnsigned(size: 8)))
        case 0xd4: return try readExtension(count: 1)
        case 0xd5: return try readExtension(count: 2)
        case 0xd6: return try readExtension(count: 4)
        case 0xd7: return try readExtension(count: 8)
        case 0xd8: return try readExtension(count: 16)
        case 0xd9: return try readString(count: Int(try readUnsigned(size: 1)))
        case 0xda: return try readString(count: Int(try readUnsigned(size: 2)))
        case 0xdb: return try readString(count: Int(try readUnsigned(size: 4)))
        case 0xdc: return try readArray(count: Int(try readUnsigned(size: 2)), depth: depth)
        case 0xdd: return try readArray(count: Int(try readUnsigned(size: 4)), depth: depth)
        case 0xde: return try readMap(count: Int(try readUnsigned(size: 2)), depth: depth)
        case 0xdf: return try readMap(count: Int(try readUnsigned(size: 4)), depth: depth)
        default: return .int(Int64(Int8(bitPattern: marker)))  // negative fixint 0xe0...0xff
        }
    }

    private mutating func readByte() throws(MessagePackError) -> UInt8 {
        guard offset < bytes.count else { throw .unexpectedEnd(offset: offset) }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// A big-endian unsigned integer of `size` bytes.
    private mutating func readUnsigned(size: Int) throws(MessagePackError) -> UInt64 {
        guard bytes.count - offset >= size else { throw .unexpectedEnd(offset: bytes.count) }
        var value: UInt64 = 0
        for byte in bytes[offset..<offset + size] {
            value = value << 8 | UInt64(byte)
        }
        offset += size
        return value
    }

    private mutating func readBytes(_ count: Int) throws(MessagePackError) -> [UInt8] {
        guard bytes.count - offset >= count else { throw .unexpectedEnd(offset: bytes.count) }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    private mutating func readString(count: Int) throws(MessagePackError) -> MessagePackValue {
        let start = offset
        guard let string = String(validating: try readBytes(count), as: UTF8.self) else {
            throw .invalidUTF8(offset: start)
        }
        return .string(string)
    }

    private mutating func readExtension(count: Int) throws(MessagePackError) -> MessagePackValue {
        let type = Int8(bitPattern: try readByte())
        return .extension(type: type, data: try readBytes(count))
    }

    /// Every element takes at least one byte, so a count above the bytes left is an early end.
    private mutating func readArray(count: Int, depth: Int) throws(MessagePackError)
        -> MessagePackValue
    {
        guard bytes.count - offset >= count else { throw .unexpectedEnd(offset: bytes.count) }
        var elements: [MessagePackValue] = []
        elements.reserveCapacity(count)
        for _ in 0..<count {
            elements.append(try readValue(depth: depth + 1))
        }
        return .array(elements)
    }

    private mutating func readMap(count: Int, depth: Int) throws(MessagePackError)
        -> MessagePackValue
    {
        guard (bytes.count - offset) / 2 >= count else { throw .unexpectedEnd(offset: bytes.count) }
        var pairs: [MessagePackPair] = []
        pairs.reserveCapacity(count)
        for _ in 0..<count {
            let key = try readValue(depth: depth + 1)
            pairs.append(MessagePackPair(key, try readValue(depth: depth + 1)))
        }
        return .map(pairs)
    }
}
