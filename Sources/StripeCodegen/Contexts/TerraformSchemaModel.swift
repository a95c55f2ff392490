/// A provider's schema, translated from the spec but not yet formatted for any output.
package struct TerraformSchemaModel: Sendable {
    var providerAddress: String
    var provider: TerraformBlockModel
    /// Sorted by resource type.
    var resources: [Resource]
    /// Sorted by data source type.
    var dataSources: [Resource]

    /// A resource type, its schema version and its block.
    package typealias Resource = (name: String, version: Int, block: TerraformBlockModel)
}

/// Attributes and nested blocks, each sorted by name.
package struct TerraformBlockModel: Sendable {
    package var attributes: [TerraformAttributeModel]
    package var blockTypes: [TerraformBlockTypeModel]
}

package struct TerraformAttributeModel: Sendable {
    package var name: String
    package var type: TerraformTypeModel
    var description: String
    var isRequired = false
    var isOptional = false
    var isComputed = false
    var isSensitive = false
}

/// A nested block.
package struct TerraformBlockTypeModel: Sendable {
    /// How Terraform nests a block: `customer_mapping { … }` either way.
    package enum Nesting: String, Sendable {
        /// A list of at most `maxItems` blocks.
        case list
        /// Exactly one block, whose attributes are null when the configuration leaves it out:
        /// the form of a block Stripe fills in, whose attributes can then be computed.
        case group
    }

    package var name: String
    package var nesting: Nesting
    package var block: TerraformBlockModel
    var minItems: Int
    var maxItems: Int
}

/// A cty type.
package indirect enum TerraformTypeModel: Sendable {
    case string, number, bool
    case list(TerraformTypeModel)
    case map(TerraformTypeModel)
    /// Attributes sorted by name.
    case object([(name: String, type: TerraformTypeModel)])
    /// A type the Swift value declares once, under `name`, and refers to: an object too long for
    /// its attribute's line.
    case named(String, TerraformTypeModel)

    /// `.string`, `.list(.string)`, `.object(["deactivated_at": .number])`.
    var swift: String {
        switch self {
        case .string: ".string"
        case .number: ".number"
        case .bool: ".bool"
        case .list(let element): ".list(\(element.swift))"
        case .map(let element): ".map(\(element.swift))"
        case .object(let attributes):
            ".object([" + attributes.map { "\"\(SwiftTypeName.stringLiteralContents($0.name))\": \($0.type.swift)" }
                .joined(separator: ", ") + "])"
        case .named(let name, _): name
        }
    }

    /// The types named in this one, outermost first.
    var namedTypes: [(name: String, type: TerraformTypeModel)] {
        switch self {
        case .string, .number, .bool: []
        case .list(let element), .map(let element): element.namedTypes
        case .object(let attributes): attributes.flatMap(\.type.namedTypes)
        case .named(let name, let type): [(name, type)] + type.namedTypes
        }
    }
}
