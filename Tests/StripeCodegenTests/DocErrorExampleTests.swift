import Foundation
import Testing

/// The error examples of README.md and spec/README.md are what a real run prints for the two
/// misspellings they show, at the positions it gives.
struct DocErrorExampleTests {
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
}
