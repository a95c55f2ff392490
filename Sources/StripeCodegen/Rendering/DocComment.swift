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

    /// `wrap(_:width:)`, with `prefix` in front of each line (not counted in `width`). ASCII text,
    /// the common case, is split and measured by its bytes, which is much faster than by
    /// characters and gives the same lines.
    private static func wrap(_ paragraph: Substring, width: Int, prefix: String) -> [String] {
        let asASCII = paragraph.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return wrap(
                bytes, width: width, prefix: Array(prefix.utf8), space: UInt8(ascii: " "),
                isWhitespace: isASCIIWhitespace, isBacktick: { $0 == UInt8(ascii: "`") },
                text: { String(decoding: $0, as: UTF8.self) })
        }
        if let asASCII, let asASCII { return asASCII }
        return wrap(
            Array(paragraph), width: width, prefix: Array(prefix), space: " ", isWhitespace: \.isWhitespace,
            isBacktick: { $0 == "`" }, text: { String($0) })
    }

    /// Wraps `units`, bytes of ASCII text or characters, each one column wide.
    private static func wrap<Units: RandomAccessCollection>(
        _ units: Units, width: Int, prefix: [Units.Element], space: Units.Element,
        isWhitespace: (Units.Element) -> Bool, isBacktick: (Units.Element) -> Bool,
        text: ([Units.Element]) -> String
    ) -> [String] where Units.Index == Int {
        let words = words(of: units, isWhitespace: isWhitespace, isBacktick: isBacktick)
        var lines: [String] = []
        var line = prefix
        line.reserveCapacity(prefix.count + width)
        var index = 0
        while index < words.count {
            let token = token(startingAt: index, in: words)
            let length = words[token].reduce(token.count - 1) { $0 + $1.range.count }
            if line.count > prefix.count, line.count - prefix.count + 1 + length > width {
                lines.append(text(line))
                line.removeSubrange(prefix.count...)
            }
            for word in token {
                if line.count > prefix.count { line.append(space) }
                line += units[words[word].range]
            }
            index = token.upperBound
        }
        if line.count > prefix.count { lines.append(text(line)) }
        return lines
    }

    /// A run of non-space units.
    private struct Word {
        var range: Range<Int>
        /// Whether it has an odd number of backticks, so that it opens or closes a code span.
        var togglesSpan: Bool
    }

    private static func words<Units: RandomAccessCollection>(
        of units: Units, isWhitespace: (Units.Element) -> Bool, isBacktick: (Units.Element) -> Bool
    ) -> [Word] where Units.Index == Int {
        var words: [Word] = []
        var start: Int?
        var backticks = 0
        for index in units.indices {
            let unit = units[index]
            if isWhitespace(unit) {
                if let wordStart = start {
                    words.append(Word(range: wordStart..<index, togglesSpan: backticks % 2 == 1))
                    start = nil
                }
            } else {
                if start == nil { (start, backticks) = (index, 0) }
                if isBacktick(unit) { backticks += 1 }
            }
        }
        if let wordStart = start {
            words.append(Word(range: wordStart..<units.endIndex, togglesSpan: backticks % 2 == 1))
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
