import Foundation
import TerraformSchemas

// API objects and request parameters travel as JSON keyed by the API's names, which a resource's
// schema keeps: these conversions let a resource reach them through `Codable`, attribute by
// attribute, instead of with code per attribute.

extension TerraformValue {
    /// The value of an API object's JSON (as `JSONSerialization` reads it) typed as `type`: keys
    /// the type does not have are left out, missing ones are null, and an object where the type
    /// wants a list (a nested block, or a computed list of objects) becomes a list of one.
    public init(apiJSON json: Any?, type: TerraformType) {
        switch (type, json) {
        case (_, nil), (_, is NSNull):
            self = .null
        case (.string, let string as String):
            self = .string(string)
        case (.number, let number as NSNumber):
            self = .number(
                Int64(exactly: number.doubleValue).map(TerraformNumber.integer)
                    ?? TerraformNumber(number.doubleValue))
        case (.bool, let bool as Bool):
            self = .bool(bool)
        case (.list(let element), let array as [Any]):
            self = .list(array.map { TerraformValue(apiJSON: $0, type: element) })
        case (.list(let element), let object as [String: Any]):
            self = .list([TerraformValue(apiJSON: object, type: element)])
        case (.set(let element), let array as [Any]):
            self = .set(array.map { TerraformValue(apiJSON: $0, type: element) })
        case (.map(let element), let object as [String: Any]):
            self = .map(object.mapValues { TerraformValue(apiJSON: $0, type: element) })
        case (.object(let attributes), let object as [String: Any]):
            self = .object(
                Dictionary(
                    uniqueKeysWithValues: attributes.map {
                        ($0, TerraformValue(apiJSON: object[$0], type: $1))
                    }))
        default:
            self = .null
        }
    }

    /// The request parameters this configuration (or plan) of `block` sets, as JSON for
    /// `JSONSerialization`: null attributes, computed attributes still unknown (the API decides
    /// them) and empty blocks are left out, and a block that nests at most one object is that
    /// object. Any other unknown value becomes a placeholder of its type's kind (an empty
    /// string, zero, false), for checks that must run before it is known.
    public func requestJSON(in block: TerraformBlock) -> [String: Any] {
        var json: [String: Any] = [:]
        for (name, attribute) in block.attributes
        where !attribute.computed || ![.null, .unknown].contains(self[name]) {
            if let value = self[name].requestJSON(type: attribute.type) { json[name] = value }
        }
        for (name, blockType) in block.blockTypes {
            switch blockType.nestingMode {
            case .single, .group:
                let nested = self[name].requestJSON(in: blockType.block)
                if !nested.isEmpty { json[name] = nested }
            case .list, .set, .map:
                let elements = self[name].elements.map { $0.requestJSON(in: blockType.block) }
                if blockType.maxItems == 1 {
                    if let first = elements.first { json[name] = first }
                } else if !elements.isEmpty {
                    json[name] = elements
                }
            }
        }
        return json
    }

    private func requestJSON(type: TerraformType) -> Any? {
        switch (self, type) {
        case (.null, _): nil
        case (.unknown, .string): ""
        case (.unknown, .number): 0
        case (.unknown, .bool): false
        case (.unknown, _): nil
        case (.string(let string), _): string
        case (.number(.integer(let integer)), _): integer
        case (.number(.double(let double)), _): double
        case (.bool(let bool), _): bool
        case (.list(let elements), .list(let element)), (.set(let elements), .set(let element)):
            elements.compactMap { $0.requestJSON(type: element) }
        case (.map(let values), .map(let element)):
            values.compactMapValues { $0.requestJSON(type: element) }
        case (.object(let values), .object(let attributes)):
            values.reduce(into: [String: Any]()) { json, entry in
                if let type = attributes[entry.key], let value = entry.value.requestJSON(type: type)
                {
                    json[entry.key] = value
                }
            }
        default: nil
        }
    }
}

extension TerraformBlock {
    /// The state of an API object, from its `Encodable` value (which encodes timestamps as Unix
    /// seconds and keys by the API's names).
    public func state(of object: some Encodable) throws -> TerraformValue {
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(object))
        return withEmptyBlocks(TerraformValue(apiJSON: json, type: valueType))
    }

    /// `value` with each absent nested block as Terraform holds it: an empty collection, or a
    /// group whose attributes are null.
    func withEmptyBlocks(_ value: TerraformValue) -> TerraformValue {
        guard case .object(var attributes) = value else { return value }
        for (name, blockType) in blockTypes {
            switch (blockType.nestingMode, attributes[name] ?? .null) {
            case (.list, .null): attributes[name] = .list([])
            case (.set, .null): attributes[name] = .set([])
            case (.map, .null): attributes[name] = .map([:])
            case (.group, .null):
                attributes[name] = blockType.block.withEmptyBlocks(
                    .object(blockType.block.attributes.mapValues { _ in .null }))
            case (.list, .list(let elements)):
                attributes[name] = .list(elements.map(blockType.block.withEmptyBlocks))
            case (.set, .set(let elements)):
                attributes[name] = .set(elements.map(blockType.block.withEmptyBlocks))
            case (_, let nested): attributes[name] = blockType.block.withEmptyBlocks(nested)
            }
        }
        return .object(attributes)
    }

    /// Request parameters from a configuration or plan of this block.
    public func params<Params: Decodable>(_ type: Params.Type, from value: TerraformValue) throws
        -> Params
    {
        let data = try JSONSerialization.data(withJSONObject: value.requestJSON(in: self))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(Params.self, from: data)
    }
}
