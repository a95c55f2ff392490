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

    /// How many differing lines Myers' search explores before the changed middle is shown as
    /// removed and added whole: keeps time and memory bounded for files that share little.
    static let maxSearchedEdits = 2_000

    /// The shortest edit script (Myers' algorithm) between the lines that differ after the common
    /// first and last lines, which stay as context.
    private static func edits(from old: [String], to new: [String]) -> [Edit] {
        var prefix = 0
        while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }
        let removed = Array(old[prefix..<(old.count - suffix)])
        let added = Array(new[prefix..<(new.count - suffix)])
        let middle =
            shortestEdits(from: removed, to: added)
            ?? removed.map(Edit.removed) + added.map(Edit.added)
        return old[..<prefix].map(Edit.same) + middle + old[(old.count - suffix)...].map(Edit.same)
    }

    /// Myers' O(ND) search, keeping for each number of edits `d` the furthest points it reached
    /// (2d + 1 of them) to walk back from the end; `nil` past `maxSearchedEdits`.
    private static func shortestEdits(from old: [String], to new: [String]) -> [Edit]? {
        let (n, m) = (old.count, new.count)
        let limit = min(n + m, maxSearchedEdits)
        let offset = limit + 1
        var furthest = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        for d in 0...limit {
            trace.append(Array(furthest[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                let down = k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1])
                var x = down ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, old[x] == new[y] { (x, y) = (x + 1, y + 1) }
                furthest[offset + k] = x
                if x >= n, y >= m { return walkBack(trace, old: old, new: new) }
            }
        }
        return nil
    }

    private static func walkBack(_ trace: [[Int]], old: [String], new: [String]) -> [Edit] {
        var (x, y) = (old.count, new.count)
        var reversed: [Edit] = []
        for d in stride(from: trace.count - 1, through: 1, by: -1) {
            let reached = trace[d]
            let k = x - y
            let down = k == -d || (k != d && reached[k - 1 + d] < reached[k + 1 + d])
            let previousK = down ? k + 1 : k - 1
            let previousX = reached[previousK + d]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                reversed.append(.same(old[x - 1]))
                (x, y) = (x - 1, y - 1)
            }
            if down {
                reversed.append(.added(new[y - 1]))
                y -= 1
            } else {
                reversed.append(.removed(old[x - 1]))
                x -= 1
            }
        }
        while x > 0, y > 0 {
            reversed.append(.same(old[x - 1]))
            (x, y) = (x - 1, y - 1)
        }
        return reversed.reversed()
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
        // The old and new line numbers at each edit, counted in one pass.
        var starts: [(old: Int, new: Int)] = []
        starts.reserveCapacity(edits.count)
        var (oldLine, newLine) = (1, 1)
        for edit in edits {
            starts.append((oldLine, newLine))
            if case .added = edit {} else { oldLine += 1 }
            if case .removed = edit {} else { newLine += 1 }
        }
        return ranges.map { range in
            let (oldStart, newStart) = starts[range.lowerBound]
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
