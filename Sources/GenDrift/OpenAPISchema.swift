import StripeCodegen
/// One schema of the OpenAPI document, resolved one level deep into what the spec can say of a
/// value: its type, nullability, limits and description. Members (properties, items) stay
/// unresolved until asked for, so that recursive schemas cost nothing.
struct OpenAPISchema {
    /// The value's type, as close to the spec's types as OpenAPI allows.
    enum Kind {
        case string, integer, timestamp, number, boolean
        /// A string with a fixed set of values; one value is also a constant (`object`).
        case enumeration([String])
        case object(properties: [String: Member], required: Set<String>)
        /// An object with string keys and values of one schema.
        case map(Member)
        case list(Member)
        /// A schema the spec cannot describe, with what it is.
        case unsupported(String)
    }

    /// An unresolved schema and its JSON pointer.
    struct Member {
        var node: JSONNode
        var pointer: String
    }

    var kind: Kind
    var nullable = false
    var maxLength: Int?
    var minimum: Int?
    var maximum: Int?
    var description: String?

    /// The spec's name of the type (`timestamp`, `enum`, `map`, …), or `nil` when unsupported.
    var specType: String? {
        switch kind {
        case .string: return "string"
        case .integer: return "integer"
        case .timestamp: return "timestamp"
        case .number: return "number"
        case .boolean: return "boolean"
        case .enumeration: return "enum"
        case .object: return "object"
        case .map: return "map"
        case .list: return "list"
        case .unsupported: return nil
        }
    }

    /// What the type is in messages: `enum`, `one of several types`, …
    var typeDescription: String {
        if case .unsupported(let what) = kind { return what }
        return specType ?? ""
    }

    var enumValues: [String]? {
        if case .enumeration(let values) = kind { return values }
        return nil
    }
}

/// Resolves schema nodes of a document: follows `$ref`s, reads Stripe's `anyOf` patterns
/// (nullable, emptyable with `""`, expandable ids), and maps OpenAPI types to the spec's.
struct OpenAPISchemaResolver {
    /// A chain of `$ref`s longer than this loops.
    static let maxReferenceHops = 64
    static let schemaPrefix = "#/components/schemas/"

    let document: OpenAPIDocument
    private var reader: OpenAPIReader { document.reader }

    /// The schema named `name` under `components/schemas`, or `nil` when there is none.
    func namedSchema(_ name: String) throws -> OpenAPISchema? {
        guard let node = document.schemas[name] else { return nil }
        return try resolve(node, at: "/components/schemas/" + OpenAPIReader.escape(name))
    }

    func resolve(_ member: OpenAPISchema.Member) throws -> OpenAPISchema {
        try resolve(member.node, at: member.pointer)
    }

    func resolve(_ node: JSONNode, at pointer: String, hops: Int = 0) throws -> OpenAPISchema {
        let members = try reader.object(node, at: pointer)
        let nullable = try reader.optionalBool("nullable", of: members, at: pointer)
        let description = try reader.optionalString("description", of: members, at: pointer)
        if let reference = try reader.optionalString("$ref", of: members, at: pointer) {
            guard hops < Self.maxReferenceHops else {
                throw reader.error("$ref chain loops", at: pointer)
            }
            var target = try referenced(reference, at: pointer, hops: hops)
            target.nullable = target.nullable || nullable
            target.description = description ?? target.description
            return target
        }
        for combinator in ["anyOf", "oneOf", "allOf"] where members[combinator] != nil {
            var schema = try alternatives(combinator, of: members, at: pointer, hops: hops)
            schema.nullable = schema.nullable || nullable
            schema.description = description ?? schema.description
            return schema
        }
        var schema = OpenAPISchema(kind: try kind(of: members, at: pointer))
        schema.nullable = nullable
        schema.description = description
        schema.maxLength = try reader.optionalInt("maxLength", of: members, at: pointer)
        schema.minimum = try reader.optionalInt("minimum", of: members, at: pointer)
        schema.maximum = try reader.optionalInt("maximum", of: members, at: pointer)
        return schema
    }

