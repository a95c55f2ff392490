import TerraformSchemas

extension TerraformSchemaModel {
    /// The schema as the runtime's `Codable` model of `terraform providers schema -json`, which
    /// `Generated/terraform/schema.json` is encoded from and the provider's tests decode.
    var providerSchemas: TerraformProviderSchemas {
        TerraformProviderSchemas(providerSchemas: [
            providerAddress: TerraformProviderSchema(
                provider: TerraformSchema(block: provider.runtimeBlock),
                resourceSchemas: Dictionary(
                    uniqueKeysWithValues: resources.map {
                        ($0.name, TerraformSchema(version: $0.version, block: $0.block.runtimeBlock))
                    }),
                dataSourceSchemas: Dictionary(
                    uniqueKeysWithValues: dataSources.map {
                        ($0.name, TerraformSchema(version: $0.version, block: $0.block.runtimeBlock))
                    }))
        ])
    }
}

extension TerraformBlockModel {
    fileprivate var runtimeBlock: TerraformBlock {
        TerraformBlock(
            attributes: Dictionary(
                uniqueKeysWithValues: attributes.map { attribute in
                    (
                        attribute.name,
                        TerraformAttribute(
                            type: attribute.type.runtimeType, description: attribute.description,
                            required: attribute.isRequired, optional: attribute.isOptional,
                            computed: attribute.isComputed, sensitive: attribute.isSensitive)
                    )
                }),
            blockTypes: Dictionary(
                uniqueKeysWithValues: blockTypes.map { blockType in
                    (
                        blockType.name,
                        TerraformBlockType(
                            nestingMode: blockType.nesting.runtimeNestingMode, block: blockType.block.runtimeBlock,
                            minItems: blockType.minItems, maxItems: blockType.maxItems)
                    )
                }))
    }
}

extension TerraformBlockTypeModel.Nesting {
    fileprivate var runtimeNestingMode: TerraformBlockType.NestingMode {
        switch self {
        case .list: .list
        case .group: .group
        }
    }
}

extension TerraformTypeModel {
    fileprivate var runtimeType: TerraformType {
        switch self {
        case .string: .string
        case .number: .number
        case .bool: .bool
        case .list(let element): .list(element.runtimeType)
        case .map(let element): .map(element.runtimeType)
        case .object(let attributes):
            .object(Dictionary(uniqueKeysWithValues: attributes.map { ($0.name, $0.type.runtimeType) }))
        case .named(_, let type): type.runtimeType
        }
    }
}
