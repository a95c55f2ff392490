import ArgumentParser
import Foundation
import GenDiff
import StripeCodegen

/// `gen diff --against REF`: what regenerating from `spec/` instead of the spec of a git revision
/// (or a folder) changes for the people who use the output, as Markdown for a changelog.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract:
            "Says what regenerating changes for users since a git revision or a folder, with a version to release.",
        discussion: """
            Compares the public API of the Swift library and the Terraform resources generated from \
            spec/ with those generated from the spec of REF, and sorts each change into breaking, \
            additive and other.

            Exit status: 0 when both specs can be read, whatever changed; 2 when one cannot; 64 when \
            the command line cannot be read.
            """)

    enum Format: String, ExpressibleByArgument {
        case markdown, json
    }

    @Option(
        help: """
            A git revision of the project's repository (HEAD~1, v1.2.0, main), or a folder: a project \
            folder that holds spec/, or a spec folder.
            """)
    var against: String

    @Option(help: "The project folder that holds spec/.")
    var root: String = "."

    @Option(help: "markdown (for a changelog) or json.")
    var format: Format = .markdown

    func run() throws {
        let project = URL(fileURLWithPath: root, isDirectory: true)
        // Both specs are read before any problem is reported, so that one run reports them all.
        var problems: [Diagnostic] = []
        let old = try Self.reading(into: &problems) {
            try SpecSnapshot(against: against, project: project)
        }
        let new = try Self.reading(into: &problems) {
            try SpecSnapshot(paths: GeneratorPaths(root: project))
        }
        guard let old, let new else {
            for problem in problems {
                FileHandle.standardError.write(Data((problem.description + "\n").utf8))
            }
            throw ExitCode(2)
        }
        let diff = SpecDiff(from: old, to: new)
        switch format {
        case .markdown: print(DiffMarkdownReport(diff).text, terminator: "")
        case .json: print(try DiffJSONReport(diff).encoded())
        }
    }

    /// The spec `read` reads, or `nil` with its problems added to `problems` (those already
    /// there, when both name the same folder, once).
    private static func reading(
        into problems: inout [Diagnostic], _ read: () throws -> SpecSnapshot
    ) rethrows -> SpecSnapshot? {
        do {
            return try read()
        } catch let error as DiagnosticsError {
            problems += error.diagnostics.filter { !problems.contains($0) }
            return nil
        }
    }
}
