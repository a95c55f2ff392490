import Synchronization

/// One write to the output folder, all or nothing. Files are written, as they are rendered and
/// from any thread, to temporaries beside their destinations (which proves each folder
/// writable); each removal's folder is proved writable the same way. Only `commit` renames the
/// temporaries into place and removes the old files; `discard` takes everything back, leaving
/// the folder as it was.
final class OutputStaging: Sendable {
    let folder: OutputFolder
    private let state = Mutex(State())

    private struct State {
        /// Folders known to be real folders, or created by this write.
        var preparedFolders: Set<String> = []
        /// Folders this write created, outermost first.
        var createdFolders: [String] = []
        /// Temporaries written so far, and where each goes (`nil` for a removal's proof).
        var staged: [(temporary: String, destination: String?)] = []
    }

    init(folder: OutputFolder) {
        self.folder = folder
    }

    /// Writes `file` to a new temporary beside its destination.
    func stage(_ file: OutputFile) throws(FileSystemError) {
        try stage(path: file.path, bytes: file.contents.utf8, destination: file.path)
    }

    /// Proves that the generated file at `path` can be removed, by writing an empty temporary
    /// beside it.
    func stageRemoval(of path: String) throws(FileSystemError) {
        try stage(path: path, bytes: EmptyCollection(), destination: nil)
    }

    private func stage(path: String, bytes: some Collection<UInt8>, destination: String?)
        throws(FileSystemError)
    {
        if let problem = OutputPath.problem(with: path) {
            throw FileSystemError(
                "write", folder.displayed(path),
                reason: "it is not a path inside the folder: \(problem)")
        }
        for parent in OutputPath.parents(of: path) {
            try prepare(parent)
        }
        switch try FileSystem.kind(of: folder.absolute(path), display: folder.displayed(path)) {
        case nil, .file: break
        default:
            throw FileSystemError(
                "write", folder.displayed(path), reason: "a folder or a link is in the way")
        }
        let temporary = folder.temporaryPath(beside: path)
        try FileSystem.create(
            folder.absolute(temporary), display: folder.displayed(path), bytes: bytes)
        state.withLock { $0.staged.append((temporary, destination)) }
    }

    /// Makes sure `parent` is a real folder, creating it if missing, once per write.
    private func prepare(_ parent: String) throws(FileSystemError) {
        try state.withLock { state throws(FileSystemError) in
            guard !state.preparedFolders.contains(parent) else { return }
            if try folder.prepareFolder(parent) {
                state.createdFolders.append(parent)
            }
            state.preparedFolders.insert(parent)
        }
    }

    /// Removes every temporary and every folder this write created.
    func discard() {
        let state = state.withLock { $0 }
        for entry in state.staged {
            try? FileSystem.removeFile(
                folder.absolute(entry.temporary), display: folder.displayed(entry.temporary))
        }
        for created in state.createdFolders.reversed() {
            try? FileSystem.removeDirectory(folder.absolute(created), display: folder.displayed(created))
        }
    }

    /// Renames the temporaries into place, then removes the files in `removals` and the
    /// temporaries of interrupted runs, with the folders they leave empty.
    func commit(removing removals: [String], temporaries: [String]) throws(FileSystemError) {
        let staged = state.withLock { $0.staged }
        for entry in staged {
            if let destination = entry.destination {
                try FileSystem.rename(
                    folder.absolute(entry.temporary), to: folder.absolute(destination),
                    display: folder.displayed(destination))
            } else {
                try FileSystem.removeFile(
                    folder.absolute(entry.temporary), display: folder.displayed(entry.temporary))
            }
        }
        for path in removals + temporaries {
            try FileSystem.removeFile(folder.absolute(path), display: folder.displayed(path))
            try folder.removeEmptyFolders(above: path)
        }
    }
}
