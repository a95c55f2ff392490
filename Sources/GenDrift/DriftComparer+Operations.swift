import StripeCodegen
/// The comparison of an operation with the OpenAPI operation at its method and path: what it
/// returns, and its parameters, wherever they travel (path, query, form body).
extension DriftComparer {
    mutating func compare(_ operation: RawOperation, context: FileContext) throws {
        let file = context.file
        guard let method = operation.method?.value, let path = operation.path?.value else { return }
        let name = operation.name.value
        let operationPath = ["operations", name]
        let operationSubject = "\(name) (\(method) \(path))"
        guard let api = try OpenAPIOperation.find(method: method, path: path, in: document) else {
            report(
                .operationMissing, in: file, at: operationPath + ["path"],
                "has no operation \(operationSubject)",
                review: "Stripe may have moved or removed it; edit the spec by hand")
            return
        }
        countOperation()
        if let returns = operation.returns, let apiReturns = api.returns,
            apiReturns != returns.value
        {
            report(
                .returns, in: file, at: operationPath + ["returns"],
                "returns \(apiReturns) from \(operationSubject); the spec says \(returns.value)",
                review: "edit 'returns' by hand")
        }
        let paramsPath = operationPath + ["params"]
        for parameter in operation.params {
            let parameterName = parameter.name.value
            guard let apiParameter = api.parameters[parameterName] else {
                report(
                    .parameterRemoved, in: file, at: paramsPath + [parameterName],
                    "removes parameter '\(parameterName)' from \(operationSubject)",
                    edits: [edit(file, paramsPath, .remove(key: parameterName))])
                continue
            }
            try compare(
                parameter, apiParameter, operation: operation,
                subject: DriftSubject(name: parameterName, operation: name),
                context: context)
        }
        let known = Set(operation.params.map(\.name.value))
        for parameterName in api.parameters.keys.sorted() where !known.contains(parameterName) {
            try addParameter(
                api.parameters[parameterName]!, to: operation, subject: operationSubject,
                context: context)
        }
    }

    private mutating func compare(
        _ parameter: RawSchema, _ api: OpenAPIOperation.Parameter, operation: RawOperation,
        subject: DriftSubject,
        context: FileContext
    ) throws {
        let file = context.file
        let name = parameter.name.value
        let parameterPath = ["operations", operation.name.value, "params", name]
        let schema = try resolver.resolve(api.schema)
        let field = parameter.type == nil ? context.field(name) : nil
        if operation.path?.value.contains("{\(name)}") == true {
            if !api.required {
                report(
                    .required, in: file, at: parameterPath, "makes \(subject) optional",
                    review: "a path parameter is always required; edit the operation by hand")
            }
        } else {
            let isCreate = operation.kind?.value == "create"
            let inherited = isCreate ? field?.required?.value ?? false : false
            let specRequired = parameter.required?.value ?? inherited
            if specRequired != api.required {
                // The create request defines a field's `required`: the edit goes to the field
                // unless the parameter overrides it.
                let target =
                    parameter.required == nil && isCreate && field != nil
                    ? ["fields", name] : parameterPath
                report(
                    .required, in: file, at: target + ["required"],
                    "makes \(subject) \(api.required ? "required" : "optional")",
                    edits: [requiredEdit(file, target, required: api.required)])
            }
        }
        if parameter.type != nil {
            try compareSchema(
                parameter, schema, at: parameterPath, subject: subject, role: .parameter,
                context: context)
            return
        }
        // Without the object (reported at the file's `object`), there is no field to compare with.
        guard let field, case .object(let properties, _) = context.object?.kind else { return }
        guard let objectMember = properties[name] else {
            report(
                .requestDiffers, in: file, at: parameterPath,
                "takes \(subject), but its object has no field '\(name)' for it to set",
                review: "give the parameter its own type, or remove it")
            return
        }
        try compareRequest(
            parameter, field: field, request: schema, object: try resolver.resolve(objectMember),
            parameterPath: parameterPath,
            fieldPath: ["fields", name], subject: subject, file: file)
    }

