/// Translates the spec's Terraform resources into a provider schema, following each attribute's
/// `TerraformAttributeRule`: computed attributes are Stripe's, the others configurable, with what
/// a change does in their descriptions; object fields become blocks (at most one; at least one
/// when required; a group of optional, computed attributes when Stripe fills the block in).
struct TerraformSchemaTranslator: Sendable {
    let providerAddress: String
    private let resources: TerraformResourceSelection
    /// The positions in `resources` in the order of the resources' names.
    private let order: [Int]

    /// A translator of `model`'s resources, or `nil` when no object is a Terraform resource.
    init?(model: SpecModel) {
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
            resources: order.indices.map(resource(at:)))
    }

    /// How many resources the schema has.
    var resourceCount: Int { order.count }

    /// The schema's resource at `position` in the order of their names, translated now, so that
    /// a file can be made from the resources without holding all of them.
    func resource(at position: Int) -> TerraformSchemaModel.Resource {
        let (object, terraform) = resources[order[position]]
        return (terraform.resource, terraform.schemaVersion, block(for: object, terraform))
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

    private func block(for object: ObjectModel, _ terraform: TerraformModel) -> TerraformBlockModel {
        let fields = terraform.attributes.compactMap { rule in
            object.fields.first { $0.name == rule.fieldName }.map { (field: $0, rule: rule) }
        }
        return block(fields: fields, createParams: terraform.create.params)
    }

    /// `createParams` carry the create request's limits, which the descriptions state. Nested
    /// fields take their top-level field's rule: those of a block Stripe fills in are optional
    /// and computed, in a block nested as a group.
    private func block(fields: [(field: FieldModel, rule: TerraformAttributeRule)], createParams: [ParamModel])
        -> TerraformBlockModel
    {
        var attributes: [TerraformAttributeModel] = []
        var blockTypes: [TerraformBlockTypeModel] = []
        for (field, rule) in fields {
            let param = createParams.first { $0.fieldName == field.name }
            if case .object(let nested) = field.type, rule.change != .computed {
                blockTypes.append(
                    TerraformBlockTypeModel(
                        name: field.name, nesting: rule.isFilledInByStripe ? .group : .list,
                        block: block(fields: nested.fields.map { ($0, rule) }, createParams: param?.nestedParams ?? []),
                        minItems: field.isRequired ? 1 : 0,
                        maxItems: rule.isFilledInByStripe ? 0 : 1))
                continue
            }
            var attribute = TerraformAttributeModel(
                name: field.name, type: Self.type(of: field.type),
                description: Self.description(of: field, param: param, change: rule.change))
            switch rule.change {
            case .computed: attribute.isComputed = true
            case _ where rule.isFilledInByStripe:
                attribute.isOptional = true
                attribute.isComputed = true
            case _ where field.isRequired: attribute.isRequired = true
            default: attribute.isOptional = true
            }
            attributes.append(attribute)
        }
        return TerraformBlockModel(
            attributes: attributes.sorted { $0.name < $1.name }, blockTypes: blockTypes.sorted { $0.name < $1.name })
    }

    static func type(of type: FieldType) -> TerraformTypeModel {
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

    /// The field's description, with allowed values and their meanings, and its
    /// `configurationNotes`.
    static func description(of field: FieldModel, param: ParamModel?, change: AttributeChange) -> String {
        var text = field.description
        if case .enumeration(let values) = field.type {
            text += " One of: " + values.values.map { "`\($0.rawValue)` (\($0.meaning.trimmingSuffix("."))" + ")" }
                .joined(separator: ", ") + "."
        }
        return ([text] + configurationNotes(of: field, param: param, change: change)).joined(separator: " ")
    }

    /// What leaving out a field that Stripe fills in does, for the docs.
    static let filledInNote = "When a create leaves it out, Stripe fills it in; leaving it out keeps what the object has."

    /// What configuring the field involves, for the schema and the docs alike: the create
    /// request's length limit, the default, and what a change does.
    static func configurationNotes(of field: FieldModel, param: ParamModel?, change: AttributeChange) -> [String] {
        guard change != .computed else { return [] }
        var notes: [String] = []
        if let maxLength = (param?.constraints ?? field.constraints).maxLength {
            notes.append("At most \(maxLength) characters.")
        }
        if let defaultValue = field.defaultValue {
            notes.append("Defaults to `\(defaultValue)`.")
        }
        notes.append(change == .forcesReplacement ? "Changing it forces a new resource." : "Updates in place.")
        return notes
    }
}

extension String {
    /// The text without `suffix` at its end.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
