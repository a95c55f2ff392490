#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// How the output folder differs from what the spec renders to.
public struct OutputChanges: Sendable {
    /// A file written or removed, or to be.
    public struct Change: Sendable, Equatable {
        public enum Kind: Sendable {
            /// Not on disk yet.
            case create
            /// On disk with other bytes.
            case update
            /// A generated file that the spec no longer produces.
            case remove
        }

        /// Relative to the output folder.
        public var path: String
        public var kind: Kind
        /// The change as `diff -u` prints it, when a check asked for it.
        public var diff: String?
    }

    /// The changes, sorted by path.
    public var changes: [Change]
    /// Files already as they should be.
    public var unchangedCount: Int
    /// Temporary files an interrupted run left behind, to be removed.
    public var temporaries: [String]

    /// Whether the folder already matches the spec.
    public var isEmpty: Bool { changes.isEmpty && temporaries.isEmpty }

    /// Every change's unified diff, in path order.
    public var unifiedDiff: String { changes.compactMap(\.diff).joined() }

    init(changes: [Change], unchangedCount: Int, temporaries: [String]) {
        self.changes = changes.sorted { $0.path < $1.path }
        self.unchangedCount = unchangedCount
        self.temporaries = temporaries.sorted()
    }
}

extension OutputChanges.Change {
    /// How `file` changes what is on disk (`old`, `nil` when missing), or `nil` when it does not.
    /// With `diffPrefix`, the change carries its unified diff, paths under that prefix.
    init?(writing file: OutputFile, over old: [UInt8]?, diffPrefix: String?) {
        if let old, Self.hasBytes(old, file.contents) {
            return nil
        }
        path = file.path
        kind = old == nil ? .create : .update
        diff = diffPrefix.map { prefix in
            let name = "\(prefix)/\(file.path)"
            return UnifiedDiff.make(
                old: old.map { String(decoding: $0, as: UTF8.self) } ?? "", new: file.contents,
                oldName: old == nil ? "/dev/null" : name, newName: name)
        }
    }

    /// Whether `text` is exactly `bytes`, compared as memory when the string is stored as UTF-8.
    private static func hasBytes(_ bytes: [UInt8], _ text: String) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        let compared = text.utf8.withContiguousStorageIfAvailable { new in
            bytes.withUnsafeBufferPointer { old in
                new.isEmpty || memcmp(new.baseAddress!, old.baseAddress!, new.count) == 0
            }
        }
        return compared ?? text.utf8.elementsEqual(bytes)
    }

    /// The removal of the generated file at `path`, whose text is `old` when a diff is wanted.
    init(removing path: String, old: String?, diffPrefix: String?) {
        self.path = path
        kind = .remove
        if let old, let diffPrefix {
            diff = UnifiedDiff.make(old: old, new: "", oldName: "\(diffPrefix)/\(path)", newName: "/dev/null")
        } else {
            diff = nil
        }
    }
}