    /// A parameter that sets a field: its type, values and nested fields come from the field,
    /// whose drift is reported at the field; here only what the request says differently from
    /// its object (its own limits, required nested fields, other values or fields).
    private mutating func compareRequest(
        _ parameter: RawSchema?, field: RawSchema, request: OpenAPISchema, object: OpenAPISchema,
        parameterPath: [String],
        fieldPath: [String], subject: DriftSubject, file: SpecFile
    ) throws {
        guard
            request.specType == object.specType
                || (request.specType == nil && object.specType == nil)
        else {
            report(
                .requestDiffers, in: file, at: parameterPath,
                "takes \(subject) as \(request.typeDescription); its object's field is \(object.typeDescription)",
                review: "edit the parameter by hand")
            return
        }
        switch (request.kind, object.kind) {
        case (.string, _):
            let specLength = parameter?.maxLength?.value ?? object.maxLength
            let apiLength = request.maxLength ?? object.maxLength
            guard specLength != apiLength else { break }
            let override = request.maxLength.flatMap { $0 == object.maxLength ? nil : $0 }
            let change: SpecEdit.Change =
                override.map { .set(key: "max_length", value: String($0)) }
                ?? .remove(key: "max_length")
            let was = specLength.map { " (the spec says \($0))" } ?? ""
            let message =
                apiLength.map { "sets max length \($0) on \(subject)\(was)" }
                ?? "sets no max length on \(subject)\(was)"
            report(
                .maxLength, in: file, at: parameterPath + ["max_length"], message,
                edits: [edit(file, parameterPath, change)])
        case (.enumeration(let taken), .enumeration(let values)) where Set(taken) != Set(values):
            report(
                .requestDiffers, in: file, at: parameterPath,
                "takes the values \(taken.joined(separator: ", ")) for \(subject); its object's field has \(values.joined(separator: ", "))",
                review: "the parameter takes the field's values; give it its own type to differ")
        case (.object(let requestProperties, let requestRequired), .object(let objectProperties, _)):
            try compareNested(
                parameter, field: field, requestProperties, requestRequired, objectProperties,
                parameterPath: parameterPath, fieldPath: fieldPath, subject: subject, file: file)
        case (.list(let requestItems), .list(let objectItems)),
            (.map(let requestItems), .map(let objectItems)):
            let requestLength = try resolver.resolve(requestItems).maxLength
            let objectLength = try resolver.resolve(objectItems).maxLength
            if let requestLength, requestLength != objectLength {
                report(
                    .requestDiffers, in: file, at: parameterPath,
                    "sets max length \(requestLength) on \(subject.items); its object's field has \(objectLength.map(String.init) ?? "none")",
                    review: "the parameter takes the field's items; edit it by hand")
            }
        default:
            break
        }
    }

    private mutating func compareNested(
        _ parameter: RawSchema?, field: RawSchema,
        _ requestProperties: [String: OpenAPISchema.Member],
        _ requestRequired: Set<String>, _ objectProperties: [String: OpenAPISchema.Member],
        parameterPath: [String],
        fieldPath: [String], subject: DriftSubject, file: SpecFile
    ) throws {
        let nestedFields = field.fields?.value ?? []
        for name in requestProperties.keys.sorted() where objectProperties[name] == nil {
            report(
                .requestDiffers, in: file, at: parameterPath,
                "takes \(subject.member(name)), which its object's field does not have",
                review: "the parameter takes the field's nested fields; edit it by hand")
        }
        for nested in nestedFields {
            let name = nested.name.value
            guard let objectMember = objectProperties[name] else { continue }
            guard let requestMember = requestProperties[name] else {
                report(
                    .requestDiffers, in: file, at: parameterPath,
                    "does not take \(subject.member(name)), which the parameter takes from its field",
                    review: "edit the parameter by hand")
                continue
            }
            let override = parameter?.fields?.value.first { $0.name.value == name }
            let overridePath = parameterPath + ["fields", name]
            let nestedFieldPath = fieldPath + ["fields", name]
            let specRequired = override?.required?.value ?? nested.required?.value ?? false
            if specRequired != requestRequired.contains(name) {
                let target = override?.required != nil ? overridePath : nestedFieldPath
                report(
                    .required, in: file, at: target + ["required"],
                    "makes \(subject.member(name)) \(specRequired ? "optional" : "required")",
                    edits: [requiredEdit(file, target, required: !specRequired)])
            }
            try compareRequest(
                override, field: nested, request: try resolver.resolve(requestMember),
                object: try resolver.resolve(objectMember), parameterPath: overridePath,
                fieldPath: nestedFieldPath,
                subject: subject.member(name), file: file)
        }
    }
}
