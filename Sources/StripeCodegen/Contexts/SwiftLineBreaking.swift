/// Breaks generated statements the way swift-format does, so that the output passes
/// `swift format lint --strict` as rendered.
enum SwiftLineBreaking {
    /// A statement that ends in one call, as lines: unchanged when it fits at `indent`, otherwise
    /// broken after the call's opening parenthesis with the arguments indented once more.
    static func call(_ statement: String, indent: Int) -> [String] {
        guard indent + statement.count > DocComment.lineLength,
            let open = statement.firstIndex(of: "(")
        else { return [statement] }
        let head = statement[...open]
        let arguments = statement[statement.index(after: open)...]
        return [String(head), "    " + arguments]
    }

    /// The lines of an argument or parameter list: a comma after all but the last.
    static func commaSeparated(_ lines: [String]) -> [String] {
        lines.enumerated().map { index, line in index < lines.count - 1 ? line + "," : line }
    }
}
