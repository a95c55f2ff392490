/// Formats a provider schema for its two templates: Terraform's JSON and the Swift value.
struct TerraformSchemaContextBuilder {
    /// Where the provider's block starts in the JSON, and the Swift arguments of its blocks.
    private static let providerJSONIndent = 10
    private static let resourceJSONIndent = 12
    private static let swiftIndent = 8

    func file(for schema: TerraformSchemaModel, source: String) -> TerraformSchemaFileContext {
        TerraformSchemaFileContext(
            swiftHeader: GeneratedFileHeader.swift(source: source),
            providerAddress: schema.providerAddress,
            docLines: DocComment.lines(
                "The schema of the `\(schema.providerAddress)` provider, as `terraform providers schema -json` prints "
                    + "it. `Generated/terraform/schema.json` is rendered from the same spec and context.",
                indent: 4),
            provider: block(schema.provider, jsonIndent: Self.providerJSONIndent, swiftIndent: Self.swiftIndent),
            resources: schema.resources.enumerated().map { index, resource in
                TerraformResourceContext(
                    name: resource.name,
                    version: resource.version,
                    swiftName: SwiftNaming.memberName(resource.name),
                    block: block(resource.block, jsonIndent: Self.resourceJSONIndent, swiftIndent: Self.swiftIndent),
                    jsonSeparator: Self.jsonSeparator(index, of: schema.resources.count),
                    swiftSeparator: Self.swiftSeparator(of: schema.resources.count))
            })
    }

    private func block(_ block: TerraformBlockModel, jsonIndent: Int, swiftIndent: Int) -> TerraformBlockContext {
        TerraformBlockContext(
            jsonIndent: String(repeating: " ", count: jsonIndent),
            swiftIndent: String(repeating: " ", count: swiftIndent),
            attributes: block.attributes.enumerated().map { index, attribute in
                TerraformAttributeContext(
                    name: attribute.name,
                    json: Self.json(of: attribute),
                    swiftArgumentLines: Self.swiftArguments(of: attribute, indent: swiftIndent + 8),
                    jsonSeparator: Self.jsonSeparator(index, of: block.attributes.count),
                    swiftSeparator: Self.swiftSeparator(of: block.attributes.count))
            },
            hasAttributes: !block.attributes.isEmpty,
            blockTypes: block.blockTypes.enumerated().map { index, blockType in
                let limits = [("max_items", "maxItems", blockType.maxItems), ("min_items", "minItems", blockType.minItems)]
                    .filter { $0.2 != 0 }
                let swiftLimits = limits.reversed().map { "\($0.1): \($0.2)" }
                return TerraformBlockTypeContext(
                    name: blockType.name,
                    nestingMode: blockType.nesting.rawValue,
                    block: self.block(blockType.block, jsonIndent: jsonIndent + 6, swiftIndent: swiftIndent + 12),
                    jsonLimitLines: limits.map { "\"\($0.0)\": \($0.2)," },
                    swiftLimitLines: SwiftLineBreaking.commaSeparated(swiftLimits),
                    blockSwiftSeparator: swiftLimits.isEmpty ? "" : ",",
                    jsonSeparator: Self.jsonSeparator(index, of: block.blockTypes.count),
                    swiftSeparator: Self.swiftSeparator(of: block.blockTypes.count))
            },
            hasBlockTypes: !block.blockTypes.isEmpty,
            attributesSwiftSeparator: block.blockTypes.isEmpty ? "" : ",")
    }

    /// The attribute's JSON object, keys sorted, flags only when set.
    private static func json(of attribute: TerraformAttributeModel) -> String {
        var members: [String] = []
        if attribute.isComputed { members.append("\"computed\": true") }
        members.append("\"description\": \(JSONText.string(attribute.description))")
        members.append("\"description_kind\": \"plain\"")
        if attribute.isOptional { members.append("\"optional\": true") }
        if attribute.isRequired { members.append("\"required\": true") }
        if attribute.isSensitive { members.append("\"sensitive\": true") }
        members.append("\"type\": \(attribute.type.json)")
        return "{" + members.joined(separator: ", ") + "}"
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

    private static func jsonSeparator(_ index: Int, of count: Int) -> String {
        index < count - 1 ? "," : ""
    }

    /// swift-format ends every element of a multi-line collection with a comma, unless it is
    /// the only one.
    private static func swiftSeparator(of count: Int) -> String {
        count > 1 ? "," : ""
    }
}
