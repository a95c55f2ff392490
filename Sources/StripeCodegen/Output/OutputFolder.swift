import Foundation

/// The output folder on disk: which generated files it holds, and all-or-nothing changes to it.
/// Symbolic links inside it are never followed, and no path it is given may leave it.
struct OutputFolder {
    /// The folder's real path.
    let root: String
    /// How the folder is named in messages: `Generated`.
    let display: String

    /// What a run finds in the folder.
    struct Contents {
        /// The files that carry the generator's header or that its manifest lists, by relative path.
        var generated: [String: String] = [:]
        /// Temporary files that an interrupted run left behind.
        var temporaries: [String] = []
    }

    /// Reads the folder. A manifest that names a path outside the folder, or through a link, is
    /// refused with the line that names it.
    func contents() throws -> Contents {
        var contents = Contents()
        guard try FileSystem.kind(of: root, display: display) != nil else { return contents }
        try walk("", into: &contents)
        guard let manifest = contents.generated[GeneratedFileHeader.manifestPath] else {
            return contents
        }
        var problems: [Diagnostic] = []
        for (line, path) in GeneratedFileHeader.paths(inManifest: manifest) {
            let location = SourceLocation(
                file: displayed(GeneratedFileHeader.manifestPath), line: line, column: 1)
            do {
                if let text = try ownedFile(listed: path) {
                    contents.generated[path] = text
                }
            } catch let problem as ManifestProblem {
                problems.append(
                    Diagnostic(
                        "the manifest lists '\(path)', but \(problem.reason); gen only touches files inside \(display)/",
                        at: location))
            }
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return contents
    }

    private struct ManifestProblem: Error {
        var reason: String
    }

    /// The text of a file the manifest lists, or `nil` if it is gone.
    private func ownedFile(listed path: String) throws -> String? {
        if let problem = OutputPath.problem(with: path) {
            throw ManifestProblem(reason: "that is not a path inside the folder: \(problem)")
        }
        for parent in OutputPath.parents(of: path) {
            switch try FileSystem.kind(of: absolute(parent), display: displayed(parent)) {
            case .directory: continue
            case nil: return nil
            default: throw ManifestProblem(reason: "'\(parent)' is not a folder (a link or a file)")
            }
        }
        switch try FileSystem.kind(of: absolute(path), display: displayed(path)) {
        case .file:
            return String(
                decoding: try FileSystem.read(absolute(path), display: displayed(path)),
                as: UTF8.self)
        case nil: return nil
        default: throw ManifestProblem(reason: "it is not a regular file (a link or a folder)")
        }
    }

    private func walk(_ folder: String, into contents: inout Contents) throws(FileSystemError) {
        for name in try FileSystem.contents(
            ofDirectory: absolute(folder), display: displayed(folder))
        {
            let path = folder.isEmpty ? name : "\(folder)/\(name)"
            switch try FileSystem.kind(of: absolute(path), display: displayed(path)) {
            case .directory:
                try walk(path, into: &contents)
            case .file where OutputPath.isTemporary(name):
                contents.temporaries.append(path)
            case .file:
                let text = String(
                    decoding: try FileSystem.read(absolute(path), display: displayed(path)),
                    as: UTF8.self)
                if GeneratedFileHeader.isGenerated(text) {
                    contents.generated[path] = text
                }
            default:
                continue
            }
        }
    }

    /// Makes the folder match the plan `changes` came from, all or nothing: every file is first
    /// written to a temporary beside its destination (which proves the folder writable), every
    /// removal's folder is proved writable the same way, and only then are the temporaries
    /// renamed into place and the old files removed. A failure before that leaves the folder
    /// as it was. Temporaries of interrupted runs are removed too.
    func apply(_ changes: OutputChanges) throws(FileSystemError) {
        var staged: [(temporary: String, destination: String?)] = []
        var createdFolders: [String] = []
        do throws(FileSystemError) {
            for change in changes.changes {
                let path = change.path
                if let problem = OutputPath.problem(with: path) {
                    throw FileSystemError(
                        "write", displayed(path),
                        reason: "it is not a path inside the folder: \(problem)")
                }
                for parent in OutputPath.parents(of: path) {
                    try prepareFolder(parent, created: &createdFolders)
                }
                switch try FileSystem.kind(of: absolute(path), display: displayed(path)) {
                case nil, .file: break
                default:
                    throw FileSystemError(
                        "write", displayed(path), reason: "a folder or a link is in the way")
                }
                let temporary = temporaryPath(beside: path)
                switch change {
                case .create(let file), .update(let file, _):
                    try FileSystem.create(
                        absolute(temporary), display: displayed(path), bytes: file.contents.utf8)
                    staged.append((temporary, path))
                case .remove:
                    try FileSystem.create(absolute(temporary), display: displayed(path), bytes: [])
                    staged.append((temporary, nil))
                }
            }
        } catch {
            for entry in staged {
                try? FileSystem.removeFile(
                    absolute(entry.temporary), display: displayed(entry.temporary))
            }
            for folder in createdFolders.reversed() {
                try? FileSystem.removeDirectory(absolute(folder), display: displayed(folder))
            }
            throw error
        }
        for entry in staged {
            if let destination = entry.destination {
                try FileSystem.rename(
                    absolute(entry.temporary), to: absolute(destination),
                    display: displayed(destination))
            } else {
                try FileSystem.removeFile(
                    absolute(entry.temporary), display: displayed(entry.temporary))
            }
        }
        for case .remove(let path, _) in changes.changes {
            try FileSystem.removeFile(absolute(path), display: displayed(path))
            try removeEmptyFolders(above: path)
        }
        for path in changes.temporaries {
            try FileSystem.removeFile(absolute(path), display: displayed(path))
            try removeEmptyFolders(above: path)
        }
    }

    /// Creates the folder itself and any missing folders above it.
    func makeRoot() throws(FileSystemError) {
        var path = ""
        for segment in root.split(separator: "/") {
            path += "/\(segment)"
            if try FileSystem.kind(of: path, display: path) == nil {
                try FileSystem.makeDirectory(path, display: path == root ? display : path)
            }
        }
    }

    /// Makes sure `folder` is a real folder inside the output folder, creating it if missing.
    private func prepareFolder(_ folder: String, created: inout [String]) throws(FileSystemError) {
        switch try FileSystem.kind(of: absolute(folder), display: displayed(folder)) {
        case .directory:
            return
        case nil:
            try FileSystem.makeDirectory(absolute(folder), display: displayed(folder))
            created.append(folder)
        default:
            throw FileSystemError(
                "write into", displayed(folder), reason: "it is not a folder (a link or a file)")
        }
    }

    private func removeEmptyFolders(above path: String) throws(FileSystemError) {
        for folder in OutputPath.parents(of: path).reversed() {
            guard
                try FileSystem.contents(ofDirectory: absolute(folder), display: displayed(folder))
                    .isEmpty
            else { return }
            try FileSystem.removeDirectory(absolute(folder), display: displayed(folder))
        }
    }

    private func temporaryPath(beside path: String) -> String {
        let parents = OutputPath.parents(of: path)
        let name = String(path.split(separator: "/").last ?? "")
        let temporary = OutputPath.temporary(for: name, id: UUID().uuidString)
        return parents.last.map { "\($0)/\(temporary)" } ?? temporary
    }

    private func absolute(_ path: String) -> String {
        path.isEmpty ? root : "\(root)/\(path)"
    }

    /// A path as messages show it: `Generated/docs/x.md`.
    func displayed(_ path: String) -> String {
        path.isEmpty ? display : "\(display)/\(path)"
    }
}
