import ArgumentParser
import Foundation
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
            additive and other. Exits 0 when both specs can be read, whatever changed.
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
        do {
            let old = try SpecSnapshot(against: against, project: project)
            let new = try SpecSnapshot(paths: GeneratorPaths(root: project))
            let diff = SpecDiff(from: old, to: new)
            print(
                format == .json
                    ? try DiffJSONReport(diff).encoded() : DiffMarkdownReport(diff).text,
                terminator: format == .json ? "\n" : "")
        } catch let error as DiagnosticsError {
            for diagnostic in error.diagnostics {
                FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
            }
            throw ExitCode(2)
        }
    }
}
