import StripeCodegen
/// Writes the YAML of a field or parameter that the OpenAPI document has and the spec has not,
/// from its schema: type, required, nullable, mutability, limits, description, values, nested
/// fields and items, valid under the spec's rules. What OpenAPI cannot say (the meaning of an enum
/// value, a field's mutability) is chosen plainly and named for review.
struct NewSpecEntryWriter {
    /// A new entry and what a person should check in it.
    struct Entry {
        var block: YAMLBlock
        var review: String
    }

    /// A schema the spec cannot describe, and why.
    struct Unsupported: Error {
        var reason: String
    }

    /// New nested objects are written this many levels deep at most.
    static let maxDepth = 4
    static let missingDescription = "Not described in Stripe's OpenAPI document."

    let resolver: OpenAPISchemaResolver
    let version: String
    let context: DriftComparer.FileContext

    /// The meaning given to an enum value that OpenAPI lists without one.
    static func meaning(of value: String, version: String) -> String {
        "Added in Stripe API version \(version); Stripe's OpenAPI document does not describe it."
    }

    /// A new field of the object. A top-level field's mutability is guessed from the requests:
    /// `updatable` when the update operation takes it, `create_only` when only the create one
    /// does, else `read_only`; it is required when the create request requires it, and its nested
    /// fields when the create (or update) request requires them within it.
    func field(_ schema: OpenAPISchema, name: String, isTopLevel: Bool, alwaysReturned: Bool) throws
        -> Entry
    {
        var notes: [String] = []
        var request: OpenAPISchema?
        var mutability: String?
        var required = false
        if isTopLevel {
            let created = context.create?.parameters[name]
            required = created?.required ?? false
            if let parameter = context.update?.parameters[name] {
                mutability = "updatable"
                request = try resolver.resolve(created?.schema ?? parameter.schema)
                notes.append("check its mutability 'updatable' (the update request takes it)")
            } else if let created {
                mutability = "create_only"
                request = try resolver.resolve(created.schema)
                notes.append(
                    "check its mutability 'create_only' (only the create request takes it)")
            } else {
                mutability = "read_only"
                notes.append("check its mutability 'read_only' (no request takes it)")
            }
        }
        let block = try body(
            schema,
            role: .field(
                mutability: mutability, required: required,
                nullable: schema.nullable || !alwaysReturned),
            request: request, depth: 0, notes: &notes)
        return Entry(block: block, review: notes.joined(separator: "; "))
    }

    /// A new parameter that stands alone (sets no field of the object).
    func parameter(_ schema: OpenAPISchema, required: Bool, description: String?) throws -> Entry {
        var notes: [String] = []
        var described = schema
        described.description = description ?? schema.description
        let block = try body(
            described, role: .parameter(required: required), request: nil, depth: 0, notes: &notes)
        return Entry(block: block, review: notes.joined(separator: "; "))
    }

    private enum Role {
        case field(mutability: String?, required: Bool, nullable: Bool)
        case parameter(required: Bool)
        /// The element of a list or the value of a map: no description of its own.
        case items

        var isItems: Bool {
            if case .items = self { return true }
            return false
        }
    }

    private func body(
        _ schema: OpenAPISchema, role: Role, request: OpenAPISchema?, depth: Int,
        notes: inout [String]
    ) throws -> YAMLBlock {
        guard depth <= Self.maxDepth else {
            throw Unsupported(reason: "it nests objects more than \(Self.maxDepth) levels deep")
        }
        guard let type = schema.specType else {
            throw Unsupported(reason: "its type is \(schema.typeDescription)")
        }
        var entries: [YAMLBlock.Entry] = [.init(key: "type", value: .scalar(type))]
        func add(_ key: String, _ value: YAMLBlock) {
            entries.append(.init(key: key, value: value))
        }
        switch role {
        case .field(let mutability, let required, let nullable):
            if required { add("required", .scalar("true")) }
            if nullable { add("nullable", .scalar("true")) }
            if let mutability { add("mutability", .scalar(mutability)) }
        case .parameter(let required):
            if required { add("required", .scalar("true")) }
        case .items:
            break
        }
        if type == "string", let maxLength = schema.maxLength {
            add("max_length", .scalar(String(maxLength)))
        }
        if let minimum = schema.minimum, type == "integer" {
            add("minimum", .scalar(String(minimum)))
        }
        if let maximum = schema.maximum, type == "integer" {
            add("maximum", .scalar(String(maximum)))
        }
        if !role.isItems {
            let text = (schema.description ?? "").split(whereSeparator: \.isWhitespace).joined(
                separator: " ")
            if text.isEmpty { notes.append("describe it: OpenAPI has no description") }
            add("description", .prose(text.isEmpty ? Self.missingDescription : text))
        }
        switch schema.kind {
        case .enumeration(let values):
            let listed = values.filter { !$0.isEmpty }
            guard !listed.isEmpty else { throw Unsupported(reason: "it is an enum without values") }
            add(
                "values",
                .mapping(
                    listed.map {
                        .init(key: $0, value: .prose(Self.meaning(of: $0, version: version)))
                    }))
            notes.append("describe its values")
        case .object(let properties, let required):
            guard !properties.isEmpty else {
                throw Unsupported(reason: "it is an object without properties")
            }
            var nested: [YAMLBlock.Entry] = []
            var requestProperties: [String: OpenAPISchema.Member] = [:]
            var requestRequired: Set<String> = []
            if case .object(let members, let names) = request?.kind {
                requestProperties = members
                requestRequired = names
            }
            for name in properties.keys.sorted() {
                let member = try resolver.resolve(properties[name]!)
                let nestedRequest = try requestProperties[name].map { try resolver.resolve($0) }
                let nestedRole: Role
                if case .parameter = role {
                    nestedRole = .parameter(required: required.contains(name))
                } else {
                    nestedRole = .field(
                        mutability: nil, required: requestRequired.contains(name),
                        nullable: member.nullable || !required.contains(name))
                }
                nested.append(
                    .init(
                        key: name,
                        value: try body(
                            member, role: nestedRole, request: nestedRequest, depth: depth + 1,
                            notes: &notes)))
            }
            add("fields", .mapping(nested))
        case .list(let items), .map(let items):
            add(
                "items",
                try body(
                    try resolver.resolve(items), role: .items, request: nil, depth: depth + 1,
                    notes: &notes))
        default:
            break
        }
        return .mapping(entries)
    }
}
