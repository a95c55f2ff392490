/// Builds the template context of an object's Swift model file from the checked model.
struct SwiftModelContextBuilder {
    let apiVersion: String

    func file(for object: ObjectModel) -> SwiftModelFileContext {
        let description = object.description
            + "\n\nStripe object `\(object.stripeName)` of API version `\(apiVersion)`; API reference: "
            + "<\(object.docsURL)>."
        return SwiftModelFileContext(
            header: GeneratedFileHeader.swift(source: object.sourcePath),
            model: structContext(
                name: object.swiftName, description: description, fields: object.fields, depth: 0,
                isIdentifiable: object.isIdentifiable))
    }

    private func structContext(
        name: String, description: String, fields: [FieldModel], depth: Int, isIdentifiable: Bool = false
    ) -> SwiftStructContext {
        let indent = depth * 4
        var structs: [SwiftStructContext] = []
        var enums: [SwiftEnumContext] = []
        for field in fields {
            switch field.type.nestedDeclaration {
            case .object(let nested)?:
                structs.append(
                    structContext(name: nested.swiftName, description: field.description, fields: nested.fields, depth: depth + 1))
            case .enumeration(let model)?:
                enums.append(SwiftEnumContext(model, description: field.description, indent: indent + 4))
            default:
                break
            }
        }
        return SwiftStructContext(
            docLines: DocComment.lines(description, indent: indent),
            name: name,
            conformances: "StripeModel" + (isIdentifiable ? ", Identifiable" : ""),
            properties: fields.enumerated().map { index, field in
                property(field, indent: indent + 4, isLast: index == fields.count - 1)
            },
            // swift-format puts a comma after each element of a list of several, none after one alone.
            fieldLines: fields.flatMap { field in
                SwiftLineBreaking.call(
                    "ModelField(\"\(field.name)\", \\.\(field.swiftName))" + (fields.count > 1 ? "," : ""),
                    indent: indent + 12)
            },
            structs: structs,
            enums: enums)
    }

    /// `indent` is that of the property. Its argument to the memberwise initializer in
    /// `init(from:)` is indented twice more, with a comma unless it is the last.
    private func property(_ field: FieldModel, indent: Int, isLast: Bool) -> SwiftPropertyContext {
        var description = field.description
        if let defaultValue = field.defaultValue {
            description += " " + Wording.defaultValue(defaultValue)
        }
        let valueType = SwiftTypeName.of(field.type)
        return SwiftPropertyContext(
            docLines: DocComment.lines(description, indent: indent),
            name: field.swiftName,
            type: field.isNullable ? "\(valueType)?" : valueType,
            decodeLines: SwiftLineBreaking.decodedArgument(
                field.swiftName, key: field.name, isLast: isLast, indent: indent + 8))
    }
}

extension FieldType {
    /// Whether the type is a timestamp or holds one, in a list, map or nested object.
    var holdsTimestamps: Bool {
        switch self {
        case .timestamp: true
        case .list(let element, _), .map(let element, _): element.holdsTimestamps
        case .object(let object): object.fields.contains { $0.type.holdsTimestamps }
        default: false
        }
    }

    /// The enum or nested object this type declares, looking through lists and maps.
    var nestedDeclaration: FieldType? {
        switch self {
        case .enumeration, .object: self
        case .list(let element, _), .map(let element, _): element.nestedDeclaration
        default: nil
        }
    }
}
