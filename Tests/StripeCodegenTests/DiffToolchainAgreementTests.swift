import Foundation
import Testing

@testable import GenDiff
@testable import StripeCodegen

/// `gen diff` says a change to the spec breaks the Swift library exactly when the Swift
/// toolchain's own check, `swift package diagnose-api-breaking-changes`, does: on a package of
/// the runtime and the library generated from a one-object spec, tagged, then regenerated after
/// each edit.
@Suite(
    .enabled(
        if: APIDigester.isAvailable, "swift package diagnose-api-breaking-changes is not available")
)
struct DiffToolchainAgreementTests {
    /// An edit of the spec, and whether the toolchain finds it breaking (asserted, so that a
    /// change of the toolchain's mind shows).
    struct Edit: Sendable {
        var name: String
        var changes: [SpecTextChange]
        var breaks: Bool
    }

    static let edits: [Edit] = [
        Edit(
            name: "a removed field",
            changes: [
                SpecTextChange(
                    in: file,
                    "  nickname:\n    type: string\n    nullable: true\n    mutability: create_only\n"
                        + "    description: What people call it.\n", ""),
                SpecTextChange(in: file, "      nickname: {}\n", ""),
            ],
            breaks: true),
        Edit(
            name: "a new enum value",
            changes: [
                SpecTextChange(
                    in: file, "      large: A large widget.\n",
                    "      large: A large widget.\n      huge: A huge widget.\n")
            ],
            breaks: true),
        Edit(
            name: "a new optional field",
            changes: [
                SpecTextChange(
                    in: file, "  size:\n",
                    "  color:\n    type: string\n    nullable: true\n    mutability: read_only\n"
                        + "    description: Its color.\n  size:\n")
            ],
            breaks: true),
        Edit(
            name: "a newly required parameter",
            changes: [
                SpecTextChange(
                    in: file, "      size: {}\n", "      size:\n        required: true\n")
            ],
            breaks: true),
        Edit(
            name: "a new operation",
            changes: [
                SpecTextChange(
                    in: file, "operations:\n",
                    """
                    operations:
                      retrieve:
                        kind: retrieve
                        method: GET
                        path: /v1/widgets/{id}
                        summary: Retrieve a widget
                        description: Retrieves a widget.
                        returns: test.widget
                        params:
                          id: {}

                    """)
            ],
            breaks: false),
        Edit(
            name: "a new description",
            changes: [
                SpecTextChange(
                    in: file, "description: The widget's name.",
                    "description: What the widget is called.")
            ],
            breaks: false),
    ]

    static let file = "spec/widget.yaml"

    static let widget = """
        api_version: 2026-09-30.endive
        object: test.widget
        title: Widget
        docs_url: https://example.com/widget
        description: A widget.
        fields:
          id:
            type: string
            mutability: read_only
            max_length: 5000
            description: Unique identifier for the object.
          name:
            type: string
            required: true
            mutability: updatable
            max_length: 5000
            description: The widget's name.
          nickname:
            type: string
            nullable: true
            mutability: create_only
            description: What people call it.
          size:
            type: enum
            mutability: create_only
            description: How big it is.
            values:
              small: A small widget.
              large: A large widget.
        operations:
          create:
            kind: create
            method: POST
            path: /v1/widgets
            summary: Create a widget
            description: Creates a widget.
            returns: test.widget
            params:
              name: {}
              nickname: {}
              size: {}

        """

