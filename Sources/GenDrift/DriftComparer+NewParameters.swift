import StripeCodegen
/// A parameter that the OpenAPI operation has and the spec's has not.
extension DriftComparer {
    /// Adds `name: {}` when the object has a field of that name (with the request's own limits
    /// and, outside a create, `required`), else a parameter that stands alone, written from the
    /// request's schema.
    mutating func addParameter(
        _ api: OpenAPIOperation.Parameter, to operation: RawOperation, subject: String,
        context: FileContext
    ) throws {
        let file = context.file
        let name = api.name
        let paramsPath = ["operations", operation.name.value, "params"]
        let message = "adds parameter '\(name)' to \(subject)"
        let schema = try resolver.resolve(api.schema)
        let isPath = operation.path?.value.contains("{\(name)}") == true
        var objectMember: OpenAPISchema?
        if case .object(let properties, _) = context.object?.kind, let member = properties[name] {
            objectMember = try resolver.resolve(member)
        }
        guard objectMember != nil || context.field(name) != nil else {
            do {
                let entry = try NewSpecEntryWriter(
                    resolver: resolver, version: version, context: context
                )
                .parameter(schema, required: api.required && !isPath, description: api.description)
                report(
                    .parameterAdded, in: file, at: paramsPath + [name], message,
                    edits: [edit(file, paramsPath, .insert(key: name, value: entry.block))],
                    review: ["check its description", entry.review].filter { !$0.isEmpty }.joined(
                        separator: "; "))
            } catch let unsupported as NewSpecEntryWriter.Unsupported {
                report(
                    .parameterAdded, in: file, at: paramsPath + [name], message,
                    review: "the spec cannot describe it: \(unsupported.reason)")
            }
            return
        }
        var entries: [YAMLBlock.Entry] = []
        var edits: [SpecEdit] = []
        if operation.kind?.value == "create" {
            if let field = context.field(name), (field.required?.value ?? false) != api.required {
                edits.append(requiredEdit(file, ["fields", name], required: api.required))
            }
        } else if api.required && !isPath {
            entries.append(.init(key: "required", value: .scalar("true")))
        }
        if let objectMember {
            entries += try requestLimits(schema, object: objectMember)
        }
        let block: YAMLBlock = entries.isEmpty ? .scalar("{}") : .mapping(entries)
        edits.insert(edit(file, paramsPath, .insert(key: name, value: block)), at: 0)
        report(.parameterAdded, in: file, at: paramsPath + [name], message, edits: edits)
    }

    /// The request's own max lengths, where they differ from the object's, as a parameter's
    /// `max_length` and nested `fields`.
    private func requestLimits(_ request: OpenAPISchema, object: OpenAPISchema) throws -> [YAMLBlock
        .Entry]
    {
        switch (request.kind, object.kind) {
        case (.string, .string):
            guard let length = request.maxLength, length != object.maxLength else { return [] }
            return [.init(key: "max_length", value: .scalar(String(length)))]
        case (.object(let requestProperties, _), .object(let objectProperties, _)):
            var nested: [YAMLBlock.Entry] = []
            for name in requestProperties.keys.sorted() {
                guard let requestMember = requestProperties[name],
                    let objectMember = objectProperties[name]
                else {
                    continue
                }
                let limits = try requestLimits(
                    try resolver.resolve(requestMember), object: try resolver.resolve(objectMember))
                if !limits.isEmpty { nested.append(.init(key: name, value: .mapping(limits))) }
            }
            return nested.isEmpty ? [] : [.init(key: "fields", value: .mapping(nested))]
        default:
            return []
        }
    }
}
