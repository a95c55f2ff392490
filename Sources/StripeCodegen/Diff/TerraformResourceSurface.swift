/// A Terraform resource as configurations and state meet it, read from the same schema model as
/// the provider's schema (`TerraformSchemaTranslator`) and from the attributes' rules.
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
        guard let schema = TerraformSchemaTranslator(model: model)?.schema() else { return [] }
        return schema.resources.compactMap { resource in
            guard
                let (object, terraform) = model.terraformResources.first(where: {
                    $0.terraform.resource == resource.name
                })
            else { return nil }
            var entries: [TerraformSchemaEntry] = []
            collect(resource.block, prefix: "", terraform: terraform, into: &entries)
            return TerraformResourceSurface(
                name: resource.name, providerAddress: schema.providerAddress,
                schemaVersion: resource.version,
                sourcePath: object.sourcePath, entries: entries,
                state: TerraformStateShape(block: resource.block))
        }
    }

    private static func collect(
        _ block: TerraformBlockModel, prefix: String, terraform: TerraformModel,
        into entries: inout [TerraformSchemaEntry]
    ) {
        // Nested attributes and blocks follow their top-level field's rule.
        func change(of name: String) -> AttributeChange {
            let topLevel = prefix.isEmpty ? name : String(prefix.prefix { $0 != "." })
            return terraform.rule(for: topLevel)?.change ?? .computed
        }
        for attribute in block.attributes {
            let use: TerraformSchemaEntry.Use =
                attribute.isRequired ? .required : attribute.isOptional ? .optional : .computed
            entries.append(
                TerraformSchemaEntry(
                    path: prefix + attribute.name,
                    kind: .attribute(TerraformStateShape(attribute.type)), use: use,
                    change: change(of: attribute.name)))
        }
        for blockType in block.blockTypes {
            entries.append(
                TerraformSchemaEntry(
                    path: prefix + blockType.name,
                    kind: .block(nesting: blockType.nesting.rawValue, maxItems: blockType.maxItems),
                    use: blockType.minItems > 0 ? .required : .optional,
                    change: change(of: blockType.name)))
            collect(
                blockType.block, prefix: prefix + blockType.name + ".", terraform: terraform,
                into: &entries)
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
