/// A JSON value of an event line, as the line spells it.
enum JSONField: Equatable {
    case null
    case bool(Bool)
    /// The number, and its text as the line writes it, which a payload value sends: `25`, `2.5`.
    case number(Double, text: String)
    case text(String)
    case object([String: JSONField])
    case list([JSONField])

    /// A payload value's text: strings as they are, numbers and booleans as their text.
    var text: String? {
        switch self {
        case .text(let text): text
        case .number(_, let text): text
        case .bool(let bool): bool ? "true" : "false"
        case .null, .object, .list: nil
        }
    }
}

/// Reads one line of JSON (RFC 8259) into a `JSONField`, a byte at a time. `meter-events` reads a
/// line per event at volume, and `JSONSerialization` spent most of its processor time building
/// and bridging Foundation objects it does not need.
struct EventJSONReader {
    private let bytes: [UInt8]
    private var position = 0
    /// Arrays and objects open around the current value, against a line that nests without end.
    private var depth = 0

    /// `line` as one JSON value, with nothing but whitespace after it; `nil` when it is not.
    static func value(of line: Substring) -> JSONField? {
        var reader = EventJSONReader(bytes: Array(line.utf8))
        guard let value = reader.value() else { return nil }
        reader.skipWhitespace()
        return reader.position == reader.bytes.count ? value : nil
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func value() -> JSONField? {
        skipWhitespace()
        guard position < bytes.count, depth < 64 else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return list()
        case UInt8(ascii: "\""): return string().map(JSONField.text)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return number()
        }
    }

    private mutating func object() -> JSONField? {
        position += 1
        depth += 1
        defer { depth -= 1 }
        var members: [String: JSONField] = [:]
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return .object(members) }
        repeat {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else { return nil }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")), let member = value() else { return nil }
            members[key] = member
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}")) ? .object(members) : nil
    }

    private mutating func list() -> JSONField? {
        position += 1
        depth += 1
        defer { depth -= 1 }
        var elements: [JSONField] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return .list(elements) }
        repeat {
            guard let element = value() else { return nil }
            elements.append(element)
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]")) ? .list(elements) : nil
    }

    /// A string starting at its opening quote, escapes decoded; `nil` when it is not valid.
    private mutating func string() -> String? {
        position += 1
        var decoded: [UInt8] = []
        var isASCII = true
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                // ASCII needs no validation, and most event text is ASCII.
                return isASCII ? String(decoding: decoded, as: UTF8.self) : String(validating: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { return nil }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0c)
                case UInt8(ascii: "n"): decoded.append(0x0a)
                case UInt8(ascii: "r"): decoded.append(0x0d)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    isASCII = isASCII && scalar.isASCII
                    decoded += Array(String(Character(scalar)).utf8)
                default: return nil
                }
            case 0..<0x20:
                return nil
            default:
                isASCII = isASCII && byte < 0x80
                decoded.append(byte)
            }
        }
        return nil
    }

    /// The scalar of `\uXXXX` (the `\u` read), or of a surrogate pair `\uD83D\uDE00`.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hexQuad() else { return nil }
        guard (0xD800..<0xDC00).contains(high) else { return Unicode.Scalar(high) }
        guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")), let low = hexQuad(), (0xDC00..<0xE000).contains(low)
        else { return nil }
        return Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00))
    }

    private mutating func hexQuad() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        let digits = String(decoding: bytes[position..<position + 4], as: UTF8.self)
        position += 4
        return UInt32(digits, radix: 16)
    }

    /// A number as RFC 8259 writes it, kept with its text.
    private mutating func number() -> JSONField? {
        let start = position
        _ = consume(UInt8(ascii: "-"))
        let integerStart = position
        guard digits() else { return nil }
        // No leading zeros: `0`, but not `01`.
        if bytes[integerStart] == UInt8(ascii: "0"), position - integerStart > 1 { return nil }
        if consume(UInt8(ascii: ".")), !digits() { return nil }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            _ = consume(UInt8(ascii: "+")) || consume(UInt8(ascii: "-"))
            guard digits() else { return nil }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return Double(text).map { .number($0, text: text) }
    }

    private mutating func digits() -> Bool {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            position += 1
        }
        return position > start
    }

    private mutating func literal(_ word: String, _ value: JSONField) -> JSONField? {
        let spelled = Array(word.utf8)
        guard bytes[position...].starts(with: spelled) else { return nil }
        position += spelled.count
        return value
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0a, 0x0d].contains(bytes[position]) {
            position += 1
        }
    }
}
