import Foundation
import Testing

@testable import GenDrift
@testable import StripeCodegen

/// `gen drift --apply` on copies of `spec/`: only the lines concerned change, comments and order
/// stay, a second run changes nothing, `gen drift` then reports nothing, and the output generates.
struct DriftApplyTests {
    typealias Fixture = DriftOpenAPIFixture
    static let meters = "/v1/billing/meters"

    /// A newer document: a new version, an enum value, a field (created and updated, with the
    /// requests' tighter limit), a changed and a removed limit, a field and an enum value removed.
    static func newer() throws -> Fixture {
        var fixture = try Fixture()
        fixture.set(["info", "version"], "2026-10-28.acacia")
        for keys in [
            Fixture.property("billing_meter_resource_aggregation_settings", "formula"),
            Fixture.form(meters) + ["properties", "default_aggregation", "properties", "formula"],
        ] {
            fixture.append(keys + ["enum"], "max")
        }
        fixture.set(
            Fixture.property("billing.meter", "dimension_payload_keys"),
            [
                "type": "array", "nullable": true, "items": ["type": "string", "maxLength": 100],
                "description": "The keys of the event payload\nthat group usage.",
            ])
        fixture.set(
            Fixture.form(meters) + ["properties", "dimension_payload_keys"],
            ["type": "array", "items": ["type": "string", "maxLength": 100]])
        fixture.set(
            Fixture.property("billing.meter", "title"),
            ["type": "string", "maxLength": 5000, "description": "A title."])
        fixture.append(["components", "schemas", "billing.meter", "required"], "title")
        for path in [meters, "\(meters)/{id}"] {
            fixture.set(
                Fixture.form(path) + ["properties", "title"], ["type": "string", "maxLength": 200])
        }
        fixture.set(Fixture.property("billing.meter_event", "identifier") + ["maxLength"], 4000)
        fixture.remove(Fixture.property("billing.meter", "event_name") + ["maxLength"])
        fixture.remove(Fixture.property("billing.meter", "livemode"))
        fixture.removeElement(["components", "schemas", "billing.meter", "required"], "livemode")
        fixture.removeElement(
            Fixture.property("billing.meter_event_adjustment", "status") + ["enum"], "pending")
        fixture.set(
            fixture.parameter("\(meters)/{id}", "get", "id") + ["schema", "maxLength"], 100)
        return fixture
    }

