import Foundation
import TerraformSchemas
import TerraformPluginProtocol

extension Tfplugin6_Schema {
    /// The protocol's form of `schema`: attributes and nested blocks sorted by name, each
    /// attribute's type as cty's JSON type.
    init(_ schema: TerraformSchema) throws {
        self.init()
        version = Int64(schema.version)
        block = try Tfplugin6_Schema.Block(schema.block)
    }
}

extension Tfplugin6_Schema.Block {
    init(_ block: TerraformBlock) throws {
        self.init()
        attributes = try block.attributes.sorted { $0.key < $1.key }.map { name, attribute in
            try Tfplugin6_Schema.Attribute(name: name, attribute)
        }
        blockTypes = try block.blockTypes.sorted { $0.key < $1.key }.map { name, blockType in
            try Tfplugin6_Schema.NestedBlock(name: name, blockType)
        }
        description_p = block.description ?? ""
        descriptionKind = Tfplugin6_StringKind(block.descriptionKind)
    }
}

extension Tfplugin6_Schema.Attribute {
    init(name: String, _ attribute: TerraformAttribute) throws {
        self.init()
        self.name = name
        type = try JSONEncoder().encode(attribute.type)
        description_p = attribute.description
        descriptionKind = Tfplugin6_StringKind(attribute.descriptionKind)
        required = attribute.required
        optional = attribute.optional
        computed = attribute.computed
        sensitive = attribute.sensitive
    }
}

extension Tfplugin6_Schema.NestedBlock {
    init(name: String, _ blockType: TerraformBlockType) throws {
        self.init()
        typeName = name
        block = try Tfplugin6_Schema.Block(blockType.block)
        nesting =
            switch blockType.nestingMode {
            case .single: .single
            case .list: .list
            case .set: .set
            case .map: .map
            case .group: .group
            }
        minItems = Int64(blockType.minItems)
        maxItems = Int64(blockType.maxItems)
    }
}

extension Tfplugin6_StringKind {
    /// `markdown` or, for anything else, `plain`.
    init(_ descriptionKind: String) {
        self = descriptionKind == "markdown" ? .markdown : .plain
    }
}
