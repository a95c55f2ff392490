import StripeCodegen
/// The comparison of a field (or a parameter that stands alone) with its OpenAPI schema.
extension DriftComparer {
    /// What the schema compared is: an object's field, returned always or not, or a parameter,
    /// which has no nullability.
    enum SchemaRole {
        case field(alwaysReturned: Bool)
        case parameter
    }

    /// The fields of an object (or the nested fields of a parameter) against its properties.
    mutating func compareMembers(
        _ fields: [RawSchema], _ properties: [String: OpenAPISchema.Member], required: Set<String>,
        at path: [String],
        subject: DriftSubject, role: SchemaRole, context: FileContext
    ) throws {
        let file = context.file
        let what = if case .parameter = role { "nested parameter" } else { "field" }
        for field in fields {
            let name = field.name.value
            let fieldSubject = subject.member(name)
            guard let member = properties[name] else {
                report(
                    .fieldRemoved, in: file, at: path + [name], "removes \(what) \(fieldSubject)",
                    edits: [edit(file, path, .remove(key: name))],
                    review: "parameters, examples and Terraform settings that name it must go too")
                continue
            }
            let memberRole: SchemaRole =
                if case .parameter = role { .parameter } else {
                    .field(alwaysReturned: required.contains(name))
                }
            if case .parameter = role {
                let isRequired = field.required?.value ?? false
                if isRequired != required.contains(name) {
                    report(
                        .required, in: file, at: path + [name, "required"],
                        "makes \(what) \(fieldSubject) \(isRequired ? "optional" : "required")",
                        edits: [requiredEdit(file, path + [name], required: !isRequired)])
                }
            }
            try compareSchema(
                field, try resolver.resolve(member), at: path + [name], subject: fieldSubject,
                role: memberRole,
                context: context)
        }
        let known = Set(fields.map(\.name.value))
        for name in properties.keys.sorted() where !known.contains(name) {
            let fieldSubject = subject.member(name)
            let schema = try resolver.resolve(properties[name]!)
            let writer = NewSpecEntryWriter(resolver: resolver, version: version, context: context)
            let message = "adds \(what) \(fieldSubject) (\(schema.typeDescription))"
            do {
                let entry =
                    if case .parameter = role {
                        try writer.parameter(
                            schema, required: required.contains(name), description: nil)
                    } else {
                        try writer.field(
                            schema, name: name, isTopLevel: path == ["fields"],
                            alwaysReturned: required.contains(name))
                    }
                report(
                    .fieldAdded, in: file, at: path + [name], message,
                    edits: [edit(file, path, .insert(key: name, value: entry.block))],
                    review: entry.review)
            } catch let unsupported as NewSpecEntryWriter.Unsupported {
                report(
                    .fieldAdded, in: file, at: path + [name], message,
                    review: "the spec cannot describe it: \(unsupported.reason)")
            }
        }
    }

    /// One field or standalone parameter: type, nullability, limits, values, nested fields, items.
    mutating func compareSchema(
        _ spec: RawSchema, _ api: OpenAPISchema, at path: [String], subject: DriftSubject,
        role: SchemaRole,
        context: FileContext
    ) throws {
        let file = context.file
        guard let specType = spec.type?.value else { return }
        // A constant (`object: billing.meter`, an enum of one value) may be a plain string.
        let isConstant = specType == "string" && api.enumValues?.count == 1
        guard isConstant || api.specType == specType else {
            report(
                .type, in: file, at: path + ["type"],
                "gives \(subject) the type \(api.typeDescription); the spec says \(specType)",
                review: "--apply does not change types; edit the field by hand")
            return
        }
        if case .field(let alwaysReturned) = role {
            compareNullable(
                spec, api, alwaysReturned: alwaysReturned, at: path, subject: subject, file: file)
        }
        if specType == "string", !isConstant {
            compareLimit(
                "max_length", spec.maxLength?.value, api.maxLength, at: path, subject: subject,
                file: file)
        }
        if let minimum = api.minimum, spec.minimum?.value != minimum {
            compareLimit(
                "minimum", spec.minimum?.value, minimum, at: path, subject: subject, file: file)
        }
        if let maximum = api.maximum, spec.maximum?.value != maximum {
            compareLimit(
                "maximum", spec.maximum?.value, maximum, at: path, subject: subject, file: file)
        }
        switch api.kind {
        case .enumeration(let values) where specType == "enum":
            compareValues(spec, values, at: path, subject: subject, file: file)
        case .object(let properties, let required):
            try compareMembers(
                spec.fields?.value ?? [], properties, required: required, at: path + ["fields"],
                subject: subject,
                role: role, context: context)
        case .list(let items), .map(let items):
            guard let specItems = spec.items else { return }
            let itemRole: SchemaRole =
                if case .parameter = role { .parameter } else { .field(alwaysReturned: true) }
            try compareSchema(
                specItems, try resolver.resolve(items), at: path + ["items"],
                subject: subject.items,
                role: itemRole, context: context)
        default:
            break
        }
    }

