/// How the output folder differs from a plan.
public struct OutputChanges: Sendable {
    /// A file to write or remove.
    public enum Change: Sendable {
        /// Not on disk yet.
        case create(OutputFile)
        /// On disk with other bytes; `old` is what is there.
        case update(OutputFile, old: String)
        /// A generated file that the plan no longer has; `old` is what is there.
        case remove(path: String, old: String)

        public var path: String {
            switch self {
            case .create(let file), .update(let file, _): file.path
            case .remove(let path, _): path
            }
        }
    }

    /// The changes, sorted by path.
    public var changes: [Change]
    /// Files of the plan that are already as they should be.
    public var unchangedCount: Int
    /// Temporary files an interrupted run left behind, to be removed.
    public var temporaries: [String]

    /// Whether the folder already matches the plan.
    public var isEmpty: Bool { changes.isEmpty && temporaries.isEmpty }

    /// Compares `plan` with what was found in the folder.
    init(plan: OutputPlan, existing folder: OutputFolder.Contents) {
        let existing = folder.generated
        temporaries = folder.temporaries.sorted()
        var changes: [Change] = []
        var unchanged = 0
        for file in plan.files {
            switch existing[file.path] {
            case nil: changes.append(.create(file))
            case file.contents?: unchanged += 1
            case let old?: changes.append(.update(file, old: old))
            }
        }
        let planned = Set(plan.files.map(\.path))
        for (path, old) in existing where !planned.contains(path) {
            changes.append(.remove(path: path, old: old))
        }
        self.changes = changes.sorted { $0.path < $1.path }
        self.unchangedCount = unchanged
    }

    /// A unified diff of every change, as `diff -u` would print it, paths under `prefix`.
    public func unifiedDiff(prefix: String) -> String {
        changes.map { change in
            let path = "\(prefix)/\(change.path)"
            switch change {
            case .create(let file):
                return UnifiedDiff.make(old: "", new: file.contents, oldName: "/dev/null", newName: path)
            case .update(let file, let old):
                return UnifiedDiff.make(old: old, new: file.contents, oldName: path, newName: path)
            case .remove(_, let old):
                return UnifiedDiff.make(old: old, new: "", oldName: path, newName: "/dev/null")
            }
        }.joined()
    }
}
