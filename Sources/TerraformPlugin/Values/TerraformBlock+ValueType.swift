import TerraformSchemas

extension TerraformBlock {
    /// The object type of this block's values: its attributes, and each nested block as a list,
    /// set, map or single object (a single block or a group) of its own block's type.
    public var valueType: TerraformType {
        var attributeTypes = attributes.mapValues(\.type)
        for (name, blockType) in blockTypes {
            let elementType = blockType.block.valueType
            attributeTypes[name] =
                switch blockType.nestingMode {
                case .single, .group: elementType
                case .list: .list(elementType)
                case .set: .set(elementType)
                case .map: .map(elementType)
                }
        }
        return .object(attributeTypes)
    }
}
