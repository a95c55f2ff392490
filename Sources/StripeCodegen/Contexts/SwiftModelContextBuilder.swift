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
                enums.append(SwiftEnumContext(model, of: field.name, indent: indent + 4))
            default:
                break
            }
        }
        let isNested = depth > 0
        return SwiftStructContext(
            docLines: DocComment.lines(description, indent: indent),
            name: name,
            conformances: ["Codable", "Hashable", "Sendable"] + (isIdentifiable ? ["Identifiable"] : [])
                + (isNested ? ["FormEncodable"] : []),
            properties: fields.map { property($0, indent: indent + 4) },
            initDocLine: fields.contains(where: \.isNullable)
                ? "/// Creates a value; the optional fields left out are `nil`." : "/// Creates a value from all of its fields.",
            encodesNulls: fields.contains(where: \.isNullable),
            isFormEncodable: isNested,
            structs: structs,
            enums: enums)
    }

    /// `indent` is that of the property.
    private func property(_ field: FieldModel, indent: Int) -> SwiftPropertyContext {
        var description = field.description
        if let defaultValue = field.defaultValue {
            description += " " + Wording.defaultValue(defaultValue)
        }
        let valueType = SwiftTypeName.of(field.type)
        var wrapper: String?
        if case .timestamp = field.type {
            wrapper = field.isNullable ? "OptionalUnixTimestamp" : "UnixTimestamp"
        }
        return SwiftPropertyContext(
            docLines: DocComment.lines(description, indent: indent),
            name: field.swiftName,
            type: field.isNullable ? "\(valueType)?" : valueType,
            defaultValue: field.isNullable ? "nil" : nil,
            wrapper: wrapper,
            codingKey: SwiftCodingKeyContext(field),
            storedValue: wrapper == nil ? field.swiftName : "_" + field.swiftLabel,
            formLines: SwiftLineBreaking.call(
                "form.encode(\(field.swiftName), at: key[\"\(SwiftTypeName.stringLiteralContents(field.name))\"])",
                indent: indent + 4))
    }
}

extension SwiftCodingKeyContext {
    /// The key of `field`: its Swift name, with Stripe's name as the raw value when they differ.
    init(_ field: FieldModel) {
        self.init(name: field.swiftName, rawValue: field.swiftLabel == field.name ? nil : field.name)
    }

    /// The key of `param`.
    init(_ param: ParamModel) {
        self.init(name: param.swiftName, rawValue: param.swiftLabel == param.name ? nil : param.name)
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