    private func referenced(_ reference: String, at pointer: String, hops: Int) throws
        -> OpenAPISchema
    {
        guard reference.hasPrefix(Self.schemaPrefix) else {
            throw reader.error(
                "$ref '\(reference)' does not name a schema under #/components/schemas", at: pointer
            )
        }
        let name = String(reference.dropFirst(Self.schemaPrefix.count))
        guard let target = document.schemas[name] else {
            throw reader.error("$ref '\(reference)' names no schema of the document", at: pointer)
        }
        return try resolve(
            target, at: "/components/schemas/" + OpenAPIReader.escape(name), hops: hops + 1)
    }

    /// `anyOf`, `oneOf` or `allOf`: Stripe's `""` alternative (a parameter that can be emptied) is
    /// dropped, an expandable field (its id or the object) is its id, a single alternative is
    /// itself; anything else the spec cannot describe.
    private func alternatives(
        _ combinator: String, of members: [String: JSONNode], at pointer: String, hops: Int
    ) throws -> OpenAPISchema {
        let listPointer = pointer + "/" + combinator
        let nodes = try reader.array(
            try reader.member(combinator, of: members, at: pointer), at: listPointer)
        var resolved: [OpenAPISchema] = []
        for (index, node) in nodes.enumerated() {
            let schema = try resolve(node, at: "\(listPointer)/\(index)", hops: hops + 1)
            if schema.enumValues == [""] { continue }
            resolved.append(schema)
        }
        if resolved.count == 1 { return resolved[0] }
        let isExpandable = members["x-expansionResources"] != nil
        if isExpandable,
            let id = resolved.first(where: { if case .string = $0.kind { true } else { false } })
        {
            return id
        }
        return OpenAPISchema(
            kind: .unsupported(
                resolved.isEmpty ? "nothing (\(combinator) is empty)" : "one of several types"))
    }

    private func kind(of members: [String: JSONNode], at pointer: String) throws
        -> OpenAPISchema.Kind
    {
        let type = try reader.optionalString("type", of: members, at: pointer)
        switch type {
        case "string":
            guard let values = members["enum"] else { return .string }
            let valuesPointer = pointer + "/enum"
            var strings: [String] = []
            for (index, value) in try reader.array(values, at: valuesPointer).enumerated() {
                strings.append(try reader.string(value, at: "\(valuesPointer)/\(index)"))
            }
            return .enumeration(strings)
        case "integer":
            let format = try reader.optionalString("format", of: members, at: pointer)
            return format == "unix-time" ? .timestamp : .integer
        case "number": return .number
        case "boolean": return .boolean
        case "array":
            return .list(
                .init(
                    node: try reader.member("items", of: members, at: pointer),
                    pointer: pointer + "/items"))
        case "object", nil:
            return try objectKind(of: members, at: pointer, typed: type != nil)
        case let other?:
            return .unsupported("type '\(other)'")
        }
    }

    private func objectKind(of members: [String: JSONNode], at pointer: String, typed: Bool) throws
        -> OpenAPISchema.Kind
    {
        let properties =
            try members["properties"].map { try reader.object($0, at: pointer + "/properties") }
            ?? [:]
        if properties.isEmpty, let values = members["additionalProperties"], values.object != nil {
            return .map(.init(node: values, pointer: pointer + "/additionalProperties"))
        }
        guard typed || !properties.isEmpty else { return .unsupported("a schema without a type") }
        var required: Set<String> = []
        if let list = members["required"] {
            for (index, name) in try reader.array(list, at: pointer + "/required").enumerated() {
                required.insert(try reader.string(name, at: "\(pointer)/required/\(index)"))
            }
        }
        var resolved: [String: OpenAPISchema.Member] = [:]
        for (name, node) in properties {
            resolved[name] = .init(
                node: node, pointer: pointer + "/properties/" + OpenAPIReader.escape(name))
        }
        return .object(properties: resolved, required: required)
    }
}
