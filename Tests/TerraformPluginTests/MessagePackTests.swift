import Testing

@testable import TerraformPlugin

/// The MessagePack codec: every format family both ways, and malformed input rejected.
struct MessagePackTests {
    /// Values and the exact bytes of their shortest encoding.
    static let vectors: [(MessagePackValue, [UInt8])] = [
        (.nil, [0xc0]),
        (.bool(false), [0xc2]),
        (.bool(true), [0xc3]),
        (.int(0), [0x00]),
        (.int(127), [0x7f]),
        (.int(-1), [0xff]),
        (.int(-32), [0xe0]),
        (.int(-33), [0xd0, 0xdf]),
        (.int(128), [0xcc, 0x80]),
        (.int(256), [0xcd, 0x01, 0x00]),
        (.int(65_536), [0xce, 0x00, 0x01, 0x00, 0x00]),
        (.int(4_294_967_296), [0xcf, 0, 0, 0, 1, 0, 0, 0, 0]),
        (.int(-129), [0xd1, 0xff, 0x7f]),
        (.int(-32_769), [0xd2, 0xff, 0xff, 0x7f, 0xff]),
        (.int(Int64.min), [0xd3, 0x80, 0, 0, 0, 0, 0, 0, 0]),
        (.uint(UInt64.max), [0xcf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
        (.float(1.5), [0xcb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0]),
        (.string(""), [0xa0]),
        (.string("hé"), [0xa3, 0x68, 0xc3, 0xa9]),
        (.binary([1, 2]), [0xc4, 0x02, 0x01, 0x02]),
        (.array([.int(1), .nil]), [0x92, 0x01, 0xc0]),
        (.map([MessagePackPair(.string("a"), .bool(true))]), [0x81, 0xa1, 0x61, 0xc3]),
        (.extension(type: 0, data: [0]), [0xd4, 0x00, 0x00]),
        (.extension(type: 12, data: [1, 2, 3]), [0xc7, 0x03, 0x0c, 0x01, 0x02, 0x03]),
        (
            .extension(type: -1, data: Array(repeating: 7, count: 16)),
            [0xd8, 0xff] + Array(repeating: 7, count: 16)
        ),
    ]

    @Test(arguments: vectors.indices)
    func encodesAndDecodesTheVector(index: Int) throws {
        let (value, bytes) = Self.vectors[index]
        #expect(MessagePackWriter.encode(value) == bytes)
        #expect(try MessagePackReader.decode(bytes) == value)
    }

    @Test(arguments: [0, 31, 32, 255, 256, 65_535, 65_536])
    func roundTripsStringsAcrossEveryLengthFormat(length: Int) throws {
        let value = MessagePackValue.string(String(repeating: "x", count: length))
        #expect(try MessagePackReader.decode(MessagePackWriter.encode(value)) == value)
    }

    @Test(arguments: [0, 15, 16, 65_535, 65_536])
    func roundTripsArraysAndMapsAcrossEveryCountFormat(count: Int) throws {
        let array = MessagePackValue.array(Array(repeating: .int(1), count: count))
        let map = MessagePackValue.map((0..<count).map { MessagePackPair(.int(Int64($0)), .nil) })
        #expect(try MessagePackReader.decode(MessagePackWriter.encode(array)) == array)
        #expect(try MessagePackReader.decode(MessagePackWriter.encode(map)) == map)
    }

    @Test func decodesTheWiderFormatsOtherEncodersWrite() throws {
        #expect(try MessagePackReader.decode([0xd9, 0x01, 0x61]) == .string("a"))
        #expect(try MessagePackReader.decode([0xdc, 0x00, 0x01, 0xc3]) == .array([.bool(true)]))
        #expect(try MessagePackReader.decode([0xca, 0x3f, 0xc0, 0x00, 0x00]) == .float(1.5))
        #expect(try MessagePackReader.decode([0xd0, 0x05]) == .int(5))
    }

    @Test func rejectsMalformedInput() {
        #expect(throws: MessagePackError.unexpectedEnd(offset: 0)) {
            try MessagePackReader.decode([])
        }
        #expect(throws: MessagePackError.reservedByte(offset: 0)) {
            try MessagePackReader.decode([0xc1])
        }
        #expect(throws: MessagePackError.trailingBytes(offset: 1)) {
            try MessagePackReader.decode([0xc0, 0xc0])
        }
        #expect(throws: MessagePackError.invalidUTF8(offset: 1)) {
            try MessagePackReader.decode([0xa1, 0xff])
        }
        #expect(throws: MessagePackError.unexpectedEnd(offset: 5)) {
            try MessagePackReader.decode([0xdd, 0xff, 0xff, 0xff, 0xff])
        }
        let deep = Array(repeating: UInt8(0x91), count: MessagePackReader.maximumDepth + 1) + [0xc0]
        #expect(throws: MessagePackError.nestedTooDeeply(limit: MessagePackReader.maximumDepth)) {
            try MessagePackReader.decode(deep)
        }
    }
}
