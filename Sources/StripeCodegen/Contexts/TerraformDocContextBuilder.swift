/// Builds a Terraform resource's registry page from its `TerraformModel`, the one the schema is
/// translated from: arguments, blocks and attributes with their types, allowed values, limits,
/// what Stripe fills in, and the update rule.
struct TerraformDocContextBuilder {
    func file(for object: ObjectModel, _ terraform: TerraformModel) -> TerraformDocFileContext {
        let configurable = terraform.attributes.filter { $0.use != .computed }
        let ordered = Self.requiredFirst(configurable)
        let title = object.title.lowercased()
        return TerraformDocFileContext(
            header: "<!-- \(GeneratedFileHeader.marker)\(object.sourcePath) — do not edit. -->",
            resource: terraform.resource,
            pageDescription: "Creates and manages a Stripe \(title) with the \(terraform.resource) resource.",
            title: title,
            docsURL: object.docsURL,
            objectDescription: object.description,
            destroyNote: terraform.destroyNote,
            adoptionNote: terraform.adoption.map { Wording.adoption(of: $0, title: object.title.lowercased(), terraform) },
            example: HCLExample.resource(
                type: terraform.resource, name: terraform.resourceName,
                fields: ordered.map(\.field).filter(HCLExample.canShow)),
            arguments: ordered.map { argument($0, isNested: false) },
            blocks: ordered.compactMap { attribute in
                guard let block = attribute.block else { return nil }
                return TerraformDocBlockContext(
                    heading: attribute.field.name.split(separator: "_")
                        .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "),
                    name: attribute.field.name,
                    arguments: Self.requiredFirst(block.attributes).map { argument($0, isNested: true) })
            },
            attributes: terraform.attributes.sorted { $0.field.name < $1.field.name }.map(exported),
            updatableList: terraform.attributes.filter { $0.change == .updatesInPlace }.map { "`\($0.field.name)`" }
                .joined(separator: " and "),
            importAddress: "\(terraform.resource).\(terraform.resourceName)",
            importPlaceholder: "<\(terraform.resourceName)_\(terraform.importField.name)>")
    }

    /// Those a configuration must set first, then the others, each sorted by name.
    private static func requiredFirst(_ attributes: [TerraformResourceAttribute]) -> [TerraformResourceAttribute] {
        attributes.sorted { ($0.use == .required ? 0 : 1, $0.field.name) < ($1.use == .required ? 0 : 1, $1.field.name) }
    }

    /// An argument's bullet: required or optional as the schema has it, then what configuring it
    /// involves, worded as the schema's description words it.
    private func argument(_ attribute: TerraformResourceAttribute, isNested: Bool) -> TerraformDocArgumentContext {
        let use = attribute.use == .required ? "Required" : "Optional"
        let text = "* `\(attribute.field.name)` - (\(use)) \(Self.typeName(of: attribute)). "
            + ([attribute.field.description]
                + TerraformSchemaTranslator.configurationNotes(of: attribute, isNested: isNested))
            .joined(separator: " ")
        return TerraformDocArgumentContext(line: text, valueLines: Self.valueLines(of: attribute.field))
    }

    /// An exported attribute's bullet.
    private func exported(_ attribute: TerraformResourceAttribute) -> TerraformDocArgumentContext {
        let field = attribute.field
        var text = "* `\(field.name)` - \(Self.typeName(of: attribute)). \(field.description)"
        if case .object(let nested) = field.type, attribute.block == nil {
            text += " Its attributes: " + nested.fields.map { "`\($0.name)` (\(Self.typeName(of: $0.type)))" }
                .joined(separator: ", ") + "."
        }
        return TerraformDocArgumentContext(line: text, valueLines: Self.valueLines(of: field))
    }

    private static func valueLines(of field: FieldModel) -> [String] {
        guard case .enumeration(let model) = field.type else { return [] }
        return model.values.map { "  * `\($0.rawValue)` - \($0.meaning)" }
    }

    /// How a configuration writes the attribute, and how it is referenced: a block nested as a
    /// list is read as a list (`default_aggregation[0]`), one nested as a group as an object.
    private static func typeName(of attribute: TerraformResourceAttribute) -> String {
        switch attribute.block?.nesting {
        case .list?: attribute.use == .required ? "Block list, exactly one" : "Block list, at most one"
        case .group?: "Single block"
        case nil: typeName(of: attribute.field.type)
        }
    }

    private static func typeName(of type: FieldType) -> String {
        switch type {
        case .string, .enumeration: "String"
        case .integer, .number: "Number"
        case .timestamp: "Number (Unix seconds)"
        case .boolean: "Bool"
        case .list(.object, _), .object: "List of Object"
        case .list: "List"
        case .map: "Map of String"
        }
    }
}
