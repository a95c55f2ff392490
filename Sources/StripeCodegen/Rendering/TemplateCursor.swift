/// Reads a template's UTF-8 bytes, keeping the line and column of the next character. Mustache's
/// syntax is ASCII, so tags, blanks and line breaks are found byte by byte, and text is cut
/// out in runs.
struct TemplateCursor {
    /// A tag as written: its kind, its trimmed text, and where its `{{` is.
    struct RawTag {
        var sigil: Sigil
        var body: String
        var location: SourceLocation
    }

    enum Sigil: Equatable {
        case variable, section, invertedSection, closeSection, partial, comment, pragma
        case unsupported(Character)

        /// Whether a line holding this tag alone is left out of the output, as Mustache says.
        var standsAlone: Bool {
            switch self {
            case .variable, .unsupported: false
            case .section, .invertedSection, .closeSection, .partial, .comment, .pragma: true
            }
        }
    }

    private let bytes: [UInt8]
    private let path: String
    private var index = 0
    private var line = 1
    private var column = 1

    init(text: String, path: String) {
        bytes = Array(text.utf8)
        self.path = path
    }

    var isAtEnd: Bool { index == bytes.count }
    private var location: SourceLocation { SourceLocation(file: path, line: line, column: column) }

    /// Reads the spaces and tabs that start here.
    mutating func readIndentation() -> String {
        let start = index
        while index < bytes.count, Self.isBlank(bytes[index]) { advanceInLine() }
        return text(from: start)
    }

    /// Reads text up to the next tag or line break.
    mutating func readText() -> String {
        let start = index
        while index < bytes.count, lineBreakLength(at: index) == 0, !hasPrefix("{{") { advanceInLine() }
        return text(from: start)
    }

    /// Reads the line break that starts here (`\n`, `\r\n` or `\r`), if one does.
    mutating func readLineBreak() -> String? {
        let length = lineBreakLength(at: index)
        guard length > 0 else { return nil }
        let start = index
        index += length
        line += 1
        column = 1
        return text(from: start)
    }

    /// When only spaces and tabs are left on the line, skips them and the line break, and says so.
    mutating func skipRestOfLineIfBlank() -> Bool {
        var ahead = index
        while ahead < bytes.count, Self.isBlank(bytes[ahead]) { ahead += 1 }
        guard ahead == bytes.count || lineBreakLength(at: ahead) > 0 else { return false }
        while index < ahead { advanceInLine() }
        _ = readLineBreak()
        return true
    }

    /// Reads the tag that starts here, at `{{`.
    mutating func readTag() throws(TemplateParser.SyntaxError) -> RawTag {
        let start = location
        advanceInLine()
        advanceInLine()
        let tripleMustache = index < bytes.count && bytes[index] == UInt8(ascii: "{")
        var sigil = Sigil.variable
        if index < bytes.count, let first = Self.sigils[bytes[index]] {
            sigil = first
            advanceInLine()
        }
        let closing: StaticString = tripleMustache ? "}}}" : "}}"
        let bodyStart = index
        while !hasPrefix(closing) {
            guard index < bytes.count, lineBreakLength(at: index) == 0 else {
                throw TemplateParser.SyntaxError(
                    message: "the tag is not closed with '\(closing)' on its line", location: start)
            }
            advanceInLine()
        }
        var bodyEnd = index
        for _ in 0..<closing.utf8CodeUnitCount { advanceInLine() }
        var trimmedStart = bodyStart
        while trimmedStart < bodyEnd, bytes[trimmedStart] == UInt8(ascii: " ") { trimmedStart += 1 }
        while bodyEnd > trimmedStart, bytes[bodyEnd - 1] == UInt8(ascii: " ") { bodyEnd -= 1 }
        return RawTag(sigil: sigil, body: String(decoding: bytes[trimmedStart..<bodyEnd], as: UTF8.self), location: start)
    }

    /// The sigils a tag can open with, by their byte.
    private static let sigils: [UInt8: Sigil] = [
        UInt8(ascii: "{"): .variable, UInt8(ascii: "&"): .variable, UInt8(ascii: "#"): .section,
        UInt8(ascii: "^"): .invertedSection, UInt8(ascii: "/"): .closeSection, UInt8(ascii: ">"): .partial,
        UInt8(ascii: "!"): .comment, UInt8(ascii: "%"): .pragma, UInt8(ascii: "="): .unsupported("="),
        UInt8(ascii: "<"): .unsupported("<"), UInt8(ascii: "$"): .unsupported("$"),
    ]

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// Moves past one byte that is not a line break; a character's column is counted at its
    /// first byte.
    private mutating func advanceInLine() {
        if bytes[index] & 0b1100_0000 != 0b1000_0000 { column += 1 }
        index += 1
    }

    /// The length of the line break at `position`: 2 for `\r\n`, 1 for `\n` or `\r`, else 0.
    private func lineBreakLength(at position: Int) -> Int {
        guard position < bytes.count else { return 0 }
        switch bytes[position] {
        case UInt8(ascii: "\n"): return 1
        case UInt8(ascii: "\r"):
            return position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n") ? 2 : 1
        default: return 0
        }
    }

    private func hasPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    private func text(from start: Int) -> String {
        String(decoding: bytes[start..<index], as: UTF8.self)
    }
}
