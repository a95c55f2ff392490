import Foundation
import Testing

@testable import StripeCodegen

/// Mustache renders a missing variable or partial as nothing; the generator turns each into an
/// error at the template's tag.
struct TemplateMistakeTests {
    /// The errors of a run whose `swift/enum` template is overridden with `mutate(default)`.
    private func errorsWithEnumTemplate(_ mutate: (String) -> String) throws -> [String] {
        let project = try TestProject()
        defer { project.remove() }
        try project.write(mutate(try project.read("Templates/swift/enum.mustache")), to: "overrides/swift/enum.mustache")
        return project.errors(templateOverrides: "overrides")
    }

    @Test func misspelledVariable() throws {
        let errors = try errorsWithEnumTemplate {
            $0.replacingOccurrences(of: "public enum {{name}}", with: "public enum {{nmae}}")
        }
        #expect(errors == [
            "overrides/swift/enum.mustache:3:13: error: no value named 'nmae' in the context here; "
                + "see gen --dump-context for the values there are"
        ])
    }

    @Test func misspelledPartial() throws {
        let errors = try errorsWithEnumTemplate { $0 + "{{>swift/enmu}}\n" }
        #expect(errors == [
            "overrides/swift/enum.mustache:22:1: error: no template named 'swift/enmu' for this partial; "
                + "did you mean 'swift/enum'?"
        ])
    }

    @Test func dottedNamesAreRejected() throws {
        let errors = try errorsWithEnumTemplate {
            $0.replacingOccurrences(of: "public enum {{name}}", with: "public enum {{cases.nmae}}")
        }
        #expect(errors == [
            "overrides/swift/enum.mustache:3:13: error: dotted names such as 'cases.nmae' are not supported, "
                + "because a mistake in them cannot be caught; open a section instead"
        ])
    }

    @Test func overrideReplacesTheDefaultTemplate() throws {
        let project = try TestProject()
        defer { project.remove() }
        let original = try project.read("Templates/swift/enum.mustache")
        try project.write(
            original.replacingOccurrences(of: "case unknown(String)", with: "case unrecognized(String)"),
            to: "overrides/swift/enum.mustache")
        let plan = try project.generator(templateOverrides: "overrides").plan()
        let meter = try #require(plan.files.first { $0.path == "StripeBilling/BillingMeter.swift" })
        #expect(meter.contents.contains("case unrecognized(String)"))
        #expect(!meter.contents.contains("case unknown(String)"))
    }

    @Test func contextDumpIsJSONKeyedByOutputPath() throws {
        let dump = try RepositorySpec.generator.dumpContexts()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        // Every file has a context but the manifest and schema.json, which is encoded, not templated.
        let rendered = try RepositorySpec.plan().files.map(\.path).filter {
            ![".generated-files", "terraform/schema.json"].contains($0)
        }
        #expect(json.keys.sorted() == rendered)
        #expect(rendered.contains("StripeBilling/BillingMeter.swift"))
        let meter = try #require(json["StripeBilling/BillingMeter.swift"] as? [String: Any])
        let model = try #require(meter["model"] as? [String: Any])
        #expect(model["name"] as? String == "BillingMeter")
        #expect((model["documentation"] as? String)?.contains("API version `2026-09-30.endive`") == true)
    }
}
