/// What `Templates/terraform/schema.json.mustache` and `Templates/swift/terraform_schema.mustache`
/// both render: the provider's schema, once as Terraform's JSON and once as a Swift value, so
/// that the two cannot drift apart.
struct TerraformSchemaFileContext: Encodable, Sendable {
    /// The Swift file's first line.
    var swiftHeader: String
    /// `registry.terraform.io/stripe-billing/stripe`.
    var providerAddress: String
    /// The Swift value's doc comment.
    var docLines: [String]
    var provider: TerraformBlockContext
    var resources: [TerraformResourceContext]
}

/// One resource type and its schema.
struct TerraformResourceContext: Encodable, Sendable {
    /// `stripe_meter`.
    var name: String
    /// The version of its state's shape.
    var version: Int
    /// `stripeMeter`, the Swift property that holds it.
    var swiftName: String
    var block: TerraformBlockContext
    /// `,` between JSON members.
    var jsonSeparator: String
    /// `,` after Swift dictionary elements, when there are several.
    var swiftSeparator: String
}

/// A block: attributes and nested blocks, indented for where it is rendered.
struct TerraformBlockContext: Encodable, Sendable {
    /// Spaces before the block's JSON members.
    var jsonIndent: String
    /// Spaces before the block's Swift arguments.
    var swiftIndent: String
    var attributes: [TerraformAttributeContext]
    var hasAttributes: Bool
    var blockTypes: [TerraformBlockTypeContext]
    var hasBlockTypes: Bool
    /// `,` after the Swift `attributes:` argument when `blockTypes:` follows.
    var attributesSwiftSeparator: String
}

/// An attribute, ready to print in either language.
struct TerraformAttributeContext: Encodable, Sendable {
    var name: String
    /// The attribute's JSON object on one line, keys sorted.
    var json: String
    /// The arguments of its `TerraformAttribute(…)`, one per line, relative to the call.
    var swiftArgumentLines: [String]
    var jsonSeparator: String
    var swiftSeparator: String
}

/// A nested block type with its nesting and item limits.
struct TerraformBlockTypeContext: Encodable, Sendable {
    var name: String
    /// `list` or `group`, in JSON and in Swift alike.
    var nestingMode: String
    var block: TerraformBlockContext
    /// `"max_items": 1,` and `"min_items": 1,` lines, present only when non-zero.
    var jsonLimitLines: [String]
    /// `minItems: 1,` and `maxItems: 1` arguments, present only when non-zero.
    var swiftLimitLines: [String]
    /// `,` after the Swift `block:` argument when limits follow.
    var blockSwiftSeparator: String
    var jsonSeparator: String
    var swiftSeparator: String
}
