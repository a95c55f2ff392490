import Foundation
import Testing

@testable import GenDrift
@testable import StripeCodegen

/// One modification of the reference OpenAPI subset and the warnings `gen drift` must print for
/// it against the repository's spec, exactly.
struct DriftCase: Sendable, CustomTestStringConvertible {
    var name: String
    var modify: @Sendable (inout DriftOpenAPIFixture) -> Void
    var expected: [String]

    var testDescription: String { name }

    typealias Fixture = DriftOpenAPIFixture
    static let meter = "spec/billing_meter.yaml"
    static let version = "OpenAPI 2026-09-30.endive"
    static let meters = "/v1/billing/meters"

    static let all: [DriftCase] = [
        DriftCase(
            name: "a new API version, in every file",
            modify: { $0.set(["info", "version"], "2026-10-28.acacia") },
            expected: [
                "spec/billing_meter.yaml:4:1: warning: OpenAPI 2026-10-28.acacia replaces API version 2026-09-30.endive",
                "spec/billing_meter_event.yaml:4:1: warning: OpenAPI 2026-10-28.acacia replaces API version 2026-09-30.endive",
                "spec/billing_meter_event_adjustment.yaml:4:1: warning: OpenAPI 2026-10-28.acacia replaces API version 2026-09-30.endive",
                "spec/billing_meter_event_summary.yaml:5:1: warning: OpenAPI 2026-10-28.acacia replaces API version 2026-09-30.endive",
                // v2 files are not compared with a v1 document, but their version is Stripe's one version.
                "spec/v2_billing_meter_event.yaml:5:1: warning: OpenAPI 2026-10-28.acacia replaces API version 2026-09-30.endive",
                "spec/v2_billing_meter_event_adjustment.yaml:5:1: warning: OpenAPI 2026-10-28.acacia replaces API version 2026-09-30.endive",
                "spec/v2_billing_meter_event_session.yaml:5:1: warning: OpenAPI 2026-10-28.acacia replaces API version 2026-09-30.endive",
                "spec/v2_billing_meter_event_stream.yaml:5:1: warning: OpenAPI 2026-10-28.acacia replaces API version 2026-09-30.endive",
            ]),
        DriftCase(
            name: "an enum value added to the object and the request",
            modify: {
                $0.append(
                    Fixture.property("billing_meter_resource_aggregation_settings", "formula") + [
                        "enum"
                    ], "max")
                $0.append(
                    Fixture.form(meters) + [
                        "properties", "default_aggregation", "properties", "formula", "enum",
                    ], "max")
            },
            expected: [
                "\(meter):57:9: warning: \(version) adds enum value 'max' to default_aggregation.formula"
            ]),
        DriftCase(
            name: "an enum value removed from the object and the list filter",
            modify: {
                $0.removeElement(Fixture.property("billing.meter", "status") + ["enum"], "inactive")
                $0.removeElement(
                    $0.parameter(meters, "get", "status") + ["schema", "enum"], "inactive")
            },
            expected: [
                "\(meter):97:7: warning: \(version) removes enum value 'inactive' from status"
            ]),
        DriftCase(
            name: "a field added",
            modify: {
                $0.set(
                    Fixture.property("billing.meter", "dimension_payload_keys"),
                    [
                        "type": "array", "items": ["type": "string", "maxLength": 100],
                        "description": "Keys.",
                    ])
            },
            expected: [
                "\(meter):12:1: warning: \(version) adds field dimension_payload_keys (list)"
            ]),
        DriftCase(
            name: "a nested field added",
            modify: {
                $0.set(
                    Fixture.property("billing_meter_resource_aggregation_settings", "window"),
                    ["type": "string", "maxLength": 20, "description": "A window."])
            },
            expected: [
                "\(meter):51:5: warning: \(version) adds field default_aggregation.window (string)"
            ]),
        DriftCase(
            name: "a field removed",
            modify: { $0.remove(Fixture.property("billing.meter_event_summary", "meter")) },
            expected: [
                "spec/billing_meter_event_summary.yaml:44:3: warning: \(version) removes field meter"
            ]),
        DriftCase(
            name: "a type changed",
            modify: {
                $0.set(
                    Fixture.property("billing.meter_event_summary", "aggregated_value") + ["type"],
                    "integer")
            },
            expected: [
                "spec/billing_meter_event_summary.yaml:28:5: warning: \(version) gives aggregated_value the type integer; the spec says number"
            ]),
        DriftCase(
            name: "a timestamp that becomes a plain integer",
            modify: { $0.remove(Fixture.property("billing.meter", "updated") + ["format"]) },
            expected: [
                "\(meter):108:5: warning: \(version) gives updated the type integer; the spec says timestamp"
            ]),
        DriftCase(
            name: "a field made nullable",
            modify: {
                $0.set(Fixture.property("billing.meter", "display_name") + ["nullable"], true)
            },
            expected: ["\(meter):61:3: warning: \(version) makes display_name nullable"]),
        DriftCase(
            name: "a field no longer always returned",
            modify: {
                $0.removeElement(["components", "schemas", "billing.meter", "required"], "updated")
            },
            expected: [
                "\(meter):107:3: warning: \(version) no longer always returns updated (it is not in its object's required list)"
            ]),
        DriftCase(
            name: "a nullable field made non-nullable",
            modify: {
                $0.remove(Fixture.property("billing.meter", "event_time_window") + ["nullable"])
                $0.append(
                    ["components", "schemas", "billing.meter", "required"], "event_time_window")
            },
            expected: ["\(meter):79:5: warning: \(version) makes event_time_window non-nullable"]),
        DriftCase(
            name: "an object's max length changed",
            modify: {
                $0.set(Fixture.property("billing.meter_event", "identifier") + ["maxLength"], 4000)
            },
            expected: [
                "spec/billing_meter_event.yaml:35:5: warning: \(version) sets max length 4000 on identifier (the spec says 5000)"
            ]),
        DriftCase(
            name: "a request's max length changed",
            modify: {
                $0.set(Fixture.form(meters) + ["properties", "display_name", "maxLength"], 300)
            },
            expected: [
                "\(meter):136:9: warning: \(version) sets max length 300 on parameter 'display_name' of create (the spec says 250)"
            ]),
        DriftCase(
            name: "a nested request max length changed",
            modify: {
                $0.set(
                    Fixture.form(meters) + [
                        "properties", "value_settings", "properties", "event_payload_key",
                        "maxLength",
                    ], 80)
            },
            expected: [
                "\(meter):148:13: warning: \(version) sets max length 80 on parameter 'value_settings.event_payload_key' of create (the spec says 100)"
            ]),
        DriftCase(
            name: "a standalone parameter's item length, through an anchor",
            modify: {
                $0.set(
                    $0.parameter("\(meters)/{id}", "get", "expand") + [
                        "schema", "items", "maxLength",
                    ], 2000)
            },
            expected: [
                "\(meter):154:11: warning: \(version) sets max length 2000 on parameter 'expand[]' of retrieve (the spec says 5000)"
            ]),
        DriftCase(
            name: "a parameter made required",
            modify: { $0.append(Fixture.form(meters) + ["required"], "event_time_window") },
            expected: [
                "\(meter):77:3: warning: \(version) makes parameter 'event_time_window' of create required"
            ]),
        DriftCase(
            name: "a nested parameter made optional",
            modify: {
                $0.removeElement(
                    Fixture.form(meters) + ["properties", "customer_mapping", "required"], "type")
            },
            expected: [
                "\(meter):41:9: warning: \(version) makes parameter 'customer_mapping.type' of create optional"
            ]),
        DriftCase(
            name: "a query parameter added",
            modify: {
                $0.append(
                    ["paths", meters, "get", "parameters"],
                    [
                        "name": "created", "in": "query",
                        "schema": ["type": "integer", "format": "unix-time"],
                    ])
            },
            expected: [
                "\(meter):184:5: warning: \(version) adds parameter 'created' to list (GET /v1/billing/meters)"
            ]),
        DriftCase(
            name: "a parameter removed",
            modify: {
                $0.remove(
                    $0.parameter("\(meters)/{id}/event_summaries", "get", "value_grouping_window"))
            },
            expected: [
                "\(meter):262:7: warning: \(version) removes parameter 'value_grouping_window' from event_summaries (GET /v1/billing/meters/{id}/event_summaries)"
            ]),
        DriftCase(
            name: "limits that OpenAPI states and the spec has are not drift; others are",
            modify: {
                $0.set($0.parameter(meters, "get", "limit") + ["schema", "minimum"], 1)
                $0.set($0.parameter(meters, "get", "limit") + ["schema", "maximum"], 50)
            },
            expected: [
                "\(meter):190:9: warning: \(version) sets maximum 50 on parameter 'limit' of list (the spec says 100)"
            ]),
        DriftCase(
            name: "a request that takes other values than its field",
            modify: {
                $0.append($0.parameter(meters, "get", "status") + ["schema", "enum"], "archived")
            },
            expected: [
                "\(meter):185:7: warning: \(version) takes the values active, inactive, archived for parameter 'status' of list; its object's field has active, inactive"
            ]),
        DriftCase(
            name: "an operation gone",
            modify: { $0.remove(["paths", "\(meters)/{id}/reactivate"]) },
            expected: [
                "\(meter):226:5: warning: \(version) has no operation reactivate (POST /v1/billing/meters/{id}/reactivate)"
            ]),
        DriftCase(
            name: "an operation that returns another object",
            modify: {
                $0.set(
                    [
                        "paths", "\(meters)/{id}/event_summaries", "get", "responses", "200",
                        "content", "application/json",
                        "schema", "properties", "data", "items", "$ref",
                    ], "#/components/schemas/billing.meter")
            },
            expected: [
                "\(meter):241:5: warning: \(version) returns billing.meter from event_summaries (GET /v1/billing/meters/{id}/event_summaries); the spec says billing.meter_event_summary"
            ]),
        DriftCase(
            name: "an object gone",
            modify: { $0.remove(["components", "schemas", "billing.meter_event_adjustment"]) },
            expected: [
                "spec/billing_meter_event_adjustment.yaml:5:1: warning: \(version) has no object schema 'billing.meter_event_adjustment' under components/schemas"
            ]),
    ]
}

