/// Formats spec text as `///` doc comment lines that fit the line length.
enum DocComment {
    /// The lines of swift-format's default limit that generated code keeps to.
    static let lineLength = 100

    /// `text` as `///` lines for a declaration indented by `indent` spaces. Paragraphs (split
    /// by blank lines) are kept, with an empty `///` line between them.
    static func lines(_ text: String, indent: Int) -> [String] {
        text.components(separatedBy: "\n\n").map { wrap($0, width: lineLength - indent - 4) }
            .filter { !$0.isEmpty }
            .map { $0.map { "/// " + $0 } }
            .joined(separator: ["///"])
            .map { $0 }
    }

    /// One paragraph's words as lines of at most `width` characters (longer words stand alone),
    /// never breaking inside a code span. Linear in the paragraph's length.
    static func wrap(_ paragraph: String, width: Int) -> [String] {
        var result: [String] = []
        var line = ""
        var lineLength = 0
        for word in keepingCodeSpansWhole(paragraph.split(whereSeparator: \.isWhitespace)) {
            let length = word.count
            if lineLength > 0, lineLength + 1 + length > width {
                result.append(line)
                (line, lineLength) = (word, length)
            } else if lineLength == 0 {
                (line, lineLength) = (word, length)
            } else {
                line += " " + word
                lineLength += 1 + length
            }
        }
        if lineLength > 0 { result.append(line) }
        return result
    }

    /// The words, with those of a code span (`` `POST /v1/x` ``) joined into one, so that no
    /// line break falls inside it. A backtick that no later word closes opens no span.
    private static func keepingCodeSpansWhole(_ words: [Substring]) -> [String] {
        var result: [String] = []
        var span: [Substring] = []
        for word in words {
            let opensOrCloses = word.utf8.count { $0 == UInt8(ascii: "`") } % 2 == 1
            if span.isEmpty, !opensOrCloses {
                result.append(String(word))
                continue
            }
            span.append(word)
            if opensOrCloses, span.count > 1 {
                result.append(span.joined(separator: " "))
                span.removeAll(keepingCapacity: true)
            }
        }
        if let opening = span.first {
            // Unclosed: the opening word stands for itself, and the rest are read again.
            result.append(String(opening))
            result += keepingCodeSpansWhole(Array(span.dropFirst()))
        }
        return result
    }
}
