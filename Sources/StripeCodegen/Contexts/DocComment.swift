/// Formats spec text as `///` doc comment lines that fit the line length.
enum DocComment {
    /// The lines of swift-format's default limit that generated code keeps to.
    static let lineLength = 100

    /// `text` as `///` lines for a declaration indented by `indent` spaces. Paragraphs (split
    /// by blank lines) are kept, with an empty `///` line between them.
    static func lines(_ text: String, indent: Int) -> [String] {
        var lines: [String] = []
        for paragraph in paragraphs(text) {
            let wrapped = wrap(paragraph, width: lineLength - indent - 4, prefix: "/// ")
            guard !wrapped.isEmpty else { continue }
            if !lines.isEmpty { lines.append("///") }
            lines += wrapped
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
        wrap(paragraph[...], width: width, prefix: "")
    }

    /// `wrap(_:width:)`, with `prefix` in front of each line (not counted in `width`).
    private static func wrap(_ paragraph: Substring, width: Int, prefix: String) -> [String] {
        let words = words(of: paragraph)
        var lines: [String] = []
        var line = prefix
        var lineLength = 0
        line.reserveCapacity(prefix.utf8.count + width)
        var index = 0
        while index < words.count {
            let token = token(startingAt: index, in: words)
            let length = words[token].reduce(token.count - 1) { $0 + $1.length }
            if lineLength > 0, lineLength + 1 + length > width {
                lines.append(line)
                line = prefix
                line.reserveCapacity(prefix.utf8.count + width)
                lineLength = 0
            }
            if lineLength > 0 {
                line += " "
                lineLength += 1
            }
            for word in token {
                if word > token.lowerBound { line += " " }
                line += paragraph[words[word].range]
            }
            lineLength += length
            index = token.upperBound
        }
        if lineLength > 0 { lines.append(line) }
        return lines
    }

    /// A run of non-space characters and its length in characters.
    private struct Word {
        var range: Range<String.Index>
        var length: Int
        /// Whether it has an odd number of backticks, so that it opens or closes a code span.
        var togglesSpan: Bool
    }

    /// The paragraph's words. ASCII text, the common case, is split and measured by its bytes,
    /// which is much faster than by characters and gives the same words.
    private static func words(of paragraph: Substring) -> [Word] {
        var words: [Word] = []
        let bytes = paragraph.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            var start: Substring.Index?
            var backticks = 0
            var index = bytes.startIndex
            while index != bytes.endIndex {
                let byte = bytes[index]
                if isASCIIWhitespace(byte) {
                    if let wordStart = start {
                        words.append(
                            Word(
                                range: wordStart..<index, length: bytes.distance(from: wordStart, to: index),
                                togglesSpan: backticks % 2 == 1))
                        start = nil
                    }
                } else {
                    if start == nil { (start, backticks) = (index, 0) }
                    if byte == UInt8(ascii: "`") { backticks += 1 }
                }
                index = bytes.index(after: index)
            }
            if let wordStart = start {
                words.append(
                    Word(
                        range: wordStart..<index, length: bytes.distance(from: wordStart, to: index),
                        togglesSpan: backticks % 2 == 1))
            }
        } else {
            for word in paragraph.split(whereSeparator: \.isWhitespace) {
                let backticks = word.utf8.count { $0 == UInt8(ascii: "`") }
                words.append(Word(range: word.startIndex..<word.endIndex, length: word.count, togglesSpan: backticks % 2 == 1))
            }
        }
        return words
    }

    /// Whether `byte` is an ASCII character that `Character.isWhitespace` holds for.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The words from `start` that stay on one line: the word, or all the words of a code span
    /// (`` `POST /v1/x` ``) it opens, so that no line break falls inside it. A backtick that no
    /// later word closes opens no span.
    private static func token(startingAt start: Int, in words: [Word]) -> Range<Int> {
        let next = start + 1
        guard words[start].togglesSpan, let closing = words[next...].firstIndex(where: \.togglesSpan) else {
            return start..<next
        }
        return start..<(closing + 1)
    }
}
