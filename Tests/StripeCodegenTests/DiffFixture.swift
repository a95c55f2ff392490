import Foundation
import Testing

@testable import GenDiff
@testable import StripeCodegen

/// One replacement in the text of a spec file, which must find the text it replaces.
struct SpecTextChange: Sendable {
    var file = "spec/billing_meter.yaml"
    var text: String
    var replacement: String

    init(in file: String = "spec/billing_meter.yaml", _ text: String, _ replacement: String) {
        self.file = file
        self.text = text
        self.replacement = replacement
    }

    struct TextNotFound: Error, CustomStringConvertible {
        var text: String
        var file: String
        var description: String { "'\(text)' is not in \(file)" }
    }

    /// Makes the change in `project`, everywhere the text occurs.
    func apply(to project: TestProject) throws {
        let contents = try project.read(file)
        guard contents.contains(text) else { throw TextNotFound(text: text, file: file) }
        try project.write(contents.replacingOccurrences(of: text, with: replacement), to: file)
    }
}

/// `gen diff` of an edited copy of the repository's spec against the spec as it is (a folder
/// given as `--against`).
enum DiffFixture {
    /// The diff from the repository's spec to the spec with `changes` made.
    static func diff(_ changes: [SpecTextChange]) throws -> SpecDiff {
        let old = try TestProject()
        let new = try TestProject()
        defer {
            old.remove()
            new.remove()
        }
        for change in changes {
            try change.apply(to: new)
        }
        return SpecDiff(
            from: try SpecSnapshot(against: old.root.path, project: new.root),
            to: try SpecSnapshot(paths: GeneratorPaths(root: new.root)))
    }

    /// Each change as `<kind> <subject>`, in the report's order.
    static func summary(_ diff: SpecDiff) -> [String] {
        diff.changes.map { "\($0.kind.rawValue) \($0.subject)" }
    }

    /// The messages of a run that must fail, with the temporary folders' paths left out.
    static func errors(_ body: () throws -> Void, removing prefixes: [URL]) -> [String] {
        do {
            try body()
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map { diagnostic in
                prefixes.reduce(diagnostic.description) {
                    $0.replacingOccurrences(of: $1.standardizedFileURL.path + "/", with: "")
                        .replacingOccurrences(of: $1.standardizedFileURL.path, with: ".")
                }
            }
        } catch {
            return ["unexpected error: \(error)"]
        }
    }
}

/// `git` in a test's folder, which must succeed.
enum TestGit {
    static func run(
        _ arguments: [String], in folder: URL,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    )
        throws
    {
        let (status, text) = try ChildProcess.run(
            ["git", "-C", folder.path, "-c", "user.name=Test", "-c", "user.email=test@example.com"]
                + arguments)
        #expect(
            status == 0, "git \(arguments.joined(separator: " ")): \(text)",
            sourceLocation: sourceLocation)
    }

    /// Commits everything in `folder`, a repository.
    static func commitAll(in folder: URL, message: String) throws {
        try run(["add", "--all"], in: folder)
        try run(["commit", "--quiet", "--allow-empty", "-m", message], in: folder)
    }
}
