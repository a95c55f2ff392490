/// Reads a template's characters, keeping the line and column of the next one.
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

    private let characters: [Character]
    private let path: String
    private var index = 0
    private var line = 1
    private var column = 1

    init(text: String, path: String) {
        characters = Array(text)
        self.path = path
    }

    var isAtEnd: Bool { index == characters.count }
    var current: Character? { isAtEnd ? nil : characters[index] }
    private var location: SourceLocation { SourceLocation(file: path, line: line, column: column) }

    mutating func advance() {
        if characters[index].isNewline {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    /// Reads characters while `condition` holds.
    mutating func read(while condition: (Character) -> Bool) -> String {
        var text = ""
        while let character = current, condition(character) {
            text.append(character)
            advance()
        }
        return text
    }

    /// Reads text up to the next tag or line break.
    mutating func readText() -> String {
        var text = ""
        while let character = current, !character.isNewline, !hasPrefix("{{") {
            text.append(character)
            advance()
        }
        return text
    }

    /// When only spaces and tabs are left on the line, skips them and the line break, and says so.
    mutating func skipRestOfLineIfBlank() -> Bool {
        var ahead = index
        while ahead < characters.count, characters[ahead] == " " || characters[ahead] == "\t" {
            ahead += 1
        }
        guard ahead == characters.count || characters[ahead].isNewline else { return false }
        while index < ahead { advance() }
        if !isAtEnd { advance() }
        return true
    }

    /// Reads the tag that starts here, at `{{`.
    mutating func readTag() throws(TemplateParser.SyntaxError) -> RawTag {
        let start = location
        advance()
        advance()
        let tripleMustache = current == "{"
        var sigil = Sigil.variable
        if let first = current {
            switch first {
            case "{", "&": sigil = .variable
            case "#": sigil = .section
            case "^": sigil = .invertedSection
            case "/": sigil = .closeSection
            case ">": sigil = .partial
            case "!": sigil = .comment
            case "%": sigil = .pragma
            case "=", "<", "$": sigil = .unsupported(first)
            default: break
            }
            if "{&#^/>!%=<$".contains(first) { advance() }
        }
        let closing = tripleMustache ? "}}}" : "}}"
        var body = ""
        while !hasPrefix(closing) {
            guard let character = current, !character.isNewline else {
                throw TemplateParser.SyntaxError(
                    message: "the tag is not closed with '\(closing)' on its line", location: start)
            }
            body.append(character)
            advance()
        }
        for _ in closing { advance() }
        let trimmed = body.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
        return RawTag(sigil: sigil, body: String(trimmed), location: start)
    }

    private func hasPrefix(_ prefix: String) -> Bool {
        var position = index
        for character in prefix {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }
}
