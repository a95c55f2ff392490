/// Builds the registry pages of an object's data sources from the schema the translator makes
/// of them, so that a page says what `schema.json` says.
struct TerraformDataSourceDocContextBuilder {
    /// The translator's data sources, translated once for every page.
    let dataSources: [TerraformSchemaModel.Resource]

    /// The page of the data source that finds one object.
    func lookupPage(for object: ObjectModel, _ terraform: TerraformModel, name: String) -> TerraformDataSourceDocFileContext {
        let title = object.title.lowercased()
        let attributes = attributes(of: name)
        let key = terraform.adoption?.field ?? terraform.importField
        let value = HCLExample.literal(of: key) ?? "\"<\(key.name)>\""
        return TerraformDataSourceDocFileContext(
            header: header(object),
            dataSource: name,
            pageDescription: "Reads one Stripe \(title) with the \(name) data source.",
            summary: "Use this data source to read one \(title), whether or not Terraform manages it, by "
                + ([terraform.importField.name] + (terraform.adoption.map { [$0.field.name] } ?? []))
                .map { "`\($0)`" }.joined(separator: " or ") + ". It has every attribute of the `\(terraform.resource)` resource.",
            example: HCLExample.dataSource(type: name, name: terraform.resourceName, arguments: [(key.name, value)]),
            arguments: attributes.filter(\.isOptional).map(bullet),
            attributes: attributes.filter { !$0.isOptional }.map(bullet))
    }

    /// The page of the data source that lists the objects.
    func listPage(for object: ObjectModel, _ terraform: TerraformModel, _ list: TerraformListDataSource) -> TerraformDataSourceDocFileContext {
        let title = object.title.lowercased()
        let attributes = attributes(of: list.name)
        let example: [(name: String, value: String)] = list.filters.prefix(1).compactMap { param in
            guard case .enumeration(let model) = param.type, let first = model.values.first else { return nil }
            return (param.name, "\"\(first.rawValue)\"")
        }
        return TerraformDataSourceDocFileContext(
            header: header(object),
            dataSource: list.name,
            pageDescription: "Lists Stripe \(title)s with the \(list.name) data source.",
            summary: "Use this data source to read every \(title), newest first, paging through Stripe's list; "
                + "`\(list.listAttribute)` holds them, each as an object with the attributes of the "
                + "`\(terraform.resource)` resource.",
            example: HCLExample.dataSource(type: list.name, name: list.listAttribute, arguments: example),
            arguments: attributes.filter(\.isOptional).map(bullet),
            attributes: attributes.filter { !$0.isOptional }.map(bullet))
    }

    private func attributes(of dataSource: String) -> [TerraformAttributeModel] {
        dataSources.first { $0.name == dataSource }?.block.attributes ?? []
    }

    private func header(_ object: ObjectModel) -> String {
        "<!-- \(GeneratedFileHeader.marker)\(object.sourcePath) — do not edit. -->"
    }

    /// `* `name` - (Optional) Type. Description`, as the schema describes it.
    private func bullet(_ attribute: TerraformAttributeModel) -> TerraformDocArgumentContext {
        let use = attribute.isOptional ? "(Optional) " : ""
        var line = "* `\(attribute.name)` - \(use)\(Self.typeName(of: attribute.type)). \(attribute.description)"
        if case .object(let members) = attribute.type {
            line += " Its attributes: " + members.map { "`\($0.name)` (\(Self.typeName(of: $0.type)))" }
                .joined(separator: ", ") + "."
        }
        return TerraformDocArgumentContext(line: line, valueLines: [])
    }

    private static func typeName(of type: TerraformTypeModel) -> String {
        switch type {
        case .string: "String"
        case .number: "Number"
        case .bool: "Bool"
        case .list(let element): "List of " + typeName(of: element)
        case .map(let element): "Map of " + typeName(of: element)
        case .object, .named: "Object"
        }
    }
}
