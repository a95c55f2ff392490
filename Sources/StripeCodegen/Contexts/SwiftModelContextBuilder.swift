/// Builds the template context of an object's Swift model file from the checked model.
struct SwiftModelContextBuilder {
    let apiVersion: String

    func file(for object: ObjectModel) -> SwiftModelFileContext {
        let header = GeneratedFileHeader.swift(source: object.sourcePath)
        guard !object.fields.isEmpty else {
            let description = object.description
                + "\n\nStripe's `\(object.stripeName)` has operations but no object of its own; this type holds "
                + "their parameters. API version `\(apiVersion)`; API reference: <\(object.docsURL)>."
            return SwiftModelFileContext(
                header: header, model: nil,
                namespace: SwiftNamespaceContext(documentation: description, name: object.swiftName))
        }
        let description = object.description
            + "\n\nStripe object `\(object.stripeName)` of API version `\(apiVersion)`; API reference: "
            + "<\(object.docsURL)>."
        let builder = ObjectModels(api: object.api)
        return SwiftModelFileContext(
            header: header,
            model: builder.structContext(
                name: object.swiftName, description: description, fields: object.fields, isNested: false,
                isIdentifiable: object.isIdentifiable),
            namespace: nil)
    }
}

/// The model types of one object, whose API decides how times are written and whether nested
/// objects are sent as form fields.
private struct ObjectModels {
    let api: StripeAPI

    func structContext(
        name: String, description: String, fields: [FieldModel], isNested: Bool, isIdentifiable: Bool = false
    ) -> SwiftStructContext {
        let isFormEncodable = isNested && api.bodyEncoding == .form
        var structs: [SwiftStructContext] = []
        var enums: [SwiftEnumContext] = []
        for field in fields {
            switch field.type.nestedDeclaration {
            case .object(let nested)?:
                structs.append(
                    structContext(
                        name: nested.swiftName, description: field.description, fields: nested.fields, isNested: true))
            case .enumeration(let model)?:
                enums.append(SwiftEnumContext(model, of: field.name, sentAs: api.bodyEncoding))
            default:
                break
            }
        }
        return SwiftStructContext(
            documentation: description,
            name: name,
            conformances: ["Codable", "Hashable", "Sendable"] + (isIdentifiable ? ["Identifiable"] : [])
                + (isFormEncodable ? ["FormEncodable"] : []),
            properties: fields.map(property),
            initDocLine: fields.contains(where: \.isNullable)
                ? "/// Creates a value; the optional fields left out are `nil`." : "/// Creates a value from all of its fields.",
            encodesNulls: fields.contains(where: \.isNullable),
            isFormEncodable: isFormEncodable,
            structs: structs,
            enums: enums)
    }

    private func property(_ field: FieldModel) -> SwiftPropertyContext {
        var description = field.description
        if let defaultValue = field.defaultValue {
            description += " " + Wording.defaultValue(defaultValue)
        }
        let valueType = SwiftTypeName.of(field.type)
        var wrapper: String?
        if case .timestamp = field.type {
            let format = switch api.timestampFormat {
            case .unixSeconds: "UnixTimestamp"
            case .rfc3339: "RFC3339Timestamp"
            }
            wrapper = field.isNullable ? "Optional" + format : format
        }
        return SwiftPropertyContext(
            documentation: description,
            name: field.swiftName,
            type: field.isNullable ? "\(valueType)?" : valueType,
            defaultValue: field.isNullable ? "nil" : nil,
            wrapper: wrapper,
            codingKey: SwiftCodingKeyContext(field),
            storedValue: wrapper == nil ? field.swiftName : "_" + field.swiftLabel,
            formStatement: "form.encode(\(field.swiftName), at: key[\"\(SwiftTypeName.stringLiteralContents(field.name))\"])")
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
