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
    /// never breaking inside a code span.
    static func wrap(_ paragraph: String, width: Int) -> [String] {
        var result: [String] = []
        var line = ""
        for word in keepingCodeSpansWhole(paragraph.split(whereSeparator: \.isWhitespace).map(String.init)) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                result.append(line)
                line = word
            } else {
                line = line.isEmpty ? word : line + " " + word
            }
        }
        if !line.isEmpty { result.append(line) }
        return result
    }

    /// The words, with those of a code span (`` `POST /v1/x` ``) joined into one, so that no
    /// line break falls inside it.
    private static func keepingCodeSpansWhole(_ words: [String]) -> [String] {
        var result: [String] = []
        var isInsideSpan = false
        for word in words {
            if isInsideSpan, let last = result.popLast() {
                result.append(last + " " + word)
            } else {
                result.append(word)
            }
            if word.filter({ $0 == "`" }).count % 2 == 1 { isInsideSpan.toggle() }
        }
        return result
    }
}
