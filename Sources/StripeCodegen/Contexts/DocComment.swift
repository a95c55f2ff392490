/// Formats spec text as `///` doc comment lines that fit the line length.
enum DocComment {
    /// The lines of swift-format's default limit that generated code keeps to.
    static let lineLength = 100

    /// `text` as `///` lines for a declaration indented by `indent` spaces. Paragraphs (split
    /// by blank lines) are kept, with an empty `///` line between them.
    static func lines(_ text: String, indent: Int) -> [String] {
        var lines: [String] = []
        for paragraph in paragraphs(text) {
            let wrapped = wrap(paragraph, width: lineLength - indent - 4)
            guard !wrapped.isEmpty else { continue }
            if !lines.isEmpty { lines.append("///") }
            lines += wrapped.map { "/// " + $0 }
        }
        return lines
    }

    /// `text` split at each `\n\n`, from the left.
    private static func paragraphs(_ text: String) -> [Substring] {
        var paragraphs: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        var afterNewline = false
        while index != bytes.endIndex {
            let isNewline = bytes[index] == UInt8(ascii: "\n")
            let next = bytes.index(after: index)
            if isNewline, afterNewline {
                paragraphs.append(text[start..<bytes.index(before: index)])
                start = next
                afterNewline = false
            } else {
                afterNewline = isNewline
            }
            index = next
        }
        paragraphs.append(text[start...])
        return paragraphs
    }

    /// One paragraph's words as lines of at most `width` characters (longer words stand alone),
    /// never breaking inside a code span. Linear in the paragraph's length.
    static func wrap(_ paragraph: String, width: Int) -> [String] {
        wrap(paragraph[...], width: width)
    }

    private static func wrap(_ paragraph: Substring, width: Int) -> [String] {
        // ASCII text, the common case, is split and measured by its bytes, which is much faster
        // than by characters and gives the same words.
        let isASCII = paragraph.utf8.allSatisfy { $0 < 0x80 }
        let words =
            isASCII
            ? paragraph.utf8.split(whereSeparator: isASCIIWhitespace).map { Substring($0) }
            : paragraph.split(whereSeparator: \.isWhitespace)
        var lines: [String] = []
        var line = ""
        var lineLength = 0
        for token in tokens(words) {
            let length = words[token].reduce(token.count - 1) { $0 + (isASCII ? $1.utf8.count : $1.count) }
            if lineLength > 0, lineLength + 1 + length > width {
                lines.append(line)
                (line, lineLength) = ("", 0)
            }
            if lineLength > 0 {
                line += " "
                lineLength += 1
            }
            for (offset, word) in words[token].enumerated() {
                if offset > 0 { line += " " }
                line += word
            }
            lineLength += length
        }
        if lineLength > 0 { lines.append(line) }
        return lines
    }

    /// Whether `byte` is an ASCII character that `Character.isWhitespace` holds for.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The words' index ranges that stay on one line: a word, or all the words of a code span
    /// (`` `POST /v1/x` ``), so that no line break falls inside it. A backtick that no later
    /// word closes opens no span.
    private static func tokens(_ words: [Substring]) -> [Range<Int>] {
        func togglesSpan(_ word: Substring) -> Bool {
            word.utf8.count { $0 == UInt8(ascii: "`") } % 2 == 1
        }
        var tokens: [Range<Int>] = []
        var index = 0
        while index < words.count {
            var end = index + 1
            if togglesSpan(words[index]), let closing = words[end...].firstIndex(where: togglesSpan) {
                end = closing + 1
            }
            tokens.append(index..<end)
            index = end
        }
        return tokens
    }
}
