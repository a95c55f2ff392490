import Foundation

@testable import GenDrift
@testable import StripeCodegen

/// The reference OpenAPI subset (`Tests/Fixtures/stripe-openapi-billing-meter.json`) as a JSON
/// tree that tests modify, written to a file for `gen drift` to read.
struct DriftOpenAPIFixture {
    static let url = TestProject.repository.appendingPathComponent(
        "Tests/Fixtures/stripe-openapi-billing-meter.json")

    private(set) var json: Any

    init() throws {
        json = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.url))
    }

    /// The key path of a schema's property under `components/schemas`.
    static func property(_ schema: String, _ name: String) -> [String] {
        ["components", "schemas", schema, "properties", name]
    }

    /// The key path of the form body of an operation.
    static func form(_ path: String, _ method: String = "post") -> [String] {
        [
            "paths", path, method, "requestBody", "content", "application/x-www-form-urlencoded",
            "schema",
        ]
    }

    /// The key path of the `parameters` entry named `name` (path and query parameters).
    func parameter(_ path: String, _ method: String, _ name: String) -> [String] {
        let keys = ["paths", path, method, "parameters"]
        let list = value(at: keys) as? [[String: Any]] ?? []
        let index = list.firstIndex { $0["name"] as? String == name } ?? -1
        return keys + [String(index)]
    }

    func value(at keys: [String]) -> Any? {
        keys.reduce(json as Any?) { node, key in
            if let object = node as? [String: Any] { return object[key] }
            if let array = node as? [Any], let index = Int(key), array.indices.contains(index) {
                return array[index]
            }
            return nil
        }
    }

    /// Changes the value at `keys` (created as `NSNull` when absent).
    mutating func edit(_ keys: [String], _ change: (inout Any) -> Void) {
        Self.edit(&json, keys[...], change)
    }

    mutating func set(_ keys: [String], _ value: Any) {
        edit(keys) { $0 = value }
    }

    mutating func remove(_ keys: [String]) {
        edit(Array(keys.dropLast())) { node in
            if var object = node as? [String: Any] {
                object[keys.last!] = nil
                node = object
            } else if var array = node as? [Any], let index = Int(keys.last!) {
                array.remove(at: index)
                node = array
            }
        }
    }

    /// Appends to the array at `keys`.
    mutating func append(_ keys: [String], _ value: Any) {
        edit(keys) { node in node = (node as? [Any] ?? []) + [value] }
    }

    /// Removes `value` from the array at `keys`.
    mutating func removeElement(_ keys: [String], _ value: String) {
        edit(keys) { node in node = (node as? [Any] ?? []).filter { $0 as? String != value } }
    }

    private static func edit(
        _ node: inout Any, _ keys: ArraySlice<String>, _ change: (inout Any) -> Void
    ) {
        guard let key = keys.first else { return change(&node) }
        if var object = node as? [String: Any] {
            var child = object[key] ?? NSNull()
            edit(&child, keys.dropFirst(), change)
            object[key] = child
            node = object
        } else if var array = node as? [Any], let index = Int(key), array.indices.contains(index) {
            edit(&array[index], keys.dropFirst(), change)
            node = array
        }
    }

    /// Writes the document into `project` as `openapi.json` and returns its path.
    func write(into project: TestProject) throws -> String {
        let url = project.root.appendingPathComponent("openapi.json")
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
            .write(to: url)
        return url.path
    }
}

extension TestProject {
    /// `gen drift` of this project's spec against `fixture`, messages naming `spec/…`.
    func drift(_ fixture: DriftOpenAPIFixture) throws -> SpecDrift {
        try SpecDrift(
            specDirectory: root.appendingPathComponent("spec").path, specDisplay: "spec",
            openAPIPath: try fixture.write(into: self), openAPIDisplay: "openapi.json")
    }
}
