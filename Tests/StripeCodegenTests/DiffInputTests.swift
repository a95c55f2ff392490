import Foundation
import Testing

@testable import GenDiff
@testable import StripeCodegen

/// What `--against` can name: a git revision of the project's repository (read without a
/// checkout), a project folder or a spec folder; and the errors for anything else, or for a
/// spec with problems, which are located as `gen` locates them.
struct DiffInputTests {
    private static let newEnumValue = SpecTextChange(
        "          sum: Sum each event's value.\n",
        "          sum: Sum each event's value.\n          max: The largest.\n")

    @Test func aRevisionIsReadFromTheRepository() throws {
        let project = try TestProject()
        defer { project.remove() }
        try TestGit.run(["init", "--quiet"], in: project.root)
        try TestGit.commitAll(in: project.root, message: "The spec as released")
        try TestGit.run(["tag", "v1.0.0"], in: project.root)
        try Self.newEnumValue.apply(to: project)

        let old = try SpecSnapshot(against: "v1.0.0", project: project.root)
        #expect(old.label == "v1.0.0")
        let diff = SpecDiff(
            from: old, to: try SpecSnapshot(paths: GeneratorPaths(root: project.root)))
        #expect(
            DiffFixture.summary(diff) == [
                "enum_case_added BillingMeter.DefaultAggregation.Formula.max"
            ])
        #expect(DiffMarkdownReport(diff).text.hasPrefix("## API changes from `v1.0.0` to `"))

        let unchanged = try SpecSnapshot(against: "HEAD", project: project.root)
        #expect(SpecDiff(from: unchanged, to: old).changes.isEmpty)
    }

    @Test func aSpecFolderOrAProjectFolderCanBeNamed() throws {
        let old = try TestProject()
        let new = try TestProject()
        defer {
            old.remove()
            new.remove()
        }
        try Self.newEnumValue.apply(to: new)
        let current = try SpecSnapshot(paths: GeneratorPaths(root: new.root))
        for folder in [old.root, old.root.appendingPathComponent("spec")] {
            let diff = SpecDiff(
                from: try SpecSnapshot(against: folder.path, project: new.root), to: current)
            #expect(diff.changes.map(\.kind) == [.enumCaseAdded])
        }
    }

    @Test func anUnknownRevisionIsOneClearError() throws {
        let project = try TestProject()
        defer { project.remove() }
        let outside = DiffFixture.errors(
            { _ = try SpecSnapshot(against: "main", project: project.root) },
            removing: [project.root])
        #expect(
            outside == [
                "error: --against 'main' names no folder, and '.' is not in a git repository to read a revision from"
            ])
        try TestGit.run(["init", "--quiet"], in: project.root)
        try TestGit.commitAll(in: project.root, message: "The spec")
        for reference in ["no-such-branch", "HEAD~5", "--help"] {
            let errors = DiffFixture.errors(
                { _ = try SpecSnapshot(against: reference, project: project.root) },
                removing: [project.root])
            #expect(
                errors == [
                    "error: --against '\(reference)' names no folder and no revision of the git repository at '.'"
                ])
        }
    }

    @Test func aRevisionWithoutASpecFolderIsAnError() throws {
        let project = try TestProject()
        defer { project.remove() }
        try TestGit.run(["init", "--quiet"], in: project.root)
        try TestGit.commitAll(in: project.root, message: "Empty")
        try TestGit.run(["rm", "--quiet", "-r", "spec"], in: project.root)
        try TestGit.commitAll(in: project.root, message: "No spec")
        let errors = DiffFixture.errors(
            { _ = try SpecSnapshot(against: "HEAD", project: project.root) },
            removing: [project.root])
        #expect(errors == ["error: revision 'HEAD' has no spec/ folder in '.'"])
    }

    @Test func aBrokenSpecAtARevisionIsLocatedInIt() throws {
        let project = try TestProject()
        defer { project.remove() }
        try TestGit.run(["init", "--quiet"], in: project.root)
        let typo = SpecTextChange(
            "    type: timestamp\n    mutability: read_only\n    description: Time at which the object was created.",
            "    type: timestmp\n    mutability: read_only\n    description: Time at which the object was created."
        )
        try typo.apply(to: project)
        try TestGit.commitAll(in: project.root, message: "A typo")
        try SpecTextChange(typo.replacement, typo.text).apply(to: project)
        try TestGit.commitAll(in: project.root, message: "The typo fixed")
        let errors = DiffFixture.errors(
            { _ = try SpecSnapshot(against: "HEAD~1", project: project.root) },
            removing: [project.root])
        #expect(
            errors == [
                "HEAD~1:spec/billing_meter.yaml:25:11: error: unknown type 'timestmp'; did you mean 'timestamp'?"
            ])
    }

    @Test func aBrokenSpecFolderIsLocatedInIt() throws {
        let old = try TestProject()
        defer { old.remove() }
        try SpecTextChange("  display_name:\n    type: string", "  display_name:\n    type: strin")
            .apply(to: old)
        let errors = DiffFixture.errors(
            { _ = try SpecSnapshot(against: old.root.path, project: TestProject.repository) },
            removing: [old.root])
        #expect(
            errors == [
                "spec/billing_meter.yaml:62:11: error: unknown type 'strin'; did you mean 'string'?"
            ])
    }
}
