import Foundation
import Testing

@testable import GenDrift
@testable import StripeCodegen

/// A missing, malformed or unexpected OpenAPI document gives one clear error naming the file (and
/// the line and column, or the JSON pointer), never a crash.
struct DriftOpenAPIErrorTests {
    private func errors(_ text: String) throws -> [String] {
        try errors(bytes: Array(text.utf8))
    }

    private func errors(bytes: [UInt8]) throws -> [String] {
        let project = try TestProject()
        defer { project.remove() }
        let url = project.root.appendingPathComponent("openapi.json")
        try Data(bytes).write(to: url)
        do {
            _ = try SpecDrift(
                specDirectory: project.root.appendingPathComponent("spec").path,
                specDisplay: "spec",
                openAPIPath: url.path, openAPIDisplay: "openapi.json")
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func aMissingFileIsNamed() throws {
        let project = try TestProject()
        defer { project.remove() }
        #expect(throws: DiagnosticsError.self) {
            try SpecDrift(
                specDirectory: project.root.appendingPathComponent("spec").path,
                specDisplay: "spec",
                openAPIPath: project.root.appendingPathComponent("nope.json").path,
                openAPIDisplay: "nope.json")
        }
        do {
            _ = try SpecDrift(
                specDirectory: project.root.appendingPathComponent("spec").path,
                specDisplay: "spec",
                openAPIPath: project.root.appendingPathComponent("nope.json").path,
                openAPIDisplay: "nope.json")
        } catch let error as DiagnosticsError {
            #expect(
                error.description == "error: cannot read 'nope.json': No such file or directory")
        }
    }

    @Test func syntaxErrorsHaveTheirLineAndColumn() throws {
        #expect(
            try errors("{\n  \"info\": {\"version\": 1,}\n}") == [
                "openapi.json:2:25: error: invalid JSON: expected a member name in quotes, found '}'"
            ])
        #expect(
            try errors("{\"a\": \"unclosed") == [
                "openapi.json:1:7: error: invalid JSON: a string opened here is not closed"
            ])
        #expect(
            try errors("{\"a\": \"line\nbreak\"}") == [
                "openapi.json:1:12: error: invalid JSON: a control character (0xa) must be escaped in a string"
            ])
        #expect(
            try errors("") == [
                "openapi.json:1:1: error: invalid JSON: the document ends where a value was expected"
            ])
        #expect(
            try errors("{} x") == [
                "openapi.json:1:4: error: invalid JSON: unexpected 'x' after the document"
            ])
        #expect(
            try errors(String(repeating: "[", count: 10_000)) == [
                "openapi.json:1:257: error: invalid JSON: values are nested more than 256 levels deep"
            ])
    }

    @Test func unexpectedShapesNameTheirPointer() throws {
        #expect(
            try errors("[]") == ["error: openapi.json: at #: expected an object, found an array"])
        #expect(
            try errors("{\"swagger\": 2}") == [
                "error: openapi.json: at #: this is not an OpenAPI document: it has neither 'openapi' nor 'paths'"
            ])
        #expect(
            try errors("{\"openapi\": \"3.0.0\", \"paths\": {}}") == [
                "error: openapi.json: at #: 'info' is missing"
            ])
        var fixture = try DriftOpenAPIFixture()
        fixture.set(["paths", "/v1/billing/meters", "get", "parameters"], 3)
        fixture.set(
            DriftOpenAPIFixture.property("billing.meter", "display_name") + ["maxLength"], "long")
        fixture.set(
            DriftOpenAPIFixture.property("billing.meter", "customer_mapping"),
            ["$ref": "#/components/schemas/nothing"])
        let project = try TestProject()
        defer { project.remove() }
        #expect(throws: DiagnosticsError.self) { try project.drift(fixture) }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: fixture.write(into: project))))
        #expect(
            try errors(bytes: bytes) == [
                "error: openapi.json: at #/components/schemas/billing.meter/properties/customer_mapping: "
                    + "$ref '#/components/schemas/nothing' names no schema of the document"
            ])
    }

    @Test func aLoopOfReferencesIsAnError() throws {
        var fixture = try DriftOpenAPIFixture()
        fixture.set(["components", "schemas", "a"], ["$ref": "#/components/schemas/b"])
        fixture.set(["components", "schemas", "b"], ["$ref": "#/components/schemas/a"])
        fixture.set(
            DriftOpenAPIFixture.property("billing.meter", "display_name"),
            ["$ref": "#/components/schemas/a"])
        let project = try TestProject()
        defer { project.remove() }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: fixture.write(into: project))))
        let reported = try errors(bytes: bytes)
        #expect(reported.count == 1)
        #expect(reported.first?.hasSuffix("$ref chain loops") == true)
    }

    /// Truncated, byte-flipped and shape-shuffled copies of the reference document (a fixed
    /// seed): each gives drift or one error, never a crash.
    @Test func fuzzedDocumentsNeverCrash() throws {
        let reference = Array(try Data(contentsOf: DriftOpenAPIFixture.url))
        var generator = SpecLoaderFuzzTests.SeededGenerator(state: 11)
        let replacements = Array("{}[]\",:0-tfn\\ ".utf8)
        for round in 0..<150 {
            var bytes = reference
            switch round % 3 {
            case 0:
                bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count))))
            case 1:
                for _ in 0..<4 {
                    bytes[Int(generator.next() % UInt64(bytes.count))] =
                        replacements[Int(generator.next() % UInt64(replacements.count))]
                }
            default:
                // Swap two values' texts of the same document: valid JSON of unexpected shapes.
                let text = String(decoding: bytes, as: UTF8.self)
                let swapped = text.replacingOccurrences(
                    of: ["\"type\": \"string\"", "\"required\": [", "\"properties\": {"][
                        Int(generator.next() % 3)],
                    with: ["\"type\": [1]", "\"required\": [3, ", "\"properties\": {\"x\": 2, "][
                        Int(generator.next() % 3)])
                bytes = Array(swapped.utf8)
            }
            let reported = try errors(bytes: bytes)
            #expect(reported.count <= 1, "round \(round): \(reported)")
        }
    }
}
