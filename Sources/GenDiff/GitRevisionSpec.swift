import StripeCodegen
import Foundation

/// The spec files of a git revision: `spec/*.yaml` of the project folder as that revision has
/// them, read with `git ls-tree` and `git cat-file` (no checkout), and parsed as `gen` parses
/// the files of `spec/`. Diagnostics name them `<revision>:spec/<name>`.
struct GitRevisionSpec {
    /// The project folder, in a git repository.
    let project: URL
    /// How messages name the project folder.
    let projectDisplay: String
    let revision: String

    /// The raw files of the revision's `spec/`; problems with their text go to `log`. Throws
    /// when the revision cannot be read at all.
    func load(log: DiagnosticLog) throws(DiagnosticsError) -> SpecLoader.Result<RawSpecFile> {
        let git = GitCommand(folder: project)
        let commit = try resolve(git)
        let listing = try git.run(["ls-tree", "-z", "-l", "\(commit):./spec"])
        guard listing.status == 0 else {
            throw Self.error("revision '\(revision)' has no spec/ folder in '\(projectDisplay)'")
        }
        let entries = String(decoding: listing.output, as: UTF8.self).split(separator: "\0")
            .compactMap(Entry.init)
            .filter { $0.name.hasSuffix(".yaml") }
        if entries.isEmpty {
            log.error("the spec folder '\(revision):spec' has no .yaml files", at: nil)
        }
        let limits = YAMLLimits.standard
        var files: [RawSpecFile] = []
        for entry in entries {
            let path = "\(revision):spec/\(entry.name)"
            let start = SourceLocation(file: path, line: 1, column: 1)
            guard entry.isFile else {
                log.error("cannot read '\(path)': it is not a regular file", at: start)
                continue
            }
            guard entry.size <= limits.maxFileBytes else {
                log.error(
                    "cannot read '\(path)': it has \(entry.size) bytes, more than the \(limits.maxFileBytes) allowed",
                    at: start)
                continue
            }
            let blob = try git.run(["cat-file", "blob", entry.object])
            guard blob.status == 0 else { throw Self.error("cannot read '\(path)' from git") }
            if let file = SpecLoader.parse(
                Array(blob.output), path: path, fileName: entry.name, limits: limits, log: log)
            {
                files.append(file)
            }
        }
        return SpecLoader.Result(files: files, isComplete: files.count == entries.count)
    }

    /// The commit the revision names, or an error that says whether the folder is in a git
    /// repository at all.
    private func resolve(_ git: GitCommand) throws(DiagnosticsError) -> String {
        let resolved = try git.run([
            "rev-parse", "--verify", "--quiet", "--end-of-options", "\(revision)^{commit}",
        ])
        if resolved.status == 0 {
            return String(decoding: resolved.output, as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
        }
        guard try git.run(["rev-parse", "--git-dir"]).status == 0 else {
            throw Self.error(
                "--against '\(revision)' names no folder, and '\(projectDisplay)' is not in a git repository to read a revision from"
            )
        }
        throw Self.error(
            "--against '\(revision)' names no folder and no revision of the git repository at '\(projectDisplay)'"
        )
    }

    private static func error(_ message: String) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(message, at: nil)])
    }

    /// One line of `git ls-tree -z -l`: `<mode> <type> <object> <size>\t<name>`.
    private struct Entry {
        var isFile: Bool
        var object: String
        var size: Int
        var name: String

        init?(_ line: Substring) {
            guard let tab = line.firstIndex(of: "\t") else { return nil }
            let fields = line[..<tab].split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 4 else { return nil }
            isFile = fields[1] == "blob" && ["100644", "100755"].contains(fields[0])
            object = String(fields[2])
            size = Int(fields[3]) ?? 0
            name = String(line[line.index(after: tab)...])
        }
    }
}
