/// Formats a provider schema for the Swift value's template.
struct TerraformSchemaContextBuilder {
    /// Where the Swift arguments of the outermost blocks start.
    private static let swiftIndent = 12

    /// The file's context, whose resources are translated one at a time as they are rendered.
    func file(for translator: TerraformSchemaTranslator, source: String) -> TerraformSchemaFileContext {
        let count = translator.resourceCount
        return TerraformSchemaFileContext(
            swiftHeader: GeneratedFileHeader.swift(source: source),
            providerAddress: translator.providerAddress,
            docLines: DocComment.lines(
                "The schema of the `\(translator.providerAddress)` provider, as `terraform providers schema -json` "
                    + "prints it. `Generated/terraform/schema.json` is rendered from the same spec and context.",
                indent: 4),
            provider: block(TerraformSchemaTranslator.providerBlock, swiftIndent: Self.swiftIndent),
            resources: LazyContextList(count: count) { position in
                let resource = translator.resource(at: position)
                return TerraformResourceContext(
                    name: resource.name,
                    version: resource.version,
                    swiftName: SwiftNaming.memberName(resource.name),
                    block: block(resource.block, swiftIndent: Self.swiftIndent),
                    swiftSeparator: Self.swiftSeparator(of: count))
            })
    }

    private func block(_ block: TerraformBlockModel, swiftIndent: Int) -> TerraformBlockContext {
        TerraformBlockContext(
            swiftIndent: String(repeating: " ", count: swiftIndent),
            attributes: block.attributes.map { attribute in
                TerraformAttributeContext(
                    name: attribute.name,
                    swiftArgumentLines: Self.swiftArguments(of: attribute, indent: swiftIndent + 8),
                    swiftSeparator: Self.swiftSeparator(of: block.attributes.count))
            },
            hasAttributes: !block.attributes.isEmpty,
            blockTypes: block.blockTypes.map { blockType in
                let swiftLimits = [("minItems", blockType.minItems), ("maxItems", blockType.maxItems)]
                    .filter { $0.1 != 0 }.map { "\($0.0): \($0.1)" }
                return TerraformBlockTypeContext(
                    name: blockType.name,
                    nestingMode: blockType.nesting.rawValue,
                    block: self.block(blockType.block, swiftIndent: swiftIndent + 12),
                    swiftLimitLines: SwiftLineBreaking.commaSeparated(swiftLimits),
                    blockSwiftSeparator: swiftLimits.isEmpty ? "" : ",",
                    swiftSeparator: Self.swiftSeparator(of: block.blockTypes.count))
            },
            hasBlockTypes: !block.blockTypes.isEmpty,
            attributesSwiftSeparator: block.blockTypes.isEmpty ? "" : ",")
    }

    /// `type: .string,`, the description (a multi-line literal when too long), then the flags.
    private static func swiftArguments(of attribute: TerraformAttributeModel, indent: Int) -> [String] {
        // Each argument is one or more lines; a comma ends every argument but the last.
        var arguments = [["type: \(attribute.type.swift)"]]
        let literal = "description: \"\(SwiftTypeName.stringLiteralContents(attribute.description))\""
        if indent + literal.count + 1 <= DocComment.lineLength {
            arguments.append([literal])
        } else {
            let text = DocComment.wrap(attribute.description, width: DocComment.lineLength - indent - 6)
            let body = text.enumerated().map { index, line in
                "    " + SwiftTypeName.stringLiteralContents(line) + (index < text.count - 1 ? " \\" : "")
            }
            arguments.append(["description: \"\"\""] + body + ["    \"\"\""])
        }
        let flags = [
            ("required", attribute.isRequired), ("optional", attribute.isOptional),
            ("computed", attribute.isComputed), ("sensitive", attribute.isSensitive),
        ]
        arguments += flags.filter(\.1).map { ["\($0.0): true"] }
        return arguments.enumerated().flatMap { index, lines in
            index < arguments.count - 1 ? lines.dropLast() + [lines[lines.count - 1] + ","] : lines
        }
    }

    /// swift-format ends every element of a multi-line collection with a comma, unless it is
    /// the only one.
    private static func swiftSeparator(of count: Int) -> String {
        count > 1 ? "," : ""
    }
}
