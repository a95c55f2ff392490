/// Percent-encoding of form fields exactly as Stripe's official SDKs send them, and of ids in
/// request paths.
package enum FormURLEncoding {
    /// `key=value` pairs joined by `&`.
    package static func encode(_ fields: [FormField]) -> String {
        fields.map { escape($0.key) + "=" + escape($0.value) }.joined(separator: "&")
    }

    /// One key or value as stripe-python sends it: `urllib.parse.urlencode` leaves only
    /// `A-Z a-z 0-9 _ . - ~` as they are, writes a space as `+` and every other UTF-8 byte as
    /// `%XX`; then the SDK turns `%5B` and `%5D` back into `[` and `]`, in keys and values alike.
    package static func escape(_ text: String) -> String {
        percentEncode(text) { byte in
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "."): byte
            case UInt8(ascii: " "): UInt8(ascii: "+")
            default: isUnreservedAlphanumeric(byte) ? byte : nil
            }
        }
    }

    /// One path segment, so that an id such as `mtr_1/../x` stays one segment: everything but
    /// `A-Z a-z 0-9 _ - ~` is escaped, dots too, so that no segment reads as `.` or `..`.
    package static func escapePathSegment(_ segment: String) -> String {
        percentEncode(segment) { isUnreservedAlphanumeric($0) ? $0 : nil }
    }

    /// Letters, digits, `_`, `-` and `~`.
    private static func isUnreservedAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
            UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    /// `text`'s UTF-8 bytes, each written as `literal` returns or, where it returns `nil`, as `%XX`.
    private static func percentEncode(_ text: String, literal: (UInt8) -> UInt8?) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if let character = literal(byte) {
                result.unicodeScalars.append(Unicode.Scalar(character))
            } else {
                result += "%" + hexDigits[Int(byte >> 4)] + hexDigits[Int(byte & 0x0F)]
            }
        }
        return result
    }

    private static let hexDigits = "0123456789ABCDEF".map(String.init)
}