/// `gen drift` against the reference subset and modified copies of it: every kind of difference,
/// each at the line of the spec it concerns; and nothing for the document the spec was written from.
struct DriftReportTests {
    @Test func theReferenceDocumentMatchesTheSpec() throws {
        let project = try TestProject()
        defer { project.remove() }
        let drift = try project.drift(DriftOpenAPIFixture())
        #expect(drift.drifts.map(\.description) == [])
        #expect(drift.objectsCompared == 4)
        #expect(drift.operationsCompared == 9)
        #expect(drift.openAPIVersion == "2026-09-30.endive")
        #expect(
            drift.notCompared.map(\.description) == [
                "spec/v2_billing_meter_event.yaml:7:1: note: v2.billing.meter_event not compared: "
                    + "OpenAPI 2026-09-30.endive has no /v2/ paths",
                "spec/v2_billing_meter_event_adjustment.yaml:7:1: note: v2.billing.meter_event_adjustment not compared: "
                    + "OpenAPI 2026-09-30.endive has no /v2/ paths",
                "spec/v2_billing_meter_event_session.yaml:7:1: note: v2.billing.meter_event_session not compared: "
                    + "OpenAPI 2026-09-30.endive has no /v2/ paths",
                "spec/v2_billing_meter_event_stream.yaml:7:1: note: v2.billing.meter_event_stream not compared: "
                    + "OpenAPI 2026-09-30.endive has no /v2/ paths",
            ])
    }

    @Test func aDocumentWithV2PathsComparesTheV2Objects() throws {
        let project = try TestProject()
        defer { project.remove() }
        var fixture = try DriftOpenAPIFixture()
        fixture.set(["paths", "/v2/core/events"], ["get": ["parameters": []]])
        let drift = try project.drift(fixture)
        #expect(drift.notCompared.isEmpty)
        #expect(drift.objectsCompared == 8)
        #expect(
            drift.drifts.map(\.description).contains(
                "spec/v2_billing_meter_event_session.yaml:7:1: warning: OpenAPI 2026-09-30.endive has no object schema "
                    + "'v2.billing.meter_event_session' under components/schemas"))
    }

    @Test(arguments: DriftCase.all) func eachDifferenceIsReportedWhereItIs(_ driftCase: DriftCase)
        throws
    {
        let project = try TestProject()
        defer { project.remove() }
        var fixture = try DriftOpenAPIFixture()
        driftCase.modify(&fixture)
        let drift = try project.drift(fixture)
        #expect(drift.drifts.map(\.description) == driftCase.expected)
    }

    @Test func objectsAndOperationsTheSpecDoesNotDescribeAreNotDrift() throws {
        let project = try TestProject()
        defer { project.remove() }
        var fixture = try DriftOpenAPIFixture()
        fixture.set(
            ["components", "schemas", "customer"],
            ["type": "object", "properties": ["id": ["type": "string"]]])
        fixture.set(
            ["paths", "/v1/customers"],
            [
                "get": [
                    "parameters": [["name": "limit", "in": "query", "schema": ["type": "integer"]]]
                ]
            ])
        #expect(try project.drift(fixture).drifts.isEmpty)
    }

    @Test func theJSONReportHasOneItemPerDifference() throws {
        let project = try TestProject()
        defer { project.remove() }
        var fixture = try DriftOpenAPIFixture()
        fixture.set(
            DriftOpenAPIFixture.property("billing.meter_event", "identifier") + ["maxLength"], 4000)
        let json = try DriftJSONReport(try project.drift(fixture)).encoded()
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let items = decoded?["drift"] as? [[String: Any]] ?? []
        #expect(items.count == 1)
        #expect(items.first?["kind"] as? String == "max_length")
        #expect(items.first?["file"] as? String == "spec/billing_meter_event.yaml")
        #expect(items.first?["line"] as? Int == 35)
        #expect(items.first?["applicable"] as? Bool == true)
        #expect(decoded?["openapi_version"] as? String == "2026-09-30.endive")
    }
}
