import StripeCodegen
/// A Terraform resource as configurations and state meet it, read from the resource's
/// `TerraformModel` and the schema translated from it.
struct TerraformResourceSurface: Sendable {
    /// `stripe_meter`.
    var name: String
    var providerAddress: String
    var schemaVersion: Int
    /// The spec file that describes it: `spec/billing_meter.yaml`.
    var sourcePath: String
    /// Every attribute and nested block, parents before their members.
    var entries: [TerraformSchemaEntry]
    /// What Terraform stores in state for it.
    var state: TerraformStateShape

    /// The resources of the provider generated from `model`, by name.
    static func resources(of model: SpecModel) -> [TerraformResourceSurface] {
        guard let translator = TerraformSchemaTranslator(model: model) else { return [] }
        let resources = model.terraformResources.sorted { $0.terraform.resource < $1.terraform.resource }
        return zip(resources, (0..<translator.resourceCount).map(translator.resource(at:))).map { resource, schema in
            var entries: [TerraformSchemaEntry] = []
            collect(resource.terraform.attributes, prefix: "", into: &entries)
            return TerraformResourceSurface(
                name: resource.terraform.resource, providerAddress: translator.providerAddress,
                schemaVersion: resource.terraform.schemaVersion, sourcePath: resource.object.sourcePath,
                entries: entries, state: TerraformStateShape(block: schema.block))
        }
    }

    /// The entries of `attributes` as the schema orders them: attributes by name, then blocks by
    /// name, each block followed by its members.
    private static func collect(
        _ attributes: [TerraformResourceAttribute], prefix: String, into entries: inout [TerraformSchemaEntry]
    ) {
        let sorted = attributes.sorted { $0.field.name < $1.field.name }
        for attribute in sorted where attribute.block == nil {
            let use: TerraformSchemaEntry.Use =
                switch attribute.use {
                case .required: .required
                case .optional, .optionalFilledInByStripe: .optional
                case .computed: .computed
                }
            entries.append(
                TerraformSchemaEntry(
                    path: prefix + attribute.field.name,
                    kind: .attribute(TerraformStateShape(TerraformSchemaTranslator.type(of: attribute.field.type))),
                    use: use, change: attribute.change))
        }
        for attribute in sorted {
            guard let block = attribute.block else { continue }
            let (nesting, maxItems) =
                switch block.nesting {
                case .list: ("list", 1)
                case .group: ("group", 0)
                }
            entries.append(
                TerraformSchemaEntry(
                    path: prefix + attribute.field.name, kind: .block(nesting: nesting, maxItems: maxItems),
                    use: attribute.use == .required ? .required : .optional, change: attribute.change))
            collect(block.attributes, prefix: prefix + attribute.field.name + ".", into: &entries)
        }
    }
}

/// An attribute or a nested block of a resource.
struct TerraformSchemaEntry: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case attribute(TerraformStateShape)
        /// `nesting` is `list` or `group`; `maxItems` 0 means no limit.
        case block(nesting: String, maxItems: Int)
    }

    /// What a configuration does with it.
    enum Use: Sendable, Equatable {
        /// Must set it (a block: must write it).
        case required
        /// May set it.
        case optional
        /// Cannot set it: Stripe does.
        case computed
    }

    /// `customer_mapping.type`.
    var path: String
    var kind: Kind
    var use: Use
    /// What a change to it does: its top-level field's rule.
    var change: AttributeChange

    /// The block it is in: `customer_mapping`; empty at the top level.
    var parentPath: String {
        path.lastIndex(of: ".").map { String(path[..<$0]) } ?? ""
    }

    /// `attribute`, `block`.
    var noun: String {
        if case .attribute = kind { "attribute" } else { "block" }
    }
}
