/// One spec file as written: every value keeps its location, nothing is checked yet beyond its
/// YAML shape. `SpecChecker` turns a set of these into the checked model.
package struct RawSpecFile: Sendable {
    /// The file's path as reported in diagnostics, e.g. `spec/billing_meter.yaml`.
    package var path: String
    /// The file's name in the spec folder, e.g. `billing_meter.yaml`.
    var fileName: String
    var location: SourceLocation
    package var apiVersion: Located<String>?
    /// `v1` or `v2`.
    package var api: Located<String>?
    package var object: Located<String>?
    var swiftName: Located<String>?
    var title: Located<String>?
    var docsURL: Located<String>?
    var description: Located<String>?
    package var fields: Located<[RawSchema]>?
    package var operations: [RawOperation] = []
    var terraform: RawTerraform?
}

/// A field of an object, a parameter of an operation, or the element of a list or map.
package struct RawSchema: Sendable {
    package var name: Located<String>
    package var type: Located<String>?
    var description: Located<String>?
    package var required: Located<Bool>?
    package var nullable: Located<Bool>?
    var mutability: Located<String>?
    package var maxLength: Located<Int>?
    package var minimum: Located<Int>?
    package var maximum: Located<Int>?
    /// For lists: the most elements a request may send.
    package var maxItems: Located<Int>?
    package var defaultValue: Located<String>?
    /// A value for the docs' examples.
    package var example: Located<String>?
    /// The entries of a map's example.
    var exampleEntries: Located<[(key: String, value: String)]>?
    var swiftTypeName: Located<String>?
    package var values: Located<[RawEnumValue]>?
    package var fields: Located<[RawSchema]>?
    /// For parameters: the parameter whose value this one's must exceed.
    var after: Located<String>?
    /// The element of a list or the value of a map: zero or one schema.
    var itemStorage: [RawSchema] = []

    package var items: RawSchema? { itemStorage.first }
}

/// One allowed value of an enum and what it means.
package struct RawEnumValue: Sendable {
    package var value: Located<String>
    var meaning: Located<String>
}

/// An API operation of an object.
package struct RawOperation: Sendable {
    package var name: Located<String>
    package var kind: Located<String>?
    package var method: Located<String>?
    package var path: Located<String>?
    var host: Located<String>?
    var auth: Located<String>?
    var summary: Located<String>?
    var description: Located<String>?
    package var returns: Located<String>?
    package var params: [RawSchema] = []
}

/// How the object is managed as a Terraform resource.
struct RawTerraform: Sendable {
    var location: SourceLocation
    var provider: Located<String>?
    var resource: Located<String>?
    var importID: Located<String>?
    var create: Located<String>?
    var read: Located<String>?
    var update: Located<String>?
    var destroy: Located<String>?
    var destroyNote: Located<String>?
    var destroyedStatus: Located<String>?
    var uniqueField: Located<String>?
    var list: Located<String>?
    var reactivate: Located<String>?
    var dataSource: Located<String>?
    var listDataSource: Located<String>?
    var changedByUpdate: [Located<String>] = []
    var exclude: [Located<String>] = []
    var schemaVersion: Located<Int>?
}
