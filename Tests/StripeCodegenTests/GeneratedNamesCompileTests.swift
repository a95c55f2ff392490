import Foundation
import Testing

/// Every name the checker accepts becomes Swift that compiles: keywords, names that start with a
/// digit, and wire values with dashes and dots, type-checked against the runtime.
struct GeneratedNamesCompileTests {
    @Test func unusualButValidNamesCompile() throws {
        let project = try TestProject()
        defer { project.remove() }
        let spec = try project.read("spec/billing_meter.yaml")
        let keywordFields = ["default", "protocol", "class", "for", "type_"].map { name in
            "  \(name):\n    type: string\n    mutability: read_only\n    description: A keyword.\n"
        }.joined()
        let values = ["1h", "a-b", "default", "Type", "some.value", "protocol"].map {
            "          \($0): Unusual.\n"
        }.joined()
        let edited =
            spec
            .replacingOccurrences(of: "\nfields:\n", with: "\nfields:\n" + keywordFields)
            .replacingOccurrences(
                of: "          count: Count the number of events.\n",
                with: "          count: Count the number of events.\n" + values)
        try project.write(edited, to: "spec/billing_meter.yaml")
        let generator = project.generator()
        _ = try generator.write()

        #expect(try project.read("Generated/StripeBilling/BillingMeter.swift").contains("case _1h"))
        try SwiftCompiler.typecheckLibrary(
            at: project.root.appendingPathComponent("Generated/StripeBilling"),
            scratch: project.root.appendingPathComponent("modules"))
    }
}
