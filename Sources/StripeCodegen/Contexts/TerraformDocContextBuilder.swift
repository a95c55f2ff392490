/// Builds a Terraform resource's registry page from the spec: arguments, blocks and attributes
/// with their types, allowed values, limits and defaults, and the update rule.
struct TerraformDocContextBuilder {
    func file(for object: ObjectModel, _ terraform: TerraformModel) -> TerraformDocFileContext {
        let create = object.operations.first { $0.name == terraform.createOperation }
        let fields = object.fields.filter { !terraform.excludedFields.contains($0.name) }
        let configurable = fields.filter { $0.mutability != .readOnly }
        let ordered = configurable.filter(\.isRequired).sorted { $0.name < $1.name }
            + configurable.filter { !$0.isRequired }.sorted { $0.name < $1.name }
        let title = object.title.lowercased()
        return TerraformDocFileContext(
            header: "<!-- \(GeneratedFileHeader.marker)\(object.sourcePath) — do not edit. -->",
            resource: terraform.resource,
            pageDescription: "Creates and manages a Stripe \(title) with the \(terraform.resource) resource.",
            title: title,
            docsURL: object.docsURL,
            objectDescription: object.description,
            destroyNote: terraform.destroyNote,
            exampleLines: HCLExample.resourceLines(
                type: terraform.resource, name: terraform.resourceName, fields: ordered.filter(HCLExample.canShow)),
            arguments: ordered.map { argument($0, params: create?.params ?? []) },
            blocks: ordered.compactMap { field in
                guard case .object(let nested) = field.type else { return nil }
                let params = create?.params.first { $0.fieldName == field.name }?.nestedParams ?? []
                return TerraformDocBlockContext(
                    heading: field.name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }
                        .joined(separator: " "),
                    name: field.name,
                    arguments: nested.fields.sorted { ($0.isRequired ? 0 : 1, $0.name) < ($1.isRequired ? 0 : 1, $1.name) }
                        .map { argument($0, params: params) })
            },
            attributes: fields.sorted { $0.name < $1.name }.map(attribute),
            updatableList: fields.filter { $0.mutability == .updatable }.map { "`\($0.name)`" }
                .joined(separator: " and "),
            importAddress: "\(terraform.resource).\(terraform.resourceName)",
            importPlaceholder: "<\(terraform.resourceName)_\(terraform.importID)>")
    }

    /// An argument's bullet; `params` are the create request's, whose limits it states.
    private func argument(_ field: FieldModel, params: [ParamModel]) -> TerraformDocArgumentContext {
        let param = params.first { $0.fieldName == field.name }
        let text = "* `\(field.name)` - (\(field.isRequired ? "Required" : "Optional")) \(Self.typeName(of: field)). "
            + ([field.description] + TerraformSchemaTranslator.configurationNotes(of: field, param: param))
            .joined(separator: " ")
        return TerraformDocArgumentContext(line: text, valueLines: Self.valueLines(of: field))
    }

    private func attribute(_ field: FieldModel) -> TerraformDocArgumentContext {
        var text = "* `\(field.name)` - \(Self.typeName(of: field)). \(field.description)"
        if case .object(let nested) = field.type, field.mutability == .readOnly {
            text += " Its attributes: " + nested.fields.map { "`\($0.name)` (\(Self.typeName(of: $0)))" }
                .joined(separator: ", ") + "."
        }
        return TerraformDocArgumentContext(line: text, valueLines: Self.valueLines(of: field))
    }

    private static func valueLines(of field: FieldModel) -> [String] {
        guard case .enumeration(let model) = field.type else { return [] }
        return model.values.map { "  * `\($0.rawValue)` - \($0.meaning)" }
    }

    static func typeName(of field: FieldModel) -> String {
        switch field.type {
        case .string, .enumeration: "String"
        case .integer, .number: "Number"
        case .timestamp: "Number (Unix seconds)"
        case .boolean: "Bool"
        case .list: "List"
        case .map: "Map of String"
        case .object:
            field.mutability == .readOnly ? "List(Object)" : field.isRequired ? "Block, exactly one" : "Block, at most one"
        }
    }
}
