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
        var result: [String] = []
        var line = ""
        var lineLength = 0
        // ASCII text, the common case, is split and measured by its bytes, which is much faster
        // than by characters and gives the same words.
        let isASCII = paragraph.utf8.allSatisfy { $0 < 0x80 }
        let words =
            isASCII
            ? paragraph.utf8.split(whereSeparator: isASCIIWhitespace).map { Substring($0) }
            : paragraph.split(whereSeparator: \.isWhitespace)
        for word in keepingCodeSpansWhole(words) {
            let length = isASCII ? word.utf8.count : word.count
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

    /// Whether `byte` is an ASCII character that `Character.isWhitespace` holds for.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
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
