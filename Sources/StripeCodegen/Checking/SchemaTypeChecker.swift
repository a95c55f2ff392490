/// Checks the type-related keys of a field or parameter: `type`, `values`, `fields`, `items`,
/// limits and default. Shared by fields and by parameters that are not backed by a field.
struct SchemaTypeChecker {
    let log: DiagnosticLog

    /// The checked type of a field or parameter of the type at `parent`, or `nil` when it is
    /// missing or wrong (reported). `nestedFields` checks the fields of an object type, at the
    /// path it is given.
    func type(
        of raw: RawSchema, parent: TypePath, subject: String,
        nestedFields: (Located<[RawSchema]>, TypePath) -> [FieldModel]
    ) -> FieldType? {
        guard let typeName = raw.type else {
            log.error("\(subject) has no 'type'", at: raw.name.location)
            return nil
        }
        guard FieldType.names.contains(typeName.value) else {
            let hint = Suggestion.hint(for: typeName.value, among: FieldType.names)
            log.error("unknown type '\(typeName.value)'\(hint)", at: typeName.location)
            return nil
        }
        rejectKeys(of: raw, for: typeName.value, subject: subject)
        switch typeName.value {
        case "string": return .string
        case "integer": return .integer
        case "number": return .number
        case "boolean": return .boolean
        case "timestamp": return .timestamp
        case "enum":
            return enumeration(raw, parent: parent, subject: subject).map(FieldType.enumeration)
        case "object":
            guard let fields = raw.fields else {
                log.error("\(subject) is an object but has no 'fields'", at: typeName.location)
                return nil
            }
            let path = parent.appending(nestedTypeName(raw))
            return .object(
                NestedObjectModel(path: path, description: raw.description?.value ?? "", fields: nestedFields(fields, path)))
        default:
            guard let items = raw.items else {
                log.error("\(subject) is a \(typeName.value) but has no 'items'", at: typeName.location)
                return nil
            }
            let itemSubject = "the items of \(subject)"
            guard let itemType = type(of: items, parent: parent, subject: itemSubject, nestedFields: nestedFields) else {
                return nil
            }
            if case .timestamp = itemType {
                log.error(
                    "\(subject) is a \(typeName.value) of timestamps, which the generated coding does not support",
                    at: items.name.location)
                return nil
            }
            let limits = constraints(of: items, type: itemType, subject: itemSubject)
            return typeName.value == "map" ? .map(itemType, limits) : .list(itemType, limits)
        }
    }

    /// The limits of a schema of a known type; reports values that make no sense.
    func constraints(of raw: RawSchema, type: FieldType, subject: String) -> Constraints {
        if let maxLength = raw.maxLength {
            checkMaxLength(maxLength, subject: subject)
        }
        if let maxItems = raw.maxItems {
            checkMaxItems(maxItems, subject: subject)
        }
        if let minimum = raw.minimum, let maximum = raw.maximum, minimum.value > maximum.value {
            log.error(
                "\(subject) has 'minimum' \(minimum.value) above its 'maximum' \(maximum.value)", at: minimum.location)
        }
        if let value = raw.defaultValue {
            checkDefault(value, type: type, subject: subject)
        }
        if let value = raw.example {
            checkDefault(value, type: type, subject: subject, key: "example")
        }
        return Constraints(
            maxLength: raw.maxLength?.value, minimum: raw.minimum?.value, maximum: raw.maximum?.value,
            maxItems: raw.maxItems?.value)
    }

    /// A length limit must allow at least one character.
    func checkMaxLength(_ maxLength: Located<Int>, subject: String) {
        if maxLength.value <= 0 {
            log.error("\(subject) has 'max_length' \(maxLength.value); it must be at least 1", at: maxLength.location)
        }
    }

    /// A list's limit must allow at least one element.
    func checkMaxItems(_ maxItems: Located<Int>, subject: String) {
        if maxItems.value <= 0 {
            log.error("\(subject) has 'max_items' \(maxItems.value); it must be at least 1", at: maxItems.location)
        }
    }

    /// A default or example must be a value of the type.
    private func checkDefault(_ value: Located<String>, type: FieldType, subject: String, key: String = "default") {
        switch type {
        case .string:
            break
        case .integer where Int(value.value) != nil:
            break
        case .enumeration(let model):
            let known = model.values.map(\.rawValue)
            if !known.contains(value.value) {
                log.error(
                    "the \(key) '\(value.value)' of \(subject) is not one of its values: "
                        + known.joined(separator: ", ") + Suggestion.hint(for: value.value, among: known),
                    at: value.location)
            }
        default:
            log.error("\(subject) cannot have \(key == "default" ? "a" : "an") \(key) '\(value.value)' of its type", at: value.location)
        }
    }

    private func enumeration(_ raw: RawSchema, parent: TypePath, subject: String) -> EnumModel? {
        guard let values = raw.values else {
            log.error("\(subject) is an enum but has no 'values'", at: raw.type?.location ?? raw.name.location)
            return nil
        }
        if values.value.isEmpty {
            log.error("\(subject) is an enum with no values", at: values.location)
        }
        let models = values.value.map { value in
            EnumValueModel(rawValue: value.value.value, meaning: value.meaning.value, declaredAt: value.value.location)
        }
        return EnumModel(path: parent.appending(nestedTypeName(raw)), values: models)
    }

    /// The name of an enum or nested object: its field's, and the `swift_type_name` it asks for.
    private func nestedTypeName(_ raw: RawSchema) -> TypeName {
        TypeName(
            specName: raw.name.value, preferred: raw.swiftTypeName?.value,
            declaredAt: raw.swiftTypeName?.location ?? raw.name.location)
    }

    /// Keys that only make sense for some types.
    private func rejectKeys(of raw: RawSchema, for type: String, subject: String) {
        func reject<T>(_ value: Located<T>?, key: String, unless allowed: Set<String>) {
            if let value, !allowed.contains(type) {
                log.error("\(subject) is a \(type): '\(key)' applies to \(allowed.sorted().joined(separator: ", ")) only", at: value.location)
            }
        }
        reject(raw.maxLength, key: "max_length", unless: ["string"])
        reject(raw.minimum, key: "minimum", unless: ["integer"])
        reject(raw.maximum, key: "maximum", unless: ["integer"])
        reject(raw.maxItems, key: "max_items", unless: ["list"])
        reject(raw.values, key: "values", unless: ["enum"])
        reject(raw.fields, key: "fields", unless: ["object"])
        reject(raw.swiftTypeName, key: "swift_type_name", unless: ["enum", "object"])
        reject(raw.exampleEntries, key: "example (a mapping)", unless: ["map"])
        if let items = raw.items, !["list", "map"].contains(type) {
            log.error("\(subject) is a \(type): 'items' applies to list, map only", at: items.name.location)
        }
    }
}
