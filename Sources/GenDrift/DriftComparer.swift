import StripeCodegen
/// Compares the spec files with Stripe's OpenAPI document and collects every `Drift`. The rules
/// are written down once, in spec/README.md ("How `gen drift` compares").
struct DriftComparer {
    /// One spec file: what it says, and where each key of it is.
    struct SpecFile {
        var raw: RawSpecFile
        var map: SpecSourceMap
    }

    /// What the comparison of one file needs to know besides the spec: the OpenAPI object and
    /// the requests of its create and update operations.
    struct FileContext {
        var file: SpecFile
        var object: OpenAPISchema?
        var create: OpenAPIOperation?
        var update: OpenAPIOperation?

        func field(_ name: String) -> RawSchema? {
            file.raw.fields?.value.first { $0.name.value == name }
        }
    }

    let document: OpenAPIDocument
    let resolver: OpenAPISchemaResolver
    private(set) var drifts: [Drift] = []
    private(set) var operationsCompared = 0
    /// The objects left out because the document does not describe their API.
    private(set) var notCompared: [NotCompared] = []

    init(document: OpenAPIDocument) {
        self.document = document
        resolver = OpenAPISchemaResolver(document: document)
    }

    var version: String { document.version }

    /// Compares one file: its API version, its object's fields, and its operations.
    mutating func compare(_ file: SpecFile) throws {
        let raw = file.raw
        if let apiVersion = raw.apiVersion, apiVersion.value != version {
            report(
                .apiVersion, in: file, at: ["api_version"],
                "replaces API version \(apiVersion.value)",
                edits: [
                    edit(file, [], .set(key: "api_version", value: YAMLWriter.scalar(version)))
                ],
                review: "comments that name the old version are left as they are")
        }
        guard let objectName = raw.object?.value else { return }
        // Stripe publishes v2 in a document of its own: a v1 document that lacks v2 says nothing
        // of the v2 objects, and their absence from it is no drift.
        let api = raw.api?.value ?? StripeAPI.v1.rawValue
        guard document.paths.keys.contains(where: { $0.hasPrefix("/\(api)/") }) else {
            notCompared.append(
                NotCompared(
                    location: file.map.location(of: ["object"]), object: objectName,
                    reason: "OpenAPI \(version) has no /\(api)/ paths"))
            return
        }
        var context = FileContext(file: file)
        context.create = try requestOperation(of: raw, kind: "create")
        context.update = try requestOperation(of: raw, kind: "update")
        let object = try resolver.namedSchema(objectName)
        if let object, case .object(let properties, let required) = object.kind {
            context.object = object
            try compareMembers(
                raw.fields?.value ?? [], properties, required: required, at: ["fields"],
                subject: DriftSubject(name: ""),
                role: .field(alwaysReturned: true), context: context)
        } else {
            report(
                .objectMissing, in: file, at: ["object"],
                "has no object schema '\(objectName)' under components/schemas",
                review: "Stripe may have renamed or removed the object; edit the spec by hand")
        }
        for operation in raw.operations {
            try compare(operation, context: context)
        }
    }

    /// The OpenAPI operation behind the spec's operation of `kind`, if both exist.
    private func requestOperation(of raw: RawSpecFile, kind: String) throws -> OpenAPIOperation? {
        guard let operation = raw.operations.first(where: { $0.kind?.value == kind }),
            let method = operation.method?.value, let path = operation.path?.value
        else { return nil }
        return try OpenAPIOperation.find(method: method, path: path, in: document)
    }

    /// Records a difference: `message` follows "OpenAPI <version> ".
    mutating func report(
        _ kind: Drift.Kind, in file: SpecFile, at keyPath: [String], _ message: String,
        edits: [SpecEdit] = [],
        review: String? = nil
    ) {
        drifts.append(
            Drift(
                kind: kind, location: file.map.location(of: keyPath),
                message: "OpenAPI \(version) \(message)",
                review: review, edits: edits))
    }

    func edit(_ file: SpecFile, _ mapping: [String], _ change: SpecEdit.Change) -> SpecEdit {
        SpecEdit(file: file.raw.path, mapping: mapping, change: change)
    }

    mutating func countOperation() {
        operationsCompared += 1
    }
}
