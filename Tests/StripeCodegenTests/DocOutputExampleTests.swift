import Foundation
import Testing

@testable import GenDiff

/// The output examples of README.md and spec/README.md are what real runs print: `gen` for the two
/// misspellings they show, `gen drift` for the two differences, at the positions they give, and
/// `gen diff` for a new enum value.
struct DocOutputExampleTests {
    /// The errors of the repository's spec with a type and a parameter misspelled.
    private func errorsOfTheMisspelledSpec() throws -> [String] {
        let project = try TestProject()
        defer { project.remove() }
        var meter = try project.read("spec/billing_meter.yaml")
        meter = meter.replacingOccurrences(of: "type: timestamp", with: "type: timestmp", range: meter.range(of: "type: timestamp"))
        let createParams = try #require(meter.range(of: "  create:\n")).upperBound
        let parameter = try #require(meter.range(of: "      display_name:", range: createParams..<meter.endIndex))
        meter.replaceSubrange(parameter, with: "      dispaly_name:")
        try project.write(meter, to: "spec/billing_meter.yaml")
        return project.errors()
    }

    private func read(_ path: String) throws -> String {
        try String(contentsOf: TestProject.repository.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theREADMEShowsWhatARunPrints() throws {
        let errors = try errorsOfTheMisspelledSpec()
        #expect(errors.count == 2)
        let readme = try read("README.md")
        let shown = errors.joined(separator: "\n") + "\ngen: \(errors.count) errors; Generated/ was not changed.\n```"
        #expect(readme.contains("```\n" + shown), "\(errors)")
    }

    @Test func theSpecFormatPageShowsWhatARunPrints() throws {
        let first = try #require(try errorsOfTheMisspelledSpec().first)
        #expect(try read("spec/README.md").contains("```\n\(first)\n```"), "\(first)")
    }

    @Test func theREADMEShowsWhatADriftRunPrints() throws {
        let project = try TestProject()
        defer { project.remove() }
        var fixture = try DriftOpenAPIFixture()
        fixture.append(DriftOpenAPIFixture.property("billing_meter_resource_aggregation_settings", "formula") + ["enum"], "max")
        let form = DriftOpenAPIFixture.form("/v1/billing/meters")
        fixture.append(form + ["properties", "default_aggregation", "properties", "formula", "enum"], "max")
        fixture.set(form + ["properties", "display_name", "maxLength"], 200)
        let drift = try project.drift(fixture)
        let lines = drift.drifts.map(\.description) + drift.notCompared.map(\.description)
        #expect(lines.count == 6)
        #expect(try read("README.md").contains("```\n" + lines.joined(separator: "\n") + "\ngen drift: "), "\(lines)")
    }

    @Test func theREADMEShowsWhatADiffRunPrints() throws {
        let diff = try DiffFixture.diff([
            SpecTextChange(
                "          sum: Sum each event's value.\n",
                "          sum: Sum each event's value.\n          max: Take the largest value.\n")
        ])
        // The first line names the two specs, `main` and `spec` in the README.
        let report = DiffMarkdownReport(diff).text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        let shown = "## API changes from `main` to `spec`\n" + report.joined(separator: "\n") + "```"
        #expect(try read("README.md").contains("```\n" + shown), "\(report.joined(separator: "\n"))")
    }

    /// Each `Package.swift` fragment of the README makes a manifest that SwiftPM reads, naming
    /// this package and its `StripeBilling` product as SwiftPM knows them.
    @Test func theREADMEsPackageManifestsAreReadBySwiftPM() throws {
        let readme = try read("README.md")
        let fragments = readme.components(separatedBy: "```swift\n").dropFirst()
            .compactMap { $0.components(separatedBy: "```").first }
            .filter { $0.hasPrefix("// Package.swift") }
        #expect(fragments.count == 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        let consumer = folder.appendingPathComponent("consumer")
        try FileManager.default.createDirectory(at: consumer, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The package as a user checks it out, under its repository's name.
        let checkout = folder.appendingPathComponent("stripe-billing-gen")
        try FileManager.default.createSymbolicLink(at: checkout, withDestinationURL: TestProject.repository)
        for fragment in fragments {
            let manifest = "// swift-tools-version: 6.1\nimport PackageDescription\n\nlet package = Package(\n"
                + "    name: \"Consumer\",\n" + fragment.replacingOccurrences(of: "<this repository>", with: checkout.absoluteString)
                + ")\n"
            try Data(manifest.utf8).write(to: consumer.appendingPathComponent("Package.swift"))
            let result = try ChildProcess.run(["swift", "package", "dump-package"], in: consumer)
            #expect(result.status == 0, "\(result.output)\n\(manifest)")
        }
    }
}
