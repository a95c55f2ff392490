import Foundation
import GenDrift
import StripeCodegen

/// `gen drift` on a document the size of Stripe's full `spec3.json` (about 8 MB): the reference
/// subset plus filler schemas and paths that the spec does not describe. Returns false when the
/// comparison takes a second or more.
func benchmarkDrift() throws -> Bool {
    let fixture = repository.appendingPathComponent(
        "Tests/Fixtures/stripe-openapi-billing-meter.json")
    guard
        var document = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture))
            as? [String: Any],
        var paths = document["paths"] as? [String: Any],
        var components = document["components"] as? [String: Any],
        var schemas = components["schemas"] as? [String: Any]
    else { throw CocoaError(.fileReadCorruptFile) }
    let prose = String(
        repeating: "Filler text that reads like one of Stripe's field descriptions. ", count: 6)
    for index in 0..<420 {
        var properties: [String: Any] = [:]
        for field in 0..<40 {
            properties["field_\(field)"] = [
                "type": "string", "maxLength": 5000, "description": prose,
            ]
        }
        schemas["filler_object_\(index)"] = [
            "type": "object", "properties": properties, "description": prose,
        ]
        paths["/v1/filler_\(index)"] = [
            "get": [
                "parameters": [["name": "limit", "in": "query", "schema": ["type": "integer"]]],
                "responses": [
                    "200": [
                        "content": [
                            "application/json": [
                                "schema": ["$ref": "#/components/schemas/filler_object_\(index)"]
                            ]
                        ]
                    ]
                ],
            ]
        ]
    }
    components["schemas"] = schemas
    document["components"] = components
    document["paths"] = paths
    let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted])
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
        "gen-bench-openapi-\(UUID().uuidString).json")
    try data.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }

    let clock = ContinuousClock()
    var drifts = 0
    let best = try (0..<3).map { _ in
        try clock.measure {
            drifts = try SpecDrift(
                specDirectory: repository.appendingPathComponent("spec").path, specDisplay: "spec",
                openAPIPath: file.path, openAPIDisplay: file.lastPathComponent
            ).drifts.count
        }
    }.min()!
    let seconds = Double(best.components.attoseconds) / 1e18 + Double(best.components.seconds)
    print("gen drift on a \(data.count / 1_000_000) MB OpenAPI document (\(drifts) differences):")
    print("  \(String(format: "%.3f", seconds)) s (best of 3)")
    return seconds < 1
}
