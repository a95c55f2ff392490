import StripeCodegen
/// A strict JSON reader (RFC 8259) over bytes: fast on Stripe's 8 MB OpenAPI document, and a
/// syntax error is reported at its line and column instead of as a platform error.
struct JSONParser {
    /// Nesting deeper than this is an error rather than a risk to the stack.
    static let maxDepth = 256

    /// A syntax error and the byte offset it was found at.
    struct SyntaxError: Error {
        var message: String
        var offset: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The single JSON value `bytes` hold, with nothing but whitespace around it.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONNode {
        let result: Result<JSONNode, SyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            do throws(SyntaxError) {
                let value = try parser.value()
                parser.skipWhitespace()
                if parser.index < buffer.count {
                    throw parser.error("unexpected \(parser.describeCurrent()) after the document")
                }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private mutating func value() throws(SyntaxError) -> JSONNode {
        skipWhitespace()
        guard index < bytes.count else {
            throw error("the document ends where a value was expected")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return try nested { (parser: inout JSONParser) throws(SyntaxError) in
                try parser.object()
            }
        case UInt8(ascii: "["):
            return try nested { (parser: inout JSONParser) throws(SyntaxError) in try parser.array()
            }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("unexpected \(describeCurrent()) where a value was expected")
        }
    }

    private mutating func nested(
        _ read: (inout JSONParser) throws(SyntaxError) -> JSONNode
    ) throws(SyntaxError) -> JSONNode {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            throw error("values are nested more than \(Self.maxDepth) levels deep")
        }
        return try read(&self)
    }

    private mutating func object() throws(SyntaxError) -> JSONNode {
        index += 1
        var members: [String: JSONNode] = [:]
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("expected a member name in quotes, found \(describeCurrent())")
            }
            let key = try string()
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else {
                throw error(
                    "expected ':' after the member name '\(key)', found \(describeCurrent())")
            }
            members[key] = try value()
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "}")) { return .object(members) }
            throw error("expected ',' or '}' in an object, found \(describeCurrent())")
        }
    }

    private mutating func array() throws(SyntaxError) -> JSONNode {
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return .array(items) }
        while true {
            items.append(try value())
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "]")) { return .array(items) }
            throw error("expected ',' or ']' in an array, found \(describeCurrent())")
        }
    }

    private mutating func string() throws(SyntaxError) -> String {
        let opening = index
        index += 1
        let start = index
        // The common case: no escapes, one slice decoded at once.
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""),
            bytes[index] != UInt8(ascii: "\\"),
            bytes[index] >= 0x20
        {
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            defer { index += 1 }
            return String(
                decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }
        var scalars: [UInt8] = Array(bytes[start..<index])
        while true {
            guard index < bytes.count else {
                throw SyntaxError(message: "a string opened here is not closed", offset: opening)
            }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                try escape(into: &scalars)
            case ..<0x20:
                throw error(
                    "a control character (0x\(String(byte, radix: 16))) must be escaped in a string"
                )
            default:
                scalars.append(byte)
                index += 1
            }
        }
    }

    private mutating func escape(into scalars: inout [UInt8]) throws(SyntaxError) {
        guard index < bytes.count else { throw error("the document ends inside an escape") }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
            UInt8(ascii: "b"): 0x08,
            UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D,
            UInt8(ascii: "t"): 0x09,
        ]
        let letter = bytes[index]
        if let replacement = simple[letter] {
            scalars.append(replacement)
            index += 1
            return
        }
        guard letter == UInt8(ascii: "u") else {
            throw error("invalid escape '\\\(describeCurrent())'")
        }
        index += 1
        var code = try hexQuad()
        if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count,
            bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
        {
            index += 2
            let low = try hexQuad()
            guard (0xDC00..<0xE000).contains(low) else {
                throw error("invalid low surrogate in a \\u escape")
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        scalars.append(contentsOf: String(Character(scalar)).utf8)
    }

    private mutating func hexQuad() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("the document ends inside a \\u escape") }
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexDigit(bytes[index]) else {
                throw error("expected a hex digit in a \\u escape")
            }
            code = code << 4 | digit
            index += 1
        }
        return code
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func number() throws(SyntaxError) -> JSONNode {
        let start = index
        _ = consume(UInt8(ascii: "-"))
        let leadsWithZero = index < bytes.count && bytes[index] == UInt8(ascii: "0")
        let integerDigits = digits()
        guard integerDigits > 0 else { throw error("expected a digit in a number") }
        if leadsWithZero && integerDigits > 1 {
            throw SyntaxError(message: "a number cannot start with 0", offset: start)
        }
        if consume(UInt8(ascii: ".")), digits() == 0 {
            throw error("expected a digit after the decimal point")
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            _ = consume(UInt8(ascii: "+")) || consume(UInt8(ascii: "-"))
            guard digits() > 0 else { throw error("expected a digit in the exponent") }
        }
        let text = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text) else {
            throw SyntaxError(message: "invalid number '\(text)'", offset: start)
        }
        return .number(value)
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            index += 1
        }
        return index - start
    }

    private mutating func literal(_ word: String, _ value: JSONNode) throws(SyntaxError) -> JSONNode
    {
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else {
                throw error("unexpected \(describeCurrent()) where a value was expected")
            }
            index += 1
        }
        return value
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "the end of the document" }
        let byte = bytes[index]
        if (0x21...0x7E).contains(byte) { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "the byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private func error(_ message: String) -> SyntaxError {
        SyntaxError(message: message, offset: index)
    }
}
