/// Formats a provider schema for the Swift value's template.
struct TerraformSchemaContextBuilder {
    /// Where the arguments of an outermost block's attributes start.
    private static let firstArgumentColumn = 20

    /// The file's context, whose resources are translated one at a time as they are rendered.
    func file(for translator: TerraformSchemaTranslator, source: String) -> TerraformSchemaFileContext {
        let dataSources = translator.dataSources()
        return TerraformSchemaFileContext(
            swiftHeader: GeneratedFileHeader.swift(source: source),
            providerAddress: translator.providerAddress,
            documentation: "The schema of the `\(translator.providerAddress)` provider, as `terraform providers schema -json` "
                    + "prints it. `Generated/terraform/schema.json` is rendered from the same spec and context.",
            provider: block(TerraformSchemaTranslator.providerBlock, depth: 0),
            resources: LazyContextList(count: translator.resourceCount) { position in
                let resource = translator.resource(at: position)
                return TerraformResourceContext(
                    name: resource.name,
                    version: resource.version,
                    blockPropertyName: translator.terraform(at: position).schemaBlockPropertyName,
                    block: block(resource.block, depth: 0))
            },
            dataSources: dataSources.map { dataSource in
                TerraformResourceContext(
                    name: dataSource.name, version: dataSource.version,
                    blockPropertyName: TerraformModel.dataSourceBlockPropertyName(dataSource.name),
                    block: block(dataSource.block, depth: 0))
            },
            namedTypes: namedTypes(in: dataSources))
    }

    /// Each named object type of `dataSources` once, in the order they are met.
    private func namedTypes(in dataSources: [TerraformSchemaModel.Resource]) -> [TerraformNamedTypeContext] {
        var seen: Set<String> = []
        var types: [TerraformNamedTypeContext] = []
        for dataSource in dataSources {
            for (name, type) in dataSource.block.attributes.flatMap(\.type.namedTypes) where seen.insert(name).inserted {
                guard case .object(let attributes) = type else { continue }
                types.append(
                    TerraformNamedTypeContext(
                        name: name,
                        members: attributes.map { "\"\(SwiftTypeName.stringLiteralContents($0.name))\": \($0.type.swift)" }))
            }
        }
        return types
    }

    /// `depth` is how many blocks the block is nested in, which decides where its lines start and so
    /// how long they may be; the templates indent them.
    private func block(_ block: TerraformBlockModel, depth: Int) -> TerraformBlockContext {
        TerraformBlockContext(
            attributes: block.attributes.map { attribute(of: $0, depth: depth) },
            blockTypes: block.blockTypes.map { blockType in
                TerraformBlockTypeContext(
                    name: blockType.name,
                    nestingMode: blockType.nesting.rawValue,
                    block: self.block(blockType.block, depth: depth + 1),
                    limits: [("minItems", blockType.minItems), ("maxItems", blockType.maxItems)]
                        .filter { $0.1 != 0 }.map { .init(name: $0.0, value: $0.1) })
            })
    }

    /// The attribute's arguments start `Self.firstArgumentColumn` spaces in, and each nested
    /// block's 12 further, as the templates indent them; the description stays on its line when
    /// it fits there, with its comma.
    private func attribute(of attribute: TerraformAttributeModel, depth: Int) -> TerraformAttributeContext {
        let column = Self.firstArgumentColumn + 12 * depth
        let literal = SwiftTypeName.stringLiteralContents(attribute.description)
        let fitsOnLine = column + "description: \"\(literal)\",".count <= DocComment.lineLength
        let flags = [
            ("required", attribute.isRequired), ("optional", attribute.isOptional),
            ("computed", attribute.isComputed), ("sensitive", attribute.isSensitive),
        ]
        return TerraformAttributeContext(
            name: attribute.name,
            swiftType: attribute.type.swift,
            swiftDescription: literal,
            descriptionFitsOnLine: fitsOnLine,
            swiftDescriptionLines: fitsOnLine
                ? [] : DocComment.wrap(attribute.description, width: DocComment.lineLength - column - 6)
                    .map(SwiftTypeName.stringLiteralContents),
            flags: flags.filter(\.1).map(\.0))
    }
}
