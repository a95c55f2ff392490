import Foundation

/// The repository's README, which tests hold to what the code does.
package enum Readme {
    package static func text() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The code of the test file at `path` between its markers `// README: <name>, from here` and
    /// `// README: <name>, to here`, dedented to the markers' indentation; `nil` without them.
    package static func snippet(_ name: String, inFile path: String) throws -> String? {
        let source = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        guard let start = source.range(of: "// README: \(name), from here\n"),
            let end = source.range(of: "// README: \(name), to here", range: start.upperBound..<source.endIndex)
        else { return nil }
        let indent = source[..<start.lowerBound].reversed().prefix { $0 == " " }.count
        let lines = source[start.upperBound..<end.lowerBound].split(separator: "\n").dropLast()
        return lines.map { $0.dropFirst(indent) }.joined(separator: "\n")
    }

    /// Whether the README shows `preface`, then the snippet `name` of the test file at `path`,
    /// then the end of its code block.
    package static func shows(_ name: String, inFile path: String, after preface: String) throws -> Bool {
        guard let snippet = try snippet(name, inFile: path) else { return false }
        return try text().contains(preface + snippet + "\n```")
    }
}
