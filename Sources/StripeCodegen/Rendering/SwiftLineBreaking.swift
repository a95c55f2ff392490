/// Breaks generated statements the way swift-format does, so that the output passes
/// `swift format lint --strict` as rendered.
enum SwiftLineBreaking {
    /// A statement that ends in one call or subscript, as lines: unchanged when it fits at
    /// `indent`, otherwise broken after the first opening parenthesis or bracket with the
    /// arguments indented once more, as many to a line as fit.
    static func call(_ statement: String, indent: Int) -> [String] {
        guard indent + statement.count > DocComment.lineLength,
            let open = statement.firstIndex(where: { $0 == "(" || $0 == "[" })
        else { return [statement] }
        let head = String(statement[...open])
        let arguments = String(statement[statement.index(after: open)...])
        let argumentIndent = indent + 4
        guard argumentIndent + arguments.count > DocComment.lineLength else { return [head, "    " + arguments] }
        var lines: [String] = []
        var line = ""
        for piece in topLevelPieces(arguments) {
            if !line.isEmpty && argumentIndent + line.count + 1 + piece.count > DocComment.lineLength {
                lines.append("    " + line)
                line = piece
            } else {
                line += line.isEmpty ? piece : " " + piece
            }
        }
        return [head] + lines + ["    " + line]
    }

    /// `text` split after each comma outside brackets and string literals, each piece keeping its
    /// comma: `a: 1, b: [2, 3])` is `a: 1,` and `b: [2, 3])`.
    private static func topLevelPieces(_ text: String) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var depth = 0
        var inString = false
        var previous: Character = " "
        for character in text {
            if piece.isEmpty && character == " " { continue }
            piece.append(character)
            switch character {
            case "\"" where previous != "\\": inString.toggle()
            case "(" where !inString, "[" where !inString: depth += 1
            case ")" where !inString, "]" where !inString: depth -= 1
            case "," where !inString && depth == 0:
                pieces.append(piece)
                piece = ""
            default: break
            }
            previous = character
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }
}
