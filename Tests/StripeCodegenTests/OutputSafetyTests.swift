import Foundation
import Testing

@testable import StripeCodegen

/// Writing under faults and attacks: never outside the output folder, all or nothing, one run at
/// a time, and no leftovers.
@Suite(.serialized)
struct OutputSafetyTests {
    private func writtenProject() throws -> TestProject {
        let project = try TestProject()
        _ = try project.generator().write()
        return project
    }

    /// A written project whose spec then changed, so that most files would be rewritten.
    private func writtenProjectWithAnEditedSpec() throws -> TestProject {
        let project = try writtenProject()
        let spec = try project.read("spec/billing_meter.yaml")
        try project.write(
            spec.replacingOccurrences(of: "title: Billing Meter", with: "title: Billing Meters"),
            to: "spec/billing_meter.yaml")
        return project
    }

    private func writeErrors(_ project: TestProject) -> [String] {
        do {
            _ = try project.generator().write()
            return []
        } catch let error as DiagnosticsError {
            let prefix = project.root.standardizedFileURL.path + "/"
            return error.diagnostics.map {
                $0.description.replacingOccurrences(of: prefix, with: "")
            }
        } catch {
            return ["unexpected error: \(error)"]
        }
    }

    @Test func aManifestPathOutsideTheFolderIsRefusedAtItsLine() throws {
        let project = try writtenProject()
        defer { project.remove() }
        try project.write("keep\n", to: "README.md")
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gen-outside-\(UUID().uuidString)")
        try Data("keep\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let manifest = try project.read("Generated/.generated-files")
        try project.write(
            manifest + "../README.md\n\(outside.path)\n", to: "Generated/.generated-files")
        let errors = writeErrors(project)
        #expect(errors.count == 2)
        #expect(
            errors.first?.hasPrefix(
                "Generated/.generated-files:4:1: error: the manifest lists '../README.md', but ")
                == true)
        #expect(errors.last?.contains("Generated/.generated-files:5:1: error:") == true)
        #expect(errors.last?.contains("it is absolute") == true)
        #expect(try project.read("README.md") == "keep\n")
        #expect(try String(contentsOf: outside, encoding: .utf8) == "keep\n")
    }

    @Test func symbolicLinksInTheFolderAreNeverFollowed() throws {
        let project = try writtenProject()
        defer { project.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gen-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("keep\n".utf8).write(to: outside.appendingPathComponent("meter.md"))
        let resources = project.root.appendingPathComponent("Generated/docs/resources")
        try FileManager.default.removeItem(at: resources)
        try FileManager.default.createSymbolicLink(at: resources, withDestinationURL: outside)

        #expect(
            writeErrors(project) == [
                "error: cannot write into 'Generated/docs/resources': it is not a folder (a link or a file)"
            ])
        #expect(
            try String(contentsOf: outside.appendingPathComponent("meter.md"), encoding: .utf8)
                == "keep\n")

        // A manifest path through the link is refused too.
        let manifest = try project.read("Generated/.generated-files")
        try project.write(manifest + "docs/resources/meter.md\n", to: "Generated/.generated-files")
        #expect(
            writeErrors(project).first?.contains(
                "'docs/resources' is not a folder (a link or a file)") == true)
        #expect(
            try String(contentsOf: outside.appendingPathComponent("meter.md"), encoding: .utf8)
                == "keep\n")
    }

    /// A failure while writing leaves the old tree whole: nothing replaced, nothing left over.
    @Test func aFailedWriteChangesNothing() throws {
        let project = try writtenProjectWithAnEditedSpec()
        defer { project.remove() }
        let before = try project.read("Generated/StripeBilling/BillingMeter.swift")
        // A file where the docs folder should be: every doc write fails, while other files are
        // being staged.
        try FileManager.default.removeItem(
            at: project.root.appendingPathComponent("Generated/docs"))
        try project.write("in the way\n", to: "Generated/docs")

        #expect(
            writeErrors(project) == [
                "error: cannot write into 'Generated/docs': it is not a folder (a link or a file)"
            ])
        #expect(try project.read("Generated/StripeBilling/BillingMeter.swift") == before)
        #expect(try temporaries(in: project).isEmpty)
    }

    /// Files are written as they are rendered; a template that fails after some of them were
    /// written takes every one of them back, and a folder the run created with them.
    @Test func aTemplateErrorDuringTheWriteTakesBackWhatWasWritten() throws {
        let project = try writtenProjectWithAnEditedSpec()
        defer { project.remove() }
        let before = try project.read("Generated/StripeBilling/BillingMeter.swift")
        let resource = try project.read("Templates/docs/resource.mustache")
        try project.write(resource + "{{missingName}}\n", to: "overrides/docs/resource.mustache")
        let outside = project.root.appendingPathComponent("fresh/output")

        for output in [nil, outside] {
            let generator = Generator(
                paths: GeneratorPaths(
                    root: project.root, templateOverrides: project.root.appendingPathComponent("overrides"),
                    output: output))
            #expect(throws: DiagnosticsError.self) { try generator.write() }
        }
        #expect(try project.read("Generated/StripeBilling/BillingMeter.swift") == before)
        #expect(try temporaries(in: project).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("fresh").path))
    }

    @Test func temporariesOfAnInterruptedRunAreReportedThenRemoved() throws {
        let project = try writtenProject()
        defer { project.remove() }
        let leftover = "Generated/StripeBilling/.BillingMeter.swift.\(UUID().uuidString).tmp"
        try project.write("", to: leftover)
        let generator = project.generator()
        let checked = try generator.check()
        #expect(checked.changes.isEmpty)
        #expect(
            checked.temporaries == ["StripeBilling/" + (leftover as NSString).lastPathComponent])
        #expect(!checked.isEmpty)

        let written = try generator.write()
        #expect(written.temporaries == checked.temporaries)
        #expect(try temporaries(in: project).isEmpty)
        #expect(try generator.check().isEmpty)
    }

    /// A second run waits for the lock the first holds, then finds the folder up to date.
    @Test func runsTakeTurnsOnTheFolder() async throws {
        let project = try writtenProject()
        defer { project.remove() }
        let generator = project.generator()
        let folder = project.root.appendingPathComponent("Generated").path
        var held: OutputLock? = try OutputLock.acquire(
            folder: folder, display: "Generated", exclusive: true
        ) {}
        let waited = Flag()
        let run = Task.detached { try generator.write { waited.set() } }
        while !waited.isSet { try await Task.sleep(for: .milliseconds(10)) }
        held = nil
        let changes = try await run.value
        #expect(held == nil)
        #expect(changes.isEmpty)
    }

    private func temporaries(in project: TestProject) throws -> [String] {
        let enumerator = FileManager.default.enumerator(
            atPath: project.root.appendingPathComponent("Generated").path)
        return (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".tmp") }
    }
}

/// A flag one thread sets and another reads.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
