/// Builds a Terraform resource's registry page from the spec: arguments, blocks and attributes
/// with their types, allowed values, limits and defaults, and the update rule.
struct TerraformDocContextBuilder {
    /// A field of the resource and its rule; nested fields take their top-level field's.
    private typealias Attribute = (field: FieldModel, rule: TerraformAttributeRule)

    func file(for object: ObjectModel, _ terraform: TerraformModel) -> TerraformDocFileContext {
        let create = terraform.create
        let fields: [Attribute] = terraform.attributes.compactMap { rule in
            object.fields.first { $0.name == rule.fieldName }.map { ($0, rule) }
        }
        let configurable = fields.filter { $0.rule.change != .computed }
        let ordered = configurable.filter(\.field.isRequired).sorted { $0.field.name < $1.field.name }
            + configurable.filter { !$0.field.isRequired }.sorted { $0.field.name < $1.field.name }
        let title = object.title.lowercased()
        return TerraformDocFileContext(
            header: "<!-- \(GeneratedFileHeader.marker)\(object.sourcePath) — do not edit. -->",
            resource: terraform.resource,
            pageDescription: "Creates and manages a Stripe \(title) with the \(terraform.resource) resource.",
            title: title,
            docsURL: object.docsURL,
            objectDescription: object.description,
            destroyNote: terraform.destroyNote,
            example: HCLExample.resource(
                type: terraform.resource, name: terraform.resourceName,
                fields: ordered.map(\.field).filter(HCLExample.canShow)),
            arguments: ordered.map { argument($0, params: create.params, isTopLevel: true) },
            blocks: ordered.compactMap { field, rule in
                guard case .object(let nested) = field.type else { return nil }
                let params = create.params.first { $0.fieldName == field.name }?.nestedParams ?? []
                return TerraformDocBlockContext(
                    heading: field.name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }
                        .joined(separator: " "),
                    name: field.name,
                    arguments: nested.fields.sorted { ($0.isRequired ? 0 : 1, $0.name) < ($1.isRequired ? 0 : 1, $1.name) }
                        .map { argument(($0, rule), params: params, isTopLevel: false) })
            },
            attributes: fields.sorted { $0.field.name < $1.field.name }.map(attribute),
            updatableList: fields.filter { $0.rule.change == .updatesInPlace }.map { "`\($0.field.name)`" }
                .joined(separator: " and "),
            importAddress: "\(terraform.resource).\(terraform.resourceName)",
            importPlaceholder: "<\(terraform.resourceName)_\(terraform.importID)>")
    }

    /// An argument's bullet; `params` are the create request's, whose limits it states.
    private func argument(_ attribute: Attribute, params: [ParamModel], isTopLevel: Bool) -> TerraformDocArgumentContext {
        let field = attribute.field
        let param = params.first { $0.fieldName == field.name }
        let filledIn = isTopLevel && attribute.rule.isFilledInByStripe ? [TerraformSchemaTranslator.filledInNote] : []
        let text = "* `\(field.name)` - (\(field.isRequired ? "Required" : "Optional")) \(Self.typeName(of: attribute)). "
            + ([field.description] + filledIn
                + TerraformSchemaTranslator.configurationNotes(of: field, param: param, change: attribute.rule.change))
            .joined(separator: " ")
        return TerraformDocArgumentContext(line: text, valueLines: Self.valueLines(of: field))
    }

    private func attribute(_ attribute: Attribute) -> TerraformDocArgumentContext {
        let field = attribute.field
        var text = "* `\(field.name)` - \(Self.typeName(of: attribute)). \(field.description)"
        if case .object(let nested) = field.type, attribute.rule.change == .computed {
            text += " Its attributes: " + nested.fields.map { "`\($0.name)` (\(Self.typeName(of: ($0, attribute.rule))))" }
                .joined(separator: ", ") + "."
        }
        return TerraformDocArgumentContext(line: text, valueLines: Self.valueLines(of: field))
    }

    private static func valueLines(of field: FieldModel) -> [String] {
        guard case .enumeration(let model) = field.type else { return [] }
        return model.values.map { "  * `\($0.rawValue)` - \($0.meaning)" }
    }

    private static func typeName(of attribute: Attribute) -> String {
        let field = attribute.field
        return switch field.type {
        case .string, .enumeration: "String"
        case .integer, .number: "Number"
        case .timestamp: "Number (Unix seconds)"
        case .boolean: "Bool"
        case .list: "List"
        case .map: "Map of String"
        case .object:
            attribute.rule.change == .computed
                ? "List(Object)" : field.isRequired ? "Block, exactly one" : "Block, at most one"
        }
    }
}
