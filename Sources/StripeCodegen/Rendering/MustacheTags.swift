import Foundation

/// A light scan of a template's `{{…}}` tags, for checks that swift-mustache does not make.
/// It knows the default delimiters only; `TemplateSet` rejects templates that change them.
struct MustacheTags {
    /// A tag: its sigil (`#`, `^`, `/`, `>`, `&`, `!`, `%`, `{`, or empty for a variable),
    /// its name, and its position.
    struct Tag {
        var sigil: String
        var name: String
        var line: Int
        var column: Int

        func location(in path: String) -> SourceLocation {
            SourceLocation(file: path, line: line, column: column)
        }
    }

    static func scan(_ text: String) -> [Tag] {
        var tags: [Tag] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{"), let close = text[index...].range(of: "}}") {
                var body = text[text.index(index, offsetBy: 2)..<close.lowerBound]
                var end = close.upperBound
                if body.hasPrefix("{"), text[end...].hasPrefix("}") {
                    end = text.index(after: end)
                }
                body = body.drop { $0 == " " }
                let sigils: Set<Character> = ["#", "^", "/", ">", "&", "!", "%", "{", "=", "<", "$"]
                let sigil = body.first.flatMap { sigils.contains($0) ? String($0) : nil } ?? ""
                let name = body.dropFirst(sigil.count).trimmingCharacters(in: [" ", "}"])
                tags.append(Tag(sigil: sigil, name: name, line: line, column: column))
                for character in text[index..<end] {
                    (line, column) = character == "\n" ? (line + 1, 1) : (line, column + 1)
                }
                index = end
                continue
            }
            (line, column) = text[index] == "\n" ? (line + 1, 1) : (line, column + 1)
            index = text.index(after: index)
        }
        return tags
    }
}
