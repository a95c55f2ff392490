/// Decoding of `application/x-www-form-urlencoded` text, as a real server does it.
enum FormDecoding {
    /// Splits on `&`, then on the first `=`, and decodes each side
    /// (`+` is a space, `%XX` a UTF-8 byte).
    static func pairs(_ text: String) -> [(key: String, value: String)] {
        text.split(separator: "&").map { field in
            let parts = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (
                key: percentDecode(parts[0]), value: parts.count > 1 ? percentDecode(parts[1]) : ""
            )
        }
    }

    /// Percent-decodes `text` as UTF-8; malformed `%` escapes are kept as they are.
    static func percentDecode(_ text: Substring, plusIsSpace: Bool = true) -> String {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "%"), index + 2 < input.count,
                let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
