/// What `Templates/terraform_provider/schema.mustache` renders: the provider's schema as a Swift
/// value, from the same schema model that `Generated/terraform/schema.json` is encoded from.
package struct TerraformSchemaFileContext: Sendable {
    /// The Swift file's first line.
    var swiftHeader: String
    /// `registry.terraform.io/stripe-billing/stripe`.
    var providerAddress: String
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    var provider: TerraformBlockContext
    var resources: LazyContextList<TerraformResourceContext>
    /// The data sources, with version 0.
    var dataSources: [TerraformResourceContext]
    /// Object types declared once and named in the data sources' attributes.
    var namedTypes: [TerraformNamedTypeContext]
}

/// One resource type and its schema.
struct TerraformResourceContext: Sendable {
    /// `stripe_meter`.
    var name: String
    /// The version of its state's shape.
    var version: Int
    /// `stripeMeterBlock`, the Swift property that holds its block.
    var blockPropertyName: String
    var block: TerraformBlockContext
}

/// A block: attributes and nested blocks.
struct TerraformBlockContext: Sendable {
    var attributes: [TerraformAttributeContext]
    var blockTypes: [TerraformBlockTypeContext]
}

/// An attribute: its type, description and flags.
struct TerraformAttributeContext: Sendable {
    var name: String
    /// The Swift value of its type: `.string`, `.list(.string)`.
    var swiftType: String
    /// The description as the contents of a Swift string literal.
    var swiftDescription: String
    /// Whether the description fits on the `description:` line; when not, `swiftDescriptionLines`
    /// hold it wrapped, for a multi-line literal.
    var descriptionFitsOnLine: Bool
    var swiftDescriptionLines: [String]
    /// The flags that are set: `required`, `optional`, `computed`, `sensitive`.
    var flags: [String]
}

/// A nested block type with its nesting and item limits.
struct TerraformBlockTypeContext: Sendable {
    var name: String
    /// `list` or `group`.
    var nestingMode: String
    var block: TerraformBlockContext
    /// The item limits that are set.
    var limits: [Limit]

    /// `minItems` or `maxItems`, and its value.
    struct Limit: Sendable {
        var name: String
        var value: Int
    }
}

extension TerraformSchemaFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "swiftHeader": swiftHeader.templateValue,
            "providerAddress": providerAddress.templateValue,
            "documentation": documentation.templateValue,
            "provider": provider.templateValue,
            "resources": resources.templateValue,
            "dataSources": dataSources.templateValue,
            "namedTypes": namedTypes.templateValue,
        ])
    }
}

extension TerraformResourceContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "name": name.templateValue,
            "version": version.templateValue,
            "blockPropertyName": blockPropertyName.templateValue,
            "block": block.templateValue,
        ])
    }
}

extension TerraformBlockContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "attributes": attributes.templateValue,
            "blockTypes": blockTypes.templateValue,
        ])
    }
}

extension TerraformAttributeContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "name": name.templateValue,
            "swiftType": swiftType.templateValue,
            "swiftDescription": swiftDescription.templateValue,
            "descriptionFitsOnLine": descriptionFitsOnLine.templateValue,
            "swiftDescriptionLines": swiftDescriptionLines.templateValue,
            "flags": flags.templateValue,
        ])
    }
}

extension TerraformBlockTypeContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "name": name.templateValue,
            "nestingMode": nestingMode.templateValue,
            "block": block.templateValue,
            "limits": limits.templateValue,
        ])
    }
}

extension TerraformBlockTypeContext.Limit: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "name": name.templateValue,
            "value": value.templateValue,
        ])
    }
}

/// `static let stripeMeterObjectType: TerraformType = .object([...])`, one attribute a line.
struct TerraformNamedTypeContext: Sendable {
    var name: String
    /// `"created": .number`, each without its comma.
    var members: [String]
}

extension TerraformNamedTypeContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object(["name": name.templateValue, "members": members.templateValue])
    }
}
