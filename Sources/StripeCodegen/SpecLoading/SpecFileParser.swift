/// Parses the text of one spec file into a `RawSpecFile`, collecting every YAML and shape problem.
struct SpecFileParser {
    private let reader: YAMLNodeReader

    /// The keys of a spec file. Each key is one case, so a key cannot be added without being read.
    enum FileKey: String, CaseIterable {
        case apiVersion = "api_version", api, object, swiftName = "swift_name", title, docsURL = "docs_url"
        case description, fields, operations, terraform
    }

    /// The keys of a field or parameter.
    enum SchemaKey: String, CaseIterable {
        case type, description, required, nullable, mutability, maxLength = "max_length", minimum
        case maximum, maxItems = "max_items", defaultValue = "default", example, swiftTypeName = "swift_type_name", values
        case fields, items, after
    }

    /// Fields take every schema key but `after`; parameters take the keys of fields, but for
    /// those that only describe the object, and can be ordered after another.
    static let fieldKeys = SchemaKey.allCases.filter { $0 != .after }
    static let paramKeys = SchemaKey.allCases.filter { ![.nullable, .mutability].contains($0) }

    enum OperationKey: String, CaseIterable {
        case kind, method, path, host, auth, summary, description, returns, params
    }

    enum TerraformKey: String, CaseIterable {
        case provider, resource, importID = "import_id", create, read, update, destroy
        case destroyNote = "destroy_note", destroyedStatus = "destroyed_status", unique, list, reactivate
        case dataSource = "data_source", listDataSource = "list_data_source"
        case changedByUpdate = "changed_by_update", exclude, schemaVersion = "schema_version"
    }

    /// Reads the YAML `root` of the file at `path` into a raw file; every problem found goes to `log`.
    static func parse(_ root: YAMLNode, path: String, fileName: String, log: DiagnosticLog) -> RawSpecFile {
        SpecFileParser(reader: YAMLNodeReader(path: path, log: log)).parseDocument(root, path: path, fileName: fileName)
    }

    private func parseDocument(_ root: YAMLNode, path: String, fileName: String) -> RawSpecFile {
        var file = RawSpecFile(path: path, fileName: fileName, location: reader.location(of: root))
        for (key, name, value) in reader.entries(of: root, keys: FileKey.allCases, what: "a spec file") {
            let what = "'\(name.value)'"
            switch key {
            case .apiVersion: file.apiVersion = reader.string(value, what: what)
            case .api: file.api = reader.string(value, what: what)
            case .object: file.object = reader.string(value, what: what)
            case .swiftName: file.swiftName = reader.string(value, what: what)
            case .title: file.title = reader.string(value, what: what)
            case .docsURL: file.docsURL = reader.string(value, what: what)
            case .description: file.description = reader.string(value, what: what)
            case .fields: file.fields = schemas(value, keys: Self.fieldKeys, what: "field")
            case .operations: file.operations = operations(value)
            case .terraform: file.terraform = terraform(value, at: name.location)
            }
        }
        return file
    }

    /// A mapping of named schemas: the fields of an object or the parameters of an operation.
    private func schemas(_ node: YAMLNode, keys: [SchemaKey], what: String) -> Located<[RawSchema]> {
        let list = reader.entries(of: node, allowed: nil, what: "the \(what)s").map { key, value in
            schema(value, name: key, keys: keys, what: what)
        }
        return Located(value: list, location: reader.location(of: node))
    }