    @Test func genDiffAndTheToolchainAgreeOnWhatBreaks() throws {
        let project = try TestProject(specFiles: ["widget.yaml": Self.widget])
        let package = try LibraryPackage()
        defer {
            project.remove()
            package.remove()
        }
        let baseline = try SpecSnapshot(paths: GeneratorPaths(root: project.root))
        try package.write(project.generator().plan())
        try package.tag("baseline")
        for edit in Self.edits {
            let edited = try TestProject(specFiles: ["widget.yaml": Self.widget])
            defer { edited.remove() }
            for change in edit.changes {
                try change.apply(to: edited)
            }
            let diff = SpecDiff(
                from: baseline, to: try SpecSnapshot(paths: GeneratorPaths(root: edited.root)))
            let genDiffBreaks = diff.changes.contains {
                $0.surface == .swift && $0.impact == .breaking
            }
            try package.write(edited.generator().plan())
            let verdict = try package.diagnoseAPIBreakingChanges(since: "baseline")
            #expect(
                verdict.breaks == edit.breaks,
                "\(edit.name): the toolchain says:\n\(verdict.output)")
            #expect(
                genDiffBreaks == verdict.breaks,
                "\(edit.name): gen diff says \(diff.changes.map(\.message)); the toolchain says:\n\(verdict.output)"
            )
        }
    }
}

/// A package in a git repository whose `StripeBilling` library is the generated Swift library,
/// built on a copy of the repository's `StripeRuntime`.
struct LibraryPackage {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
        "gen-api-\(UUID().uuidString)")
    private var library: URL { root.appendingPathComponent("Sources/StripeBilling") }

    init() throws {
        let files = FileManager.default
        try files.createDirectory(
            at: root.appendingPathComponent("Sources"), withIntermediateDirectories: true)
        try files.copyItem(
            at: TestProject.repository.appendingPathComponent("Sources/StripeRuntime"),
            to: root.appendingPathComponent("Sources/StripeRuntime"))
        try Data(
            """
            // swift-tools-version: 6.0
            import PackageDescription

            let package = Package(
                name: "Billing",
                products: [.library(name: "StripeBilling", targets: ["StripeBilling"])],
                targets: [
                    .target(name: "StripeRuntime"),
                    .target(name: "StripeBilling", dependencies: ["StripeRuntime"]),
                ]
            )

            """.utf8
        ).write(to: root.appendingPathComponent("Package.swift"))
        try TestGit.run(["init", "--quiet"], in: root)
    }

    /// Replaces the library's sources with the Swift library of `plan`.
    func write(_ plan: OutputPlan) throws {
        let files = FileManager.default
        try? files.removeItem(at: library)
        try files.createDirectory(at: library, withIntermediateDirectories: true)
        let prefix = GeneratedTargets.swiftLibrary + "/"
        for file in plan.files where file.path.hasPrefix(prefix) {
            try Data(file.contents.utf8).write(
                to: library.appendingPathComponent(String(file.path.dropFirst(prefix.count))))
        }
    }

    /// Commits the sources as they are and tags them.
    func tag(_ name: String) throws {
        try TestGit.commitAll(in: root, message: "Baseline")
        try TestGit.run(["tag", name], in: root)
    }

    /// The toolchain's verdict on the sources as they are, against the tag `baseline`.
    func diagnoseAPIBreakingChanges(since baseline: String) throws -> (breaks: Bool, output: String)
    {
        let result = try APIDigester.run(["diagnose-api-breaking-changes", baseline], in: root)
        let breakages = result.output.split(separator: "\n").filter { $0.contains("API breakage") }
        let clean = result.output.contains("No breaking changes detected")
        #expect(
            (result.status == 0 && clean && breakages.isEmpty)
                || (result.status != 0 && !breakages.isEmpty),
            "diagnose-api-breaking-changes neither passed nor reported a breakage:\n\(result.output)"
        )
        return (!breakages.isEmpty, result.output)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// `swift package`, which holds the toolchain's API checker.
enum APIDigester {
    /// Whether `swift package diagnose-api-breaking-changes` can run here.
    static let isAvailable: Bool = {
        (try? run(
            ["diagnose-api-breaking-changes", "--help"], in: FileManager.default.temporaryDirectory))?
            .status == 0
    }()

    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String)
    {
        try ChildProcess.run(["swift", "package", "--package-path", folder.path] + arguments, in: folder)
    }
}
