/// A line diff in the unified format, with three lines of context.
enum UnifiedDiff {
    static let context = 3

    private enum Edit {
        case same(String), removed(String), added(String)
    }

    static func make(old: String, new: String, oldName: String, newName: String) -> String {
        let edits = self.edits(from: lines(old), to: lines(new))
        var output = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks(edits) {
            output += hunk
        }
        return output
    }

    private static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    /// The shortest edit script, from the longest common subsequence of the lines.
    private static func edits(from old: [String], to new: [String]) -> [Edit] {
        let (n, m) = (old.count, new.count)
        var lcs = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var (i, j) = (0, 0)
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                edits.append(.same(old[i]))
                (i, j) = (i + 1, j + 1)
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                // Removals first, as diff -u prints them.
                edits.append(.removed(old[i]))
                i += 1
            } else {
                edits.append(.added(new[j]))
                j += 1
            }
        }
        return edits
    }

    /// Groups edits into hunks: changed lines with up to three lines of context around them.
    private static func hunks(_ edits: [Edit]) -> [String] {
        let changed = edits.indices.filter { index in
            if case .same = edits[index] { return false }
            return true
        }
        guard !changed.isEmpty else { return [] }
        var ranges: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(edits.count - 1, index + context)
            if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...range.upperBound
            } else {
                ranges.append(range)
            }
        }
        return ranges.map { range in
            var oldStart = 1
            var newStart = 1
            for edit in edits[..<range.lowerBound] {
                if case .added = edit {} else { oldStart += 1 }
                if case .removed = edit {} else { newStart += 1 }
            }
            var body = ""
            var (oldCount, newCount) = (0, 0)
            for edit in edits[range] {
                switch edit {
                case .same(let text): body += " \(text)\n"; oldCount += 1; newCount += 1
                case .removed(let text): body += "-\(text)\n"; oldCount += 1
                case .added(let text): body += "+\(text)\n"; newCount += 1
                }
            }
            // diff -u names the line before an empty range.
            let oldHeader = oldCount == 0 ? "\(oldStart - 1),0" : "\(oldStart),\(oldCount)"
            let newHeader = newCount == 0 ? "\(newStart - 1),0" : "\(newStart),\(newCount)"
            return "@@ -\(oldHeader) +\(newHeader) @@\n" + body
        }
    }
}
