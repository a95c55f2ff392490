/// Translates the spec's Terraform resources into a provider schema, each attribute as its
/// `TerraformResourceAttribute` says: computed attributes are Stripe's, the others configurable, with what
/// a change does in their descriptions; blocks are lists of at most one (exactly one when
/// required), or groups of optional, computed attributes when Stripe fills the block in.
package struct TerraformSchemaTranslator: Sendable {
    package let providerAddress: String
    private let resources: TerraformResourceSelection
    /// The positions in `resources` in the order of the resources' names.
    private let order: [Int]

    /// A translator of `model`'s resources, or `nil` when no object is a Terraform resource.
    package init?(model: SpecModel) {
        let resources = model.terraformResources
        guard let address = resources.first?.terraform.providerAddress else { return nil }
        self.resources = resources
        providerAddress = address
        let names = resources.map(\.terraform.resource)
        order = resources.indices.sorted { names[$0] < names[$1] }
    }

    /// The provider's schema.
    func schema() -> TerraformSchemaModel {
        TerraformSchemaModel(
            providerAddress: providerAddress, provider: Self.providerBlock,
            resources: order.indices.map(resource(at:)), dataSources: dataSources())
    }

    /// Every resource's data sources, sorted by name.
    func dataSources() -> [TerraformSchemaModel.Resource] {
        order.indices.flatMap { position in
            let terraform = terraform(at: position)
            var sources: [TerraformSchemaModel.Resource] = []
            if let name = terraform.dataSource {
                sources.append((name, 0, lookupBlock(terraform)))
            }
            if let list = terraform.listDataSource {
                sources.append((list.name, 0, listBlock(terraform, list)))
            }
            return sources
        }.sorted { $0.name < $1.name }
    }

    /// One object, found by its import field or its unique field (exactly one of them); every
    /// other attribute is read. Nested objects are attributes of object type.
    private func lookupBlock(_ terraform: TerraformModel) -> TerraformBlockModel {
        let keys = [terraform.importField] + (terraform.adoption.map { [$0.field] } ?? [])
        let choice = keys.map { "`\($0.name)`" }.joined(separator: " or ")
        let attributes = terraform.attributes.map { attribute in
            var schemaAttribute = TerraformAttributeModel(
                name: attribute.field.name, type: Self.readType(of: attribute.field.type),
                description: Self.readDescription(of: attribute.field), isComputed: true)
            if keys.contains(where: { $0 === attribute.field }) {
                schemaAttribute.isOptional = true
                if keys.count > 1 { schemaAttribute.description += " Set exactly one of \(choice)." }
            }
            return schemaAttribute
        }
        return TerraformBlockModel(attributes: attributes.sorted { $0.name < $1.name }, blockTypes: [])
    }

    /// Every object the list operation returns, filtered by its enum parameters.
    private func listBlock(_ terraform: TerraformModel, _ list: TerraformListDataSource) -> TerraformBlockModel {
        let objectType = TerraformTypeModel.named(
            TerraformModel.readObjectTypeName(terraform.resource),
            .object(terraform.attributes.map { ($0.field.name, Self.readType(of: $0.field.type)) }.sorted { $0.0 < $1.0 }))
        let filters = list.filters.map { param in
            TerraformAttributeModel(
                name: param.name, type: .string,
                description: param.description + Self.valuesPhrase(of: param.type), isOptional: true)
        }
        let objects = TerraformAttributeModel(
            name: list.listAttribute, type: .list(objectType),
            description: "The \(terraform.resource) objects, newest first, each with the attributes of the "
                + "`\(terraform.resource)` resource.",
            isComputed: true)
        return TerraformBlockModel(attributes: (filters + [objects]).sorted { $0.name < $1.name }, blockTypes: [])
    }

    /// The type of a field that a data source reads: as in a resource, but a nested object is
    /// one object, not a block.
    static func readType(of type: FieldType) -> TerraformTypeModel {
        switch type {
        case .object(let nested):
            .object(nested.fields.map { ($0.name, readType(of: $0.type)) }.sorted { $0.0 < $1.0 })
        case .list(let element, _): .list(readType(of: element))
        case .map(let value, _): .map(readType(of: value))
        default: self.type(of: type)
        }
    }

    /// A field's description, with its enum values, for a data source that reads it.
    static func readDescription(of field: FieldModel) -> String {
        field.description + valuesPhrase(of: field.type)
    }

    /// ` One of: `a` (meaning), `b` (meaning).` for an enum; nothing otherwise.
    private static func valuesPhrase(of type: FieldType) -> String {
        guard case .enumeration(let values) = type else { return "" }
        return " One of: " + values.values.map { "`\($0.rawValue)` (\($0.meaning.trimmingSuffix("."))" + ")" }
            .joined(separator: ", ") + "."
    }

    /// How many resources the schema has.
    package var resourceCount: Int { order.count }

    /// The schema's resource at `position` in the order of their names, translated now, so that
    /// a file can be made from the resources without holding all of them.
    package func resource(at position: Int) -> TerraformSchemaModel.Resource {
        let terraform = terraform(at: position)
        return (terraform.resource, terraform.schemaVersion, block(terraform.attributes, isNested: false))
    }

    /// The resource at `position` in the order of their names, as the spec models it.
    func terraform(at position: Int) -> TerraformModel {
        resources[order[position]].terraform
    }

    /// The provider's own configuration.
    static let providerBlock = TerraformBlockModel(
        attributes: [
            TerraformAttributeModel(
                name: "api_base", type: .string,
                description: "The base URL of Stripe's API: `https://api.stripe.com` unless set, for example to a "
                    + "local server in tests.",
                isOptional: true),
            TerraformAttributeModel(
                name: "api_key", type: .string,
                description: "The Stripe secret API key. Falls back to the `STRIPE_API_KEY` environment variable.",
                isOptional: true, isSensitive: true),
        ],
        blockTypes: [])

    /// The schema of `attributes`, each as its `TerraformResourceAttribute` decided; `isNested` when they
    /// are a block's.
    private func block(_ attributes: [TerraformResourceAttribute], isNested: Bool) -> TerraformBlockModel {
        var schemaAttributes: [TerraformAttributeModel] = []
        var blockTypes: [TerraformBlockTypeModel] = []
        for attribute in attributes {
            if let block = attribute.block {
                let (nesting, maxItems): (TerraformBlockTypeModel.Nesting, Int) =
                    switch block.nesting {
                    case .list: (.list, 1)
                    case .group: (.group, 0)
                    }
                blockTypes.append(
                    TerraformBlockTypeModel(
                        name: attribute.field.name, nesting: nesting,
                        block: self.block(block.attributes, isNested: true),
                        minItems: attribute.use == .required ? 1 : 0, maxItems: maxItems))
                continue
            }
            var schemaAttribute = TerraformAttributeModel(
                name: attribute.field.name, type: Self.type(of: attribute.field.type),
                description: Self.description(of: attribute, isNested: isNested))
            switch attribute.use {
            case .computed: schemaAttribute.isComputed = true
            case .optionalFilledInByStripe:
                schemaAttribute.isOptional = true
                schemaAttribute.isComputed = true
            case .required: schemaAttribute.isRequired = true
            case .optional: schemaAttribute.isOptional = true
            }
            schemaAttributes.append(schemaAttribute)
        }
        return TerraformBlockModel(
            attributes: schemaAttributes.sorted { $0.name < $1.name }, blockTypes: blockTypes.sorted { $0.name < $1.name })
    }

    package static func type(of type: FieldType) -> TerraformTypeModel {
        switch type {
        case .string, .enumeration: .string
        case .integer, .number, .timestamp: .number
        case .boolean: .bool
        case .list(let element, _): .list(self.type(of: element))
        case .map(let value, _): .map(self.type(of: value))
        case .object(let nested):
            .list(.object(nested.fields.map { ($0.name, self.type(of: $0.type)) }.sorted { $0.0 < $1.0 }))
        }
    }

    /// The attribute's description, with allowed values and their meanings, and its
    /// `configurationNotes`.
    static func description(of attribute: TerraformResourceAttribute, isNested: Bool) -> String {
        ([readDescription(of: attribute.field)] + configurationNotes(of: attribute, isNested: isNested))
            .joined(separator: " ")
    }

    /// What configuring the attribute involves, for the schema and the docs alike: the create
    /// request's limits, what Stripe does when it is left out, and what a change does. `isNested`
    /// when it is an attribute of a block.
    static func configurationNotes(of attribute: TerraformResourceAttribute, isNested: Bool) -> [String] {
        guard let change = Wording.change(attribute.change) else { return [] }
        let field = attribute.field
        let limits = attribute.createParam.map(\.limitPhrases) ?? Wording.limitPhrases(of: field.type, field.constraints)
        var notes = limits.map(Wording.sentence)
        switch attribute.use {
        case .optionalFilledInByStripe where isNested:
            if field.isRequired { notes.append(Wording.neededInWrittenBlock) }
            if let defaultValue = field.defaultValue { notes.append(Wording.filledInValue(defaultValue)) }
        case .optionalFilledInByStripe:
            notes.append(Wording.filledInByStripe)
        default:
            if let defaultValue = field.defaultValue { notes.append(Wording.defaultValue(defaultValue)) }
        }
        notes.append(change)
        return notes
    }
}

extension String {
    /// The text without `suffix` at its end.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
