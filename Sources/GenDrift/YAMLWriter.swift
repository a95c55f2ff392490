import StripeCodegen
import Yams

/// Renders new YAML in the spec files' style: block mappings indented by the file's step, plain
/// scalars where YAML reads them back unchanged, double quotes otherwise, and long prose folded
/// (`>-`) at the line width.
struct YAMLWriter {
    /// The spec files wrap at 100 columns.
    static let lineWidth = 100

    /// Spaces per nesting level, as the file being edited uses.
    let step: Int

    /// The lines of `key: value`, the key indented by `indent` spaces.
    func lines(key: String, value: YAMLBlock, indent: Int) -> [String] {
        let head = String(repeating: " ", count: indent) + Self.scalar(key) + ":"
        switch value {
        case .scalar(let text):
            return [head + " " + text]
        case .prose(let text):
            let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let single = head + " " + Self.scalar(words)
            if single.count <= Self.lineWidth || !words.contains(" ") {
                return [single]
            }
            return [head + " >-"] + wrap(words, indent: indent + step)
        case .mapping(let entries):
            return [head]
                + entries.flatMap { lines(key: $0.key, value: $0.value, indent: indent + step) }
        }
    }

    /// Words filled into lines of at most `lineWidth` columns.
    private func wrap(_ text: String, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, pad.count + current.count + 1 + word.count > Self.lineWidth {
                lines.append(pad + current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(pad + current) }
        return lines
    }

    /// `text` as a YAML scalar that reads back as the same string: plain when that is safe,
    /// else double-quoted.
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Words YAML reads as something other than a string (booleans, null) in either YAML 1.1 or 1.2.
    private static let reservedWords: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    ]

    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, !first.isWhitespace, !last.isWhitespace
        else {
            return false
        }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return false
        }
        if reservedWords.contains(text.lowercased()) { return false }
        // Numbers, dates and the like: whatever YAML does not read back as this very string.
        let loaded = try? Yams.load(yaml: "key: " + text) as? [String: Any]
        return loaded?["key"] as? String == text
    }
}
