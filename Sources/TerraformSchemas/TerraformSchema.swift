/// Provider schemas as `terraform providers schema -json` prints them (format version 1.0).
///
/// Encoding gives that JSON: keys as Terraform spells them, and `required`, `optional`,
/// `computed`, `sensitive`, `min_items` and `max_items` only when set.
public struct TerraformProviderSchemas: Codable, Hashable, Sendable {
    public var formatVersion: String
    /// Keyed by provider source address: `registry.terraform.io/<namespace>/stripe`.
    public var providerSchemas: [String: TerraformProviderSchema]

    public init(formatVersion: String = "1.0", providerSchemas: [String: TerraformProviderSchema]) {
        self.formatVersion = formatVersion
        self.providerSchemas = providerSchemas
    }

    private enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case providerSchemas = "provider_schemas"
    }
}

/// One provider: its own configuration, its resources and its data sources.
public struct TerraformProviderSchema: Codable, Hashable, Sendable {
    public var provider: TerraformSchema
    /// Keyed by resource type: `stripe_meter`.
    public var resourceSchemas: [String: TerraformSchema]
    /// Keyed by data source type: `stripe_meters`.
    public var dataSourceSchemas: [String: TerraformSchema]

    public init(
        provider: TerraformSchema, resourceSchemas: [String: TerraformSchema],
        dataSourceSchemas: [String: TerraformSchema] = [:]
    ) {
        self.provider = provider
        self.resourceSchemas = resourceSchemas
        self.dataSourceSchemas = dataSourceSchemas
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        provider = try container.decode(TerraformSchema.self, forKey: .provider)
        resourceSchemas = try container.decodeIfPresent([String: TerraformSchema].self, forKey: .resourceSchemas) ?? [:]
        dataSourceSchemas =
            try container.decodeIfPresent([String: TerraformSchema].self, forKey: .dataSourceSchemas) ?? [:]
    }

    /// Leaves out what is empty, as `terraform providers schema -json` does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(provider, forKey: .provider)
        if !resourceSchemas.isEmpty { try container.encode(resourceSchemas, forKey: .resourceSchemas) }
        if !dataSourceSchemas.isEmpty { try container.encode(dataSourceSchemas, forKey: .dataSourceSchemas) }
    }

    private enum CodingKeys: String, CodingKey {
        case provider
        case resourceSchemas = "resource_schemas"
        case dataSourceSchemas = "data_source_schemas"
    }
}

/// A versioned block: the schema of a provider's configuration or of a resource.
public struct TerraformSchema: Codable, Hashable, Sendable {
    public var version: Int
    public var block: TerraformBlock

    public init(version: Int = 0, block: TerraformBlock) {
        self.version = version
        self.block = block
    }
}

/// Attributes and nested blocks.
public struct TerraformBlock: Codable, Hashable, Sendable {
    public var attributes: [String: TerraformAttribute]
    public var blockTypes: [String: TerraformBlockType]
    public var description: String?
    public var descriptionKind: String

    public init(
        attributes: [String: TerraformAttribute] = [:],
        blockTypes: [String: TerraformBlockType] = [:],
        description: String? = nil,
        descriptionKind: String = "plain"
    ) {
        self.attributes = attributes
        self.blockTypes = blockTypes
        self.description = description
        self.descriptionKind = descriptionKind
    }

    private enum CodingKeys: String, CodingKey {
        case attributes
        case blockTypes = "block_types"
        case description
        case descriptionKind = "description_kind"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        attributes = try container.decodeIfPresent([String: TerraformAttribute].self, forKey: .attributes) ?? [:]
        blockTypes = try container.decodeIfPresent([String: TerraformBlockType].self, forKey: .blockTypes) ?? [:]
        description = try container.decodeIfPresent(String.self, forKey: .description)
        descriptionKind = try container.decode(String.self, forKey: .descriptionKind)
    }

    /// Leaves out empty maps and a missing description, as Terraform does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
        if !blockTypes.isEmpty { try container.encode(blockTypes, forKey: .blockTypes) }
        try container.encodeIfPresent(description, forKey: .description)
        try container.encode(descriptionKind, forKey: .descriptionKind)
    }
}

/// One attribute: its value type, description and how configuration may set it.
public struct TerraformAttribute: Codable, Hashable, Sendable {
    public var type: TerraformType
    public var description: String
    public var descriptionKind: String
    public var required: Bool
    public var optional: Bool
    public var computed: Bool
    public var sensitive: Bool

    public init(
        type: TerraformType,
        description: String,
        descriptionKind: String = "plain",
        required: Bool = false,
        optional: Bool = false,
        computed: Bool = false,
        sensitive: Bool = false
    ) {
        self.type = type
        self.description = description
        self.descriptionKind = descriptionKind
        self.required = required
        self.optional = optional
        self.computed = computed
        self.sensitive = sensitive
    }

    private enum CodingKeys: String, CodingKey {
        case type, description, required, optional, computed, sensitive
        case descriptionKind = "description_kind"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(TerraformType.self, forKey: .type)
        description = try container.decode(String.self, forKey: .description)
        descriptionKind = try container.decode(String.self, forKey: .descriptionKind)
        required = try container.decodeIfPresent(Bool.self, forKey: .required) ?? false
        optional = try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false
        computed = try container.decodeIfPresent(Bool.self, forKey: .computed) ?? false
        sensitive = try container.decodeIfPresent(Bool.self, forKey: .sensitive) ?? false
    }

    /// Writes each flag only when it is set, as Terraform does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(description, forKey: .description)
        try container.encode(descriptionKind, forKey: .descriptionKind)
        for (flag, key) in [(required, CodingKeys.required), (optional, .optional), (computed, .computed), (sensitive, .sensitive)]
        where flag {
            try container.encode(true, forKey: key)
        }
    }
}

/// A nested block: `customer_mapping { … }`.
public struct TerraformBlockType: Codable, Hashable, Sendable {
    /// How Terraform nests the block. A `group` is always one block: left out of a
    /// configuration, its attributes are null, so they can be computed.
    public enum NestingMode: String, Codable, Hashable, Sendable {
        case single, list, set, map, group
    }

    public var nestingMode: NestingMode
    public var block: TerraformBlock
    public var minItems: Int
    public var maxItems: Int

    public init(nestingMode: NestingMode, block: TerraformBlock, minItems: Int = 0, maxItems: Int = 0) {
        self.nestingMode = nestingMode
        self.block = block
        self.minItems = minItems
        self.maxItems = maxItems
    }

    private enum CodingKeys: String, CodingKey {
        case block
        case nestingMode = "nesting_mode"
        case minItems = "min_items"
        case maxItems = "max_items"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        nestingMode = try container.decode(NestingMode.self, forKey: .nestingMode)
        block = try container.decode(TerraformBlock.self, forKey: .block)
        minItems = try container.decodeIfPresent(Int.self, forKey: .minItems) ?? 0
        maxItems = try container.decodeIfPresent(Int.self, forKey: .maxItems) ?? 0
    }

    /// Writes `min_items` and `max_items` only when non-zero, as Terraform does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nestingMode, forKey: .nestingMode)
        try container.encode(block, forKey: .block)
        if minItems != 0 { try container.encode(minItems, forKey: .minItems) }
        if maxItems != 0 { try container.encode(maxItems, forKey: .maxItems) }
    }
}
