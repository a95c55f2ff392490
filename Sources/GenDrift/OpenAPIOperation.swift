import StripeCodegen
/// One operation of the OpenAPI document (a method of a path item): its parameters, wherever
/// they travel, and the object it returns.
struct OpenAPIOperation {
    /// A parameter of the path, the query, or the form-encoded body.
    struct Parameter {
        var name: String
        var required: Bool
        var schema: OpenAPISchema.Member
        var description: String?
    }

    static let formContentType = "application/x-www-form-urlencoded"

    var parameters: [String: Parameter]
    /// The schema name of the object returned, or of the elements of a returned list.
    var returns: String?

    /// The operation at `method` (`GET`, `POST`) of `path`, or `nil` when the document has none.
    static func find(method: String, path: String, in document: OpenAPIDocument) throws
        -> OpenAPIOperation?
    {
        let reader = document.reader
        guard let item = document.paths[path] else { return nil }
        let itemPointer = "/paths/" + OpenAPIReader.escape(path)
        let itemMembers = try reader.object(item, at: itemPointer)
        guard let operation = itemMembers[method.lowercased()] else { return nil }
        let pointer = itemPointer + "/" + method.lowercased()
        let members = try reader.object(operation, at: pointer)
        var parameters: [String: Parameter] = [:]
        for (owner, ownerPointer) in [(itemMembers, itemPointer), (members, pointer)] {
            for parameter in try listed(in: owner, at: ownerPointer, reader: reader) {
                parameters[parameter.name] = parameter
            }
        }
        for parameter in try form(of: members, at: pointer, document: document) {
            parameters[parameter.name] = parameter
        }
        let returns = try returned(by: members, at: pointer, reader: reader)
        return OpenAPIOperation(parameters: parameters, returns: returns)
    }

    /// The `parameters` array: path and query parameters.
    private static func listed(
        in members: [String: JSONNode], at pointer: String, reader: OpenAPIReader
    ) throws
        -> [Parameter]
    {
        guard let list = members["parameters"] else { return [] }
        return try reader.array(list, at: pointer + "/parameters").enumerated().map { index, node in
            let itemPointer = "\(pointer)/parameters/\(index)"
            let parameter = try reader.object(node, at: itemPointer)
            return Parameter(
                name: try reader.string(
                    try reader.member("name", of: parameter, at: itemPointer),
                    at: itemPointer + "/name"),
                required: try reader.optionalBool("required", of: parameter, at: itemPointer),
                schema: .init(
                    node: try reader.member("schema", of: parameter, at: itemPointer),
                    pointer: itemPointer + "/schema"),
                description: try reader.optionalString(
                    "description", of: parameter, at: itemPointer))
        }
    }

    /// The properties of the form-encoded request body.
    private static func form(
        of members: [String: JSONNode], at pointer: String, document: OpenAPIDocument
    ) throws
        -> [Parameter]
    {
        let reader = document.reader
        guard let body = members["requestBody"] else { return [] }
        let bodyPointer = pointer + "/requestBody"
        guard let content = try reader.object(body, at: bodyPointer)["content"] else { return [] }
        let contentPointer = bodyPointer + "/content"
        guard let form = try reader.object(content, at: contentPointer)[formContentType] else {
            return []
        }
        let formPointer = contentPointer + "/" + OpenAPIReader.escape(formContentType)
        guard let schemaNode = try reader.object(form, at: formPointer)["schema"] else { return [] }
        let schemaPointer = formPointer + "/schema"
        let schema = try OpenAPISchemaResolver(document: document).resolve(
            schemaNode, at: schemaPointer)
        guard case .object(let properties, let required) = schema.kind else {
            throw reader.error(
                "expected the form body to be an object schema, found \(schema.typeDescription)",
                at: schemaPointer)
        }
        return try properties.map { name, member in
            let description = try reader.optionalString(
                "description", of: try reader.object(member.node, at: member.pointer),
                at: member.pointer)
            return Parameter(
                name: name, required: required.contains(name), schema: member,
                description: description)
        }
    }

    /// The schema name that the `200` response refers to, directly or as the `data` of a list.
    private static func returned(
        by members: [String: JSONNode], at pointer: String, reader: OpenAPIReader
    ) throws
        -> String?
    {
        guard
            let schema = members["responses"]?.object?["200"]?.object?["content"]?.object?[
                "application/json"]?
                .object?["schema"]?.object
        else { return nil }
        if let reference = schema["$ref"]?.string {
            return referencedName(reference)
        }
        let element = schema["properties"]?.object?["data"]?.object?["items"]?.object?["$ref"]?
            .string
        return element.flatMap(referencedName)
    }

    private static func referencedName(_ reference: String) -> String? {
        guard reference.hasPrefix(OpenAPISchemaResolver.schemaPrefix) else { return nil }
        return String(reference.dropFirst(OpenAPISchemaResolver.schemaPrefix.count))
    }
}
