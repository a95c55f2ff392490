/// Encodes a MessagePack value in its shortest form.
public enum MessagePackWriter {
    /// The bytes of `value`.
    public static func encode(_ value: MessagePackValue) -> [UInt8] {
        var bytes: [UInt8] = []
        write(value, into: &bytes)
        return bytes
    }

    private static func write(_ value: MessagePackValue, into bytes: inout [UInt8]) {
        switch value {
        case .nil: bytes.append(0xc0)
        case .bool(let bool): bytes.append(bool ? 0xc3 : 0xc2)
        case .int(let int): writeInteger(int, into: &bytes)
        case .uint(let uint):
            bytes.append(0xcf)
            appendBigEndian(uint, size: 8, into: &bytes)
        case .float(let double):
            bytes.append(0xcb)
            appendBigEndian(double.bitPattern, size: 8, into: &bytes)
        case .string(let string):
            let utf8 = Array(string.utf8)
            writeHeader(
                count: utf8.count, fix: (0xa0, 31), sized: [(0xd9, 1), (0xda, 2), (0xdb, 4)],
                into: &bytes)
            bytes += utf8
        case .binary(let data):
            writeHeader(
                count: data.count, fix: nil, sized: [(0xc4, 1), (0xc5, 2), (0xc6, 4)], into: &bytes)
            bytes += data
        case .array(let elements):
            writeHeader(
                count: elements.count, fix: (0x90, 15), sized: [(0xdc, 2), (0xdd, 4)], into: &bytes)
            for element in elements { write(element, into: &bytes) }
        case .map(let pairs):
            writeHeader(
                count: pairs.count, fix: (0x80, 15), sized: [(0xde, 2), (0xdf, 4)], into: &bytes)
            for pair in pairs {
                write(pair.key, into: &bytes)
                write(pair.value, into: &bytes)
            }
        case .extension(let type, let data):
            writeExtensionHeader(count: data.count, into: &bytes)
            bytes.append(UInt8(bitPattern: type))
            bytes += data
        }
    }

    private static func writeInteger(_ int: Int64, into bytes: inout [UInt8]) {
        switch int {
        case 0...0x7f: bytes.append(UInt8(int))
        case -32..<0: bytes.append(UInt8(bitPattern: Int8(int)))
        case 0...0xff: bytes += [0xcc, UInt8(int)]
        case 0...0xffff:
            bytes.append(0xcd)
            appendBigEndian(UInt64(int), size: 2, into: &bytes)
        case 0...0xffff_ffff:
            bytes.append(0xce)
            appendBigEndian(UInt64(int), size: 4, into: &bytes)
        case 0...:
            bytes.append(0xcf)
            appendBigEndian(UInt64(int), size: 8, into: &bytes)
        case Int64(Int8.min)..<0: bytes += [0xd0, UInt8(bitPattern: Int8(int))]
        case Int64(Int16.min)..<0:
            bytes.append(0xd1)
            appendBigEndian(UInt64(UInt16(bitPattern: Int16(int))), size: 2, into: &bytes)
        case Int64(Int32.min)..<0:
            bytes.append(0xd2)
            appendBigEndian(UInt64(UInt32(bitPattern: Int32(int))), size: 4, into: &bytes)
        default:
            bytes.append(0xd3)
            appendBigEndian(UInt64(bitPattern: int), size: 8, into: &bytes)
        }
    }

    /// A fixed-size marker when `count` fits its low bits, else the smallest sized marker.
    private static func writeHeader(
        count: Int, fix: (marker: UInt8, maximum: Int)?, sized: [(marker: UInt8, size: Int)],
        into bytes: inout [UInt8]
    ) {
        if let fix, count <= fix.maximum {
            bytes.append(fix.marker | UInt8(count))
            return
        }
        let (marker, size) = sized.first { count < 1 << (8 * $0.size) } ?? sized[sized.count - 1]
        bytes.append(marker)
        appendBigEndian(UInt64(count), size: size, into: &bytes)
    }

    private static func writeExtensionHeader(count: Int, into bytes: inout [UInt8]) {
        let fixed: [Int: UInt8] = [1: 0xd4, 2: 0xd5, 4: 0xd6, 8: 0xd7, 16: 0xd8]
        if let marker = fixed[count] {
            bytes.append(marker)
            return
        }
        writeHeader(count: count, fix: nil, sized: [(0xc7, 1), (0xc8, 2), (0xc9, 4)], into: &bytes)
    }

    private static func appendBigEndian(_ value: UInt64, size: Int, into bytes: inout [UInt8]) {
        for index in stride(from: size - 1, through: 0, by: -1) {
            bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index)))
        }
    }
}
