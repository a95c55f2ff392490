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
}