    private func specTexts(_ project: TestProject) throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(
            atPath: project.root.appendingPathComponent("spec").path)
        return try Dictionary(
            uniqueKeysWithValues: names.filter { $0.hasSuffix(".yaml") }.map {
                ($0, try project.read("spec/\($0)"))
            })
    }

    @Test func applyEditsOnlyTheLinesConcernedAndConverges() throws {
        let project = try TestProject()
        defer { project.remove() }
        let fixture = try Self.newer()
        let before = try specTexts(project)
        let drift = try project.drift(fixture)
        #expect(drift.drifts.allSatisfy { $0.isApplicable })
        let application = try drift.apply()
        #expect(application.notApplied.isEmpty)
        #expect(application.filesChanged.count == 8)
        let after = try specTexts(project)

        let meterBefore = before["billing_meter.yaml"]!.components(separatedBy: "\n")
        let meterAfter = after["billing_meter.yaml"]!.components(separatedBy: "\n")
        let changes = meterAfter.difference(from: meterBefore)
        let removed = changes.removals.map {
            if case .remove(_, let line, _) = $0 { line } else { "" }
        }
        let inserted = changes.insertions.map {
            if case .insert(_, let line, _) = $0 { line } else { "" }
        }
        #expect(
            removed == [
                "api_version: 2026-09-30.endive", "    max_length: 5000", "  livemode:",
                "    type: boolean",
                "    mutability: read_only", "    description: >-",
                "      If the object exists in live mode, the value is `true`. If the object exists in test mode,",
                "      the value is `false`.", "      id: {}",
            ])
        #expect(
            inserted == [
                "api_version: 2026-10-28.acacia",
                "          max: >-",
                "            Added in Stripe API version 2026-10-28.acacia; Stripe's OpenAPI document does not",
                "            describe it.",
                "  dimension_payload_keys:", "    type: list", "    nullable: true",
                "    mutability: create_only",
                "    description: The keys of the event payload that group usage.", "    items:",
                "      type: string",
                "      max_length: 100",
                "  title:", "    type: string", "    mutability: updatable", "    max_length: 5000",
                "    description: A title.",
                "      dimension_payload_keys: {}", "      title:", "        max_length: 200",
                "      id:", "        max_length: 100",
                "      title:", "        max_length: 200",
            ])
        // Every comment of every file is still there.
        for (name, text) in before {
            let comments = text.components(separatedBy: "\n").filter {
                $0.trimmingCharacters(in: .whitespaces).hasPrefix("#")
            }
            #expect(comments.allSatisfy { after[name]!.contains($0) })
        }

        let again = try project.drift(fixture)
        #expect(again.drifts.map(\.description) == [])
        #expect(try again.apply().filesChanged == [])
        #expect(try specTexts(project) == after)

        let plan = try project.generator().plan()
        let meter =
            plan.files.first { $0.path == "StripeBilling/BillingMeter.swift" }?.contents ?? ""
        #expect(meter.contains("case max"))
        #expect(meter.contains("public var dimensionPayloadKeys: [String]?"))
        #expect(!meter.contains("livemode"))
    }

    @Test func theAppliedSpecGeneratesSwiftThatCompiles() throws {
        let project = try TestProject()
        defer { project.remove() }
        _ = try project.drift(try Self.newer()).apply()
        let generator = project.generator()
        _ = try generator.write()
        try SwiftCompiler.typecheckLibrary(
            at: project.root.appendingPathComponent("Generated/StripeBilling"),
            scratch: project.root.appendingPathComponent("modules"))
    }

    @Test func whatNeedsAPersonIsReportedAndLeftAlone() throws {
        let project = try TestProject()
        defer { project.remove() }
        var fixture = try Fixture()
        fixture.set(
            Fixture.property("billing.meter_event_summary", "aggregated_value") + ["type"],
            "integer")
        fixture.set(
            Fixture.property("billing.meter", "source"),
            ["anyOf": [["type": "string"], ["type": "integer"]], "description": "Either."])
        let before = try specTexts(project)
        let drift = try project.drift(fixture)
        #expect(drift.drifts.count == 2)
        #expect(drift.drifts.allSatisfy { !$0.isApplicable && $0.review != nil })
        #expect(
            drift.drifts.map(\.review) == [
                "the spec cannot describe it: its type is one of several types",
                "--apply does not change types; edit the field by hand",
            ])
        #expect(try drift.apply().filesChanged == [])
        #expect(try specTexts(project) == before)
    }

    @Test func newEntriesFollowTheFilesIndentation() throws {
        let project = try TestProject()
        defer { project.remove() }
        let original = try project.read("spec/billing_meter_event_summary.yaml")
        let fourSpaces = original.components(separatedBy: "\n").map { line in
            let indent = line.prefix { $0 == " " }.count
            return String(repeating: " ", count: indent * 2) + line.dropFirst(indent)
        }.joined(separator: "\n")
        try project.write(fourSpaces, to: "spec/billing_meter_event_summary.yaml")
        var fixture = try Fixture()
        fixture.set(
            Fixture.property("billing.meter_event_summary", "window"),
            ["type": "string", "enum": ["day", "hour"], "description": "The window."])
        fixture.append(
            ["components", "schemas", "billing.meter_event_summary", "required"], "window")
        _ = try project.drift(fixture).apply()
        let text = try project.read("spec/billing_meter_event_summary.yaml")
        #expect(
            text.contains(
                """
                    window:
                        type: enum
                        mutability: read_only
                        description: The window.
                        values:
                            day: >-
                                Added in Stripe API version 2026-09-30.endive; Stripe's OpenAPI document does not
                                describe it.
                            hour: >-
                                Added in Stripe API version 2026-09-30.endive; Stripe's OpenAPI document does not
                                describe it.

                """), "\(text)")
        #expect(try project.drift(fixture).drifts.isEmpty)
    }
}
