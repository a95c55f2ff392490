/// The rule for paths inside the output folder: relative, `/`-separated, with no empty, `.` or
/// `..` segment and no control characters, so that a path can never name a place outside the
/// folder. (Symbolic links inside the folder are refused where files are written and removed.)
enum OutputPath {
    /// Why `path` is not a path inside the output folder, or `nil` when it is.
    static func problem(with path: String) -> String? {
        if path.isEmpty { return "it is empty" }
        if path.hasPrefix("/") { return "it is absolute" }
        if path.unicodeScalars.contains(where: {
            $0.properties.generalCategory == .control || $0 == "\\"
        }) {
            return "it contains a control character or a backslash"
        }
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "": return "it has an empty segment"
            case ".", "..": return "it has a '\(segment)' segment"
            default: continue
            }
        }
        return nil
    }

    /// The folders that lead to `path`, outermost first: `a/b/c.swift` → `a`, `a/b`.
    static func parents(of path: String) -> [String] {
        let segments = path.split(separator: "/")
        return (1..<max(segments.count, 1)).map { segments[..<$0].joined(separator: "/") }
    }

    /// Whether `name` is a temporary file of an interrupted write: `.NAME.<UUID>.tmp`.
    static func isTemporary(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard name.hasPrefix("."), parts.count >= 4, parts.last == "tmp" else { return false }
        let id = parts[parts.count - 2]
        return id.count == 36 && id.allSatisfy { $0.isHexDigit || $0 == "-" }
    }

    /// A new temporary name for a file written next to `name`.
    static func temporary(for name: String, id: String) -> String {
        ".\(name).\(id).tmp"
    }
}
