import Yams

/// Parses the text of one spec file into a `RawSpecFile`, collecting every YAML and shape problem.
struct SpecFileParser {
    private let reader: YAMLNodeReader

    static let fileKeys = [
        "api_version", "object", "swift_name", "title", "docs_url", "description", "fields",
        "operations", "terraform",
    ]
    static let fieldKeys = [
        "type", "description", "required", "nullable", "mutability", "max_length", "minimum",
        "maximum", "default", "example", "swift_type_name", "values", "fields", "items",
    ]
    /// Parameters take the keys of fields, but for those that only describe the object, and can
    /// be ordered after another.
    static let paramKeys = fieldKeys.filter { !["nullable", "mutability"].contains($0) } + ["after"]
    static let operationKeys = ["kind", "method", "path", "summary", "description", "returns", "params"]
    static let terraformKeys = [
        "provider", "resource", "import_id", "create", "read", "update", "destroy", "destroy_note", "destroyed_status",
        "changed_by_update", "exclude", "schema_version",
    ]

    /// Parses `text`, read from `path`, into a raw file; every problem found goes to `log`.
    static func parse(_ text: String, path: String, fileName: String, log: DiagnosticLog) -> RawSpecFile? {
        SpecFileParser(reader: YAMLNodeReader(path: path, log: log)).parseDocument(text, path: path, fileName: fileName)
    }

    private func parseDocument(_ text: String, path: String, fileName: String) -> RawSpecFile? {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                reader.log.error("the spec file is empty", at: SourceLocation(file: path, line: 1, column: 1))
                return nil
            }
            root = node
        } catch {
            let (message, location) = YAMLErrorDescription.describe(error, path: path)
            reader.log.error(message, at: location)
            return nil
        }
        var file = RawSpecFile(path: path, fileName: fileName, location: reader.location(of: root))
        for (key, value) in reader.entries(of: root, allowed: Self.fileKeys, what: "a spec file") {
            switch key.value {
            case "api_version": file.apiVersion = reader.string(value, what: "'api_version'")
            case "object": file.object = reader.string(value, what: "'object'")
            case "swift_name": file.swiftName = reader.string(value, what: "'swift_name'")
            case "title": file.title = reader.string(value, what: "'title'")
            case "docs_url": file.docsURL = reader.string(value, what: "'docs_url'")
            case "description": file.description = reader.string(value, what: "'description'")
            case "fields": file.fields = schemas(value, keys: Self.fieldKeys, what: "field")
            case "operations": file.operations = operations(value)
            default: file.terraform = terraform(value, at: key.location)
            }
        }
        return file
    }

    /// A mapping of named schemas: the fields of an object or the parameters of an operation.
    private func schemas(_ node: Node, keys: [String], what: String) -> Located<[RawSchema]> {
        let list = reader.entries(of: node, allowed: nil, what: "the \(what)s").map { key, value in
            schema(value, name: key, keys: keys, what: what)
        }
        return Located(value: list, location: reader.location(of: node))
    }

    private func schema(_ node: Node, name: Located<String>, keys: [String], what: String) -> RawSchema {
        var schema = RawSchema(name: name)
        let subject = "\(what) '\(name.value)'"
        for (key, value) in reader.entries(of: node, allowed: keys, what: subject) {
            let valueWhat = "'\(key.value)' of \(subject)"
            switch key.value {
            case "type": schema.type = reader.string(value, what: valueWhat)
            case "description": schema.description = reader.string(value, what: valueWhat)
            case "required": schema.required = reader.bool(value, what: valueWhat)
            case "nullable": schema.nullable = reader.bool(value, what: valueWhat)
            case "mutability": schema.mutability = reader.string(value, what: valueWhat)
            case "max_length": schema.maxLength = reader.int(value, what: valueWhat)
            case "minimum": schema.minimum = reader.int(value, what: valueWhat)
            case "maximum": schema.maximum = reader.int(value, what: valueWhat)
            case "default": schema.defaultValue = reader.string(value, what: valueWhat)
            case "example" where value.mapping != nil:
                let entries = reader.entries(of: value, allowed: nil, what: valueWhat).compactMap { key, entry in
                    reader.string(entry, what: "'\(key.value)' of \(valueWhat)").map { (key.value, $0.value) }
                }
                schema.exampleEntries = Located(value: entries, location: reader.location(of: value))
            case "example": schema.example = reader.string(value, what: valueWhat)
            case "swift_type_name": schema.swiftTypeName = reader.string(value, what: valueWhat)
            case "values": schema.values = enumValues(value, what: valueWhat)
            case "fields": schema.fields = schemas(value, keys: keys, what: "field")
            case "after": schema.after = reader.string(value, what: valueWhat)
            default:
                let itemName = Located(value: "items", location: key.location)
                schema.itemStorage = [self.schema(value, name: itemName, keys: keys, what: "\(subject) items")]
            }
        }
        return schema
    }

    private func enumValues(_ node: Node, what: String) -> Located<[RawEnumValue]> {
        let values = reader.entries(of: node, allowed: nil, what: what).compactMap { key, value in
            reader.string(value, what: "the meaning of enum value '\(key.value)'").map {
                RawEnumValue(value: key, meaning: $0)
            }
        }
        return Located(value: values, location: reader.location(of: node))
    }

    private func operations(_ node: Node) -> [RawOperation] {
        reader.entries(of: node, allowed: nil, what: "'operations'").map { name, value in
            var operation = RawOperation(name: name)
            let subject = "operation '\(name.value)'"
            for (key, value) in reader.entries(of: value, allowed: Self.operationKeys, what: subject) {
                let valueWhat = "'\(key.value)' of \(subject)"
                switch key.value {
                case "kind": operation.kind = reader.string(value, what: valueWhat)
                case "method": operation.method = reader.string(value, what: valueWhat)
                case "path": operation.path = reader.string(value, what: valueWhat)
                case "summary": operation.summary = reader.string(value, what: valueWhat)
                case "description": operation.description = reader.string(value, what: valueWhat)
                case "returns": operation.returns = reader.string(value, what: valueWhat)
                default: operation.params = schemas(value, keys: Self.paramKeys, what: "parameter").value
                }
            }
            return operation
        }
    }

    private func terraform(_ node: Node, at location: SourceLocation) -> RawTerraform {
        var terraform = RawTerraform(location: location)
        for (key, value) in reader.entries(of: node, allowed: Self.terraformKeys, what: "'terraform'") {
            let what = "'terraform.\(key.value)'"
            switch key.value {
            case "provider": terraform.provider = reader.string(value, what: what)
            case "resource": terraform.resource = reader.string(value, what: what)
            case "import_id": terraform.importID = reader.string(value, what: what)
            case "create": terraform.create = reader.string(value, what: what)
            case "read": terraform.read = reader.string(value, what: what)
            case "update": terraform.update = reader.string(value, what: what)
            case "destroy": terraform.destroy = reader.string(value, what: what)
            case "destroy_note": terraform.destroyNote = reader.string(value, what: what)
            case "destroyed_status": terraform.destroyedStatus = reader.string(value, what: what)
            case "changed_by_update": terraform.changedByUpdate = reader.strings(value, what: what)
            case "exclude": terraform.exclude = reader.strings(value, what: what)
            default: terraform.schemaVersion = reader.int(value, what: what)
            }
        }
        return terraform
    }
}
