import Foundation

/// The output folder on disk: which generated files it holds, and the file operations that
/// `OutputStaging` changes it with. Symbolic links inside it are never followed, and no path it
/// is given may leave it.
struct OutputFolder {
    /// The folder's real path.
    let root: String
    /// How the folder is named in messages: `Generated`.
    let display: String

    /// What a run finds in the folder: paths only, so that a large folder is never held whole.
    struct Contents {
        /// The files that carry the generator's header or that its manifest lists, by relative path.
        var generated: Set<String> = []
        /// Temporary files that an interrupted run left behind.
        var temporaries: [String] = []
    }

    /// Lists the folder, reading only the first lines of each file to find the generated ones.
    /// A manifest that names a path outside the folder, or through a link, is refused with the
    /// line that names it.
    func contents() throws -> Contents {
        var contents = Contents()
        guard try FileSystem.kind(of: root, display: display) != nil else { return contents }
        try walk("", into: &contents)
        guard contents.generated.contains(GeneratedFileHeader.manifestPath) else {
            return contents
        }
        let manifest = try text(of: GeneratedFileHeader.manifestPath)
        var problems: [Diagnostic] = []
        for (line, path) in GeneratedFileHeader.paths(inManifest: manifest) {
            let location = SourceLocation(
                file: displayed(GeneratedFileHeader.manifestPath), line: line, column: 1)
            do {
                if try ownedFileExists(listed: path) {
                    contents.generated.insert(path)
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

    /// Whether a file the manifest lists is there.
    private func ownedFileExists(listed path: String) throws -> Bool {
        if let problem = OutputPath.problem(with: path) {
            throw ManifestProblem(reason: "that is not a path inside the folder: \(problem)")
        }
        for parent in OutputPath.parents(of: path) {
            switch try FileSystem.kind(of: absolute(parent), display: displayed(parent)) {
            case .directory: continue
            case nil: return false
            default: throw ManifestProblem(reason: "'\(parent)' is not a folder (a link or a file)")
            }
        }
        switch try FileSystem.kind(of: absolute(path), display: displayed(path)) {
        case .file: return true
        case nil: return false
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
                let head = try FileSystem.read(
                    absolute(path), display: displayed(path),
                    firstBytes: GeneratedFileHeader.searchedBytes)
                if GeneratedFileHeader.isGenerated(head) {
                    contents.generated.insert(path)
                }
            default:
                continue
            }
        }
    }

    /// The text of the file at `path`.
    func text(of path: String) throws(FileSystemError) -> String {
        String(decoding: try FileSystem.read(absolute(path), display: displayed(path)), as: UTF8.self)
    }

    /// The bytes of the generated file at `path`, or `nil` when `contents` has no such file.
    func generatedBytes(at path: String, in contents: Contents) throws(FileSystemError) -> [UInt8]? {
        guard contents.generated.contains(path) else { return nil }
        return try FileSystem.read(absolute(path), display: displayed(path))
    }

    /// Creates the folder itself and any missing folders above it; returns the real paths of
    /// the folders it created, outermost first.
    func makeRoot() throws(FileSystemError) -> [String] {
        var path = ""
        var created: [String] = []
        for segment in root.split(separator: "/") {
            path += "/\(segment)"
            if try FileSystem.kind(of: path, display: path) == nil {
                try FileSystem.makeDirectory(path, display: path == root ? display : path)
                created.append(path)
            }
        }
        return created
    }

    /// Removes `folders` (real paths, outermost first) from the innermost out, as far as they
    /// are empty: what `makeRoot` created, when the run that needed them failed.
    func removeEmptyFolders(_ folders: [String]) {
        for folder in folders.reversed() {
            guard (try? FileSystem.removeDirectory(folder, display: folder)) != nil else { return }
        }
    }

    /// Makes sure `folder` is a real folder inside the output folder, creating it if missing;
    /// returns whether it was created.
    func prepareFolder(_ folder: String) throws(FileSystemError) -> Bool {
        switch try FileSystem.kind(of: absolute(folder), display: displayed(folder)) {
        case .directory:
            return false
        case nil:
            try FileSystem.makeDirectory(absolute(folder), display: displayed(folder))
            return true
        default:
            throw FileSystemError(
                "write into", displayed(folder), reason: "it is not a folder (a link or a file)")
        }
    }

    /// Removes the folders above `path` that are left empty.
    func removeEmptyFolders(above path: String) throws(FileSystemError) {
        for folder in OutputPath.parents(of: path).reversed() {
            guard
                try FileSystem.contents(ofDirectory: absolute(folder), display: displayed(folder))
                    .isEmpty
            else { return }
            try FileSystem.removeDirectory(absolute(folder), display: displayed(folder))
        }
    }

    /// A new temporary's path beside `path`.
    func temporaryPath(beside path: String) -> String {
        let parents = OutputPath.parents(of: path)
        let name = String(path.split(separator: "/").last ?? "")
        let temporary = OutputPath.temporary(for: name, id: UUID().uuidString)
        return parents.last.map { "\($0)/\(temporary)" } ?? temporary
    }

    /// The real path of `path`.
    func absolute(_ path: String) -> String {
        path.isEmpty ? root : "\(root)/\(path)"
    }

    /// A path as messages show it: `Generated/docs/x.md`.
    func displayed(_ path: String) -> String {
        path.isEmpty ? display : "\(display)/\(path)"
    }
}