    private func schema(_ node: YAMLNode, name: Located<String>, keys: [SchemaKey], what: String) -> RawSchema {
        var schema = RawSchema(name: name)
        let subject = "\(what) '\(name.value)'"
        for (key, keyName, value) in reader.entries(of: node, keys: keys, what: subject) {
            let valueWhat = "'\(keyName.value)' of \(subject)"
            switch key {
            case .type: schema.type = reader.string(value, what: valueWhat)
            case .description: schema.description = reader.string(value, what: valueWhat)
            case .required: schema.required = reader.bool(value, what: valueWhat)
            case .nullable: schema.nullable = reader.bool(value, what: valueWhat)
            case .mutability: schema.mutability = reader.string(value, what: valueWhat)
            case .maxLength: schema.maxLength = reader.int(value, what: valueWhat)
            case .minimum: schema.minimum = reader.int(value, what: valueWhat)
            case .maximum: schema.maximum = reader.int(value, what: valueWhat)
            case .maxItems: schema.maxItems = reader.int(value, what: valueWhat)
            case .defaultValue: schema.defaultValue = reader.string(value, what: valueWhat)
            case .example where value.mapping != nil:
                let entries = reader.entries(of: value, allowed: nil, what: valueWhat).compactMap { key, entry in
                    reader.string(entry, what: "'\(key.value)' of \(valueWhat)").map { (key.value, $0.value) }
                }
                schema.exampleEntries = Located(value: entries, location: reader.location(of: value))
            case .example: schema.example = reader.string(value, what: valueWhat)
            case .swiftTypeName: schema.swiftTypeName = reader.string(value, what: valueWhat)
            case .values: schema.values = enumValues(value, what: valueWhat)
            case .fields: schema.fields = schemas(value, keys: keys, what: "field")
            case .after: schema.after = reader.string(value, what: valueWhat)
            case .items:
                let itemName = Located(value: "items", location: keyName.location)
                schema.itemStorage = [self.schema(value, name: itemName, keys: keys, what: "\(subject) items")]
            }
        }
        return schema
    }

    private func enumValues(_ node: YAMLNode, what: String) -> Located<[RawEnumValue]> {
        let values = reader.entries(of: node, allowed: nil, what: what).compactMap { key, value in
            reader.string(value, what: "the meaning of enum value '\(key.value)'").map {
                RawEnumValue(value: key, meaning: $0)
            }
        }
        return Located(value: values, location: reader.location(of: node))
    }

    private func operations(_ node: YAMLNode) -> [RawOperation] {
        reader.entries(of: node, allowed: nil, what: "'operations'").map { name, value in
            var operation = RawOperation(name: name)
            let subject = "operation '\(name.value)'"
            for (key, keyName, value) in reader.entries(of: value, keys: OperationKey.allCases, what: subject) {
                let valueWhat = "'\(keyName.value)' of \(subject)"
                switch key {
                case .kind: operation.kind = reader.string(value, what: valueWhat)
                case .method: operation.method = reader.string(value, what: valueWhat)
                case .path: operation.path = reader.string(value, what: valueWhat)
                case .host: operation.host = reader.string(value, what: valueWhat)
                case .auth: operation.auth = reader.string(value, what: valueWhat)
                case .summary: operation.summary = reader.string(value, what: valueWhat)
                case .description: operation.description = reader.string(value, what: valueWhat)
                case .returns: operation.returns = reader.string(value, what: valueWhat)
                case .params: operation.params = schemas(value, keys: Self.paramKeys, what: "parameter").value
                }
            }
            return operation
        }
    }

    private func terraform(_ node: YAMLNode, at location: SourceLocation) -> RawTerraform {
        var terraform = RawTerraform(location: location)
        for (key, name, value) in reader.entries(of: node, keys: TerraformKey.allCases, what: "'terraform'") {
            let what = "'terraform.\(name.value)'"
            switch key {
            case .provider: terraform.provider = reader.string(value, what: what)
            case .resource: terraform.resource = reader.string(value, what: what)
            case .importID: terraform.importID = reader.string(value, what: what)
            case .create: terraform.create = reader.string(value, what: what)
            case .read: terraform.read = reader.string(value, what: what)
            case .update: terraform.update = reader.string(value, what: what)
            case .destroy: terraform.destroy = reader.string(value, what: what)
            case .destroyNote: terraform.destroyNote = reader.string(value, what: what)
            case .destroyedStatus: terraform.destroyedStatus = reader.string(value, what: what)
            case .unique: terraform.uniqueField = reader.string(value, what: what)
            case .list: terraform.list = reader.string(value, what: what)
            case .reactivate: terraform.reactivate = reader.string(value, what: what)
            case .dataSource: terraform.dataSource = reader.string(value, what: what)
            case .listDataSource: terraform.listDataSource = reader.string(value, what: what)
            case .changedByUpdate: terraform.changedByUpdate = reader.strings(value, what: what)
            case .exclude: terraform.exclude = reader.strings(value, what: what)
            case .schemaVersion: terraform.schemaVersion = reader.int(value, what: what)
            }
        }
        return terraform
    }
}
