/// What `Templates/swift/terraform_schema.mustache` renders: the provider's schema as a Swift
/// value, from the same schema model that `Generated/terraform/schema.json` is encoded from.
struct TerraformSchemaFileContext: Encodable, Sendable {
    /// The Swift file's first line.
    var swiftHeader: String
    /// `registry.terraform.io/stripe-billing/stripe`.
    var providerAddress: String
    /// The Swift value's doc comment.
    var docLines: [String]
    var provider: TerraformBlockContext
    var resources: LazyContextList<TerraformResourceContext>
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
    /// `,` after Swift dictionary elements, when there are several.
    var swiftSeparator: String
}

/// A block: attributes and nested blocks, indented for where it is rendered.
struct TerraformBlockContext: Encodable, Sendable {
    /// Spaces before the block's Swift arguments.
    var swiftIndent: String
    var attributes: [TerraformAttributeContext]
    var hasAttributes: Bool
    var blockTypes: [TerraformBlockTypeContext]
    var hasBlockTypes: Bool
    /// `,` after the Swift `attributes:` argument when `blockTypes:` follows.
    var attributesSwiftSeparator: String
}

/// An attribute and the arguments of its Swift value.
struct TerraformAttributeContext: Encodable, Sendable {
    var name: String
    /// The arguments of its `TerraformAttribute(…)`, one per line, relative to the call.
    var swiftArgumentLines: [String]
    var swiftSeparator: String
}

/// A nested block type with its nesting and item limits.
struct TerraformBlockTypeContext: Encodable, Sendable {
    var name: String
    /// `list` or `group`.
    var nestingMode: String
    var block: TerraformBlockContext
    /// `minItems: 1,` and `maxItems: 1` arguments, present only when non-zero.
    var swiftLimitLines: [String]
    /// `,` after the Swift `block:` argument when limits follow.
    var blockSwiftSeparator: String
    var swiftSeparator: String
}
