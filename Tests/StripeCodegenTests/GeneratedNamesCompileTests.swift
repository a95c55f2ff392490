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

        let runtime = project.root.appendingPathComponent("runtime-module")
        try FileManager.default.createDirectory(at: runtime, withIntermediateDirectories: true)
        let runtimeSources = SwiftCompiler.swiftFiles(
            under: TestProject.repository.appendingPathComponent("Sources/StripeRuntime"))
        try SwiftCompiler.run(
            [
                "-emit-module", "-parse-as-library", "-module-name", "StripeRuntime",
                "-emit-module-path",
                runtime.appendingPathComponent("StripeRuntime.swiftmodule").path,
            ] + runtimeSources)
        let generated = SwiftCompiler.swiftFiles(
            under: project.root.appendingPathComponent("Generated/StripeBilling"))
        #expect(try project.read("Generated/StripeBilling/BillingMeter.swift").contains("case _1h"))
        try SwiftCompiler.run(
            [
                "-typecheck", "-parse-as-library", "-module-name", "StripeBilling", "-I",
                runtime.path,
            ] + generated)
    }
}