    /// Nullable in the spec means: Stripe may return `null` or leave the field out.
    private mutating func compareNullable(
        _ spec: RawSchema, _ api: OpenAPISchema, alwaysReturned: Bool, at path: [String],
        subject: DriftSubject, file: SpecFile
    ) {
        let apiNullable = api.nullable || !alwaysReturned
        guard apiNullable != (spec.nullable?.value ?? false) else { return }
        let message =
            if !apiNullable { "makes \(subject) non-nullable" } else if api.nullable {
                "makes \(subject) nullable"
            } else {
                "no longer always returns \(subject) (it is not in its object's required list)"
            }
        let change: SpecEdit.Change =
            apiNullable ? .set(key: "nullable", value: "true") : .remove(key: "nullable")
        report(
            .nullable, in: file, at: path + ["nullable"], message, edits: [edit(file, path, change)]
        )
    }

    /// A limit (`max_length`, `minimum`, `maximum`) set, changed or removed.
    mutating func compareLimit(
        _ key: String, _ spec: Int?, _ api: Int?, at path: [String], subject: DriftSubject,
        file: SpecFile
    ) {
        guard spec != api else { return }
        let name = key.replacingOccurrences(of: "_", with: " ")
        let kind: Drift.Kind =
            key == "max_length" ? .maxLength : key == "minimum" ? .minimum : .maximum
        if let api {
            let was = spec.map { " (the spec says \($0))" } ?? ""
            report(
                kind, in: file, at: path + [key], "sets \(name) \(api) on \(subject)\(was)",
                edits: [edit(file, path, .set(key: key, value: String(api)))])
        } else if let spec {
            report(
                kind, in: file, at: path + [key],
                "sets no \(name) on \(subject) (the spec says \(spec))",
                edits: [edit(file, path, .remove(key: key))])
        }
    }

    private mutating func compareValues(
        _ spec: RawSchema, _ api: [String], at path: [String], subject: DriftSubject, file: SpecFile
    ) {
        let specValues = spec.values?.value.map(\.value.value) ?? []
        let valuesPath = path + ["values"]
        for value in specValues where !api.contains(value) {
            let uses = [spec.defaultValue, spec.example].compactMap { $0?.value }.contains(value)
            report(
                .enumValueRemoved, in: file, at: valuesPath + [value],
                "removes enum value '\(value)' from \(subject)",
                edits: [edit(file, valuesPath, .remove(key: value))],
                review: uses ? "it is the field's default or example: choose another" : nil)
        }
        for value in api where !specValues.contains(value) && !value.isEmpty {
            report(
                .enumValueAdded, in: file, at: valuesPath + [value],
                "adds enum value '\(value)' to \(subject)",
                edits: [
                    edit(
                        file, valuesPath,
                        .insert(
                            key: value,
                            value: .prose(NewSpecEntryWriter.meaning(of: value, version: version))))
                ],
                review: "describe what '\(value)' means")
        }
    }

    /// `required: true`, or no `required` key (its default, false).
    func requiredEdit(_ file: SpecFile, _ mapping: [String], required: Bool) -> SpecEdit {
        edit(
            file, mapping,
            required ? .set(key: "required", value: "true") : .remove(key: "required"))
    }
}
