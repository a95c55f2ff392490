/// Builds the template context of an object's request parameters and builders.
struct SwiftRequestsContextBuilder {
    func file(for object: ObjectModel) -> SwiftRequestsFileContext {
        SwiftRequestsFileContext(
            header: GeneratedFileHeader.swift(source: object.sourcePath),
            objectName: object.swiftName,
            params: object.operations.map(paramsStruct),
            builders: object.operations.map(builder))
    }

    private func paramsStruct(for operation: OperationModel) -> SwiftParamsStructContext {
        let description = "The parameters of `\(operation.swiftName)`, to \(operation.summary.lowercasingFirstLetter()): "
            + "`\(operation.method) \(operation.path)`.\n\n\(operation.description)"
        var context = structContext(
            name: operation.paramsTypeName, description: description, params: operation.requestParams, depth: 1,
            conformances: operation.isPaginated ? "PaginationParams" : "RequestParams")
        if !operation.isPaginated && isExpandOnly(operation.requestParams) {
            context.isAlias = true
            context.aliasTarget = "StripeRuntime.ExpandParams"
        }
        return context
    }

    /// Whether `params` are Stripe's usual `expand` alone, the one parameter of the runtime's
    /// `ExpandParams`: an optional list of strings of at most 5000 characters each.
    private func isExpandOnly(_ params: [ParamModel]) -> Bool {
        guard params.count == 1, let param = params.first, param.name == "expand", !param.isRequired,
            param.after == nil, case .list(.string, let items) = param.type
        else { return false }
        return items.maxLength == 5000
    }

    private func structContext(
        name: String, description: String, params: [ParamModel], depth: Int, conformances: String
    ) -> SwiftParamsStructContext {
        let indent = depth * 4
        let fieldIndent = indent + 12
        var structs: [SwiftParamsStructContext] = []
        var enums: [SwiftEnumContext] = []
        for param in params {
            switch param.type.nestedDeclaration {
            case .object?:
                var nested = structContext(
                    name: typeName(of: param.type), description: param.description, params: param.nestedParams,
                    depth: depth + 1, conformances: "RequestParams")
                if let objectType = objectType(sentAsIs: param) {
                    nested.isAlias = true
                    nested.aliasTarget = objectType
                }
                structs.append(nested)
            case .enumeration(let model)? where param.field == nil:
                enums.append(SwiftEnumContext(model, description: param.description, indent: indent + 4))
            default:
                break
            }
        }
        return SwiftParamsStructContext(
            docLines: DocComment.lines(description, indent: indent),
            name: name,
            isAlias: false,
            aliasTarget: "",
            conformances: conformances,
            properties: params.enumerated().map { index, param in
                property(param, indent: indent + 4, isLast: index == params.count - 1)
            },
            hasProperties: !params.isEmpty,
            initDocLine: params.allSatisfy(\.isRequired)
                ? "/// Creates the parameters." : "/// Creates the parameters; those left `nil` are not sent.",
            // swift-format puts a comma after each element of a list of several, none after one alone.
            fieldLines: params.flatMap { fieldLines($0, comma: params.count > 1 ? "," : "", indent: fieldIndent) },
            structs: structs,
            enums: enums)
    }

    /// `indent` is that of the property. Its argument to the memberwise initializer in
    /// `init(from:)` is indented twice more, with a comma unless it is the last.
    private func property(_ param: ParamModel, indent: Int, isLast: Bool) -> SwiftParamPropertyContext {
        let type = typeName(of: param.type)
        return SwiftParamPropertyContext(
            docLines: DocComment.lines(
                ([param.description] + param.limitPhrases.map(Wording.sentence))
                    .joined(separator: " "),
                indent: indent),
            name: param.swiftName,
            wireName: param.name,
            decodeLines: SwiftLineBreaking.decodedArgument(
                param.swiftName, key: param.name, isLast: isLast, indent: indent + 8),
            type: param.isRequired ? type : "\(type)?",
            defaultValue: param.isRequired ? nil : "nil")
    }

    /// The Swift type of a parameter: nested objects are the parameters type declared inside the
    /// enclosing one; enums are the object's (or the parameters type's) own.
    private func typeName(of type: FieldType) -> String {
        switch type {
        case .enumeration(let model): model.qualifiedSwiftName
        case .object(let model): model.swiftName
        case .list(let element, _): "[\(typeName(of: element))]"
        case .map(let value, _): "[String: \(typeName(of: value))]"
        default: SwiftTypeName.of(type)
        }
    }

    /// The object's own type for a nested object parameter that a request can send as it is,
    /// rather than a parameters type of its own: one whose fields the request requires, which are
    /// never `null`, and hold no timestamps (parameters decode those with the decoder's date
    /// strategy, objects as Unix seconds), at any depth. Its rules go in the enclosing `fields`.
    private func objectType(sentAsIs param: ParamModel) -> String? {
        guard case .object(let object) = param.type, param.field != nil,
            param.nestedParams.count == object.fields.count
        else { return nil }
        let sentAsIs = zip(param.nestedParams, object.fields).allSatisfy { nested, field in
            guard nested.isRequired, !field.isNullable, !field.type.holdsTimestamps else { return false }
            if case .object = field.type { return objectType(sentAsIs: nested) != nil }
            return true
        }
        return sentAsIs ? object.qualifiedSwiftName : nil
    }

    /// The parameter's entry in its type's `fields`, broken as swift-format breaks it: like any
    /// call, except that nested fields' rules too long for one line go one to a line.
    private func fieldLines(_ param: ParamModel, comma: String, indent: Int) -> [String] {
        let lines = SwiftLineBreaking.call(fieldEntry(param) + comma, indent: indent)
        let nested = nestedFieldRules(of: param)
        guard lines.contains(where: { indent + $0.count > DocComment.lineLength }), nested.count > 1 else {
            return lines
        }
        return ["ParamField(", "    \"\(param.name)\", \\.\(param.swiftName),", "    fields: ["]
            + nested.map { "        \($0)," } + ["    ])" + comma]
    }

    /// The parameter's entry in its type's `fields`: Stripe's name, the key path, and the rules
    /// that the runtime cannot tell from the type (an enum value must be known and nested
    /// parameters check their own fields whatever the spec says).
    private func fieldEntry(_ param: ParamModel) -> String {
        var arguments = ["\"\(param.name)\"", "\\.\(param.swiftName)"] + ruleArguments(of: param)
        if let earlier = param.after { arguments.append("after: \"\(earlier)\"") }
        return "ParamField(\(arguments.joined(separator: ", ")))"
    }

    /// The arguments of `ParamField` or `FieldRules` that state the parameter's rules; for an
    /// object sent as it is, its fields' rules by name.
    private func ruleArguments(of param: ParamModel) -> [String] {
        var rules: [String] = []
        switch param.type {
        case .string:
            if param.isRequired { rules.append("required: true") }
            if let maxLength = param.constraints.maxLength { rules.append("maxLength: \(maxLength)") }
        case .integer:
            if let minimum = param.constraints.minimum { rules.append("minimum: \(minimum)") }
            if let maximum = param.constraints.maximum { rules.append("maximum: \(maximum)") }
        case .list(let element, let items), .map(let element, let items):
            if param.isRequired { rules.append("required: true") }
            if case .string = element, let maxLength = items.maxLength { rules.append("maxLength: \(maxLength)") }
        case .object where objectType(sentAsIs: param) != nil:
            let fields = nestedFieldRules(of: param)
            if !fields.isEmpty { rules.append("fields: [\(fields.joined(separator: ", "))]") }
        case .enumeration, .object, .number, .boolean, .timestamp:
            break
        }
        return rules
    }

    /// `"event_payload_key": FieldRules(required: true, maxLength: 100)` for each nested field of
    /// an object sent as it is that has rules.
    private func nestedFieldRules(of param: ParamModel) -> [String] {
        param.nestedParams.compactMap { nested in
            let rules = ruleArguments(of: nested)
            return rules.isEmpty ? nil : "\"\(nested.name)\": FieldRules(\(rules.joined(separator: ", ")))"
        }
    }

    private func builder(for operation: OperationModel) -> SwiftRequestBuilderContext {
        let description = "The request to \(operation.summary.lowercasingFirstLetter()): "
            + "`\(operation.method) \(operation.path)`.\n\n\(operation.description)\n\n"
            + "- Throws: `StripeValidationError` listing every parameter that breaks Stripe's rules."
        return SwiftRequestBuilderContext(
            docLines: DocComment.lines(description, indent: 4),
            name: operation.requestBuilderName,
            parameters: operation.swiftParameters(paramsType: operation.paramsTypeName),
            requestLines: SwiftLineBreaking.call(requestCall(operation), indent: 8))
    }

    /// `try StripeRequest(.get, "/v1/billing/meters/{id}", pathParams: [PathParam("id", id, maxLength: 5000)],
    /// params: params)`: the path as the spec writes it, its parameters filled in and checked by the
    /// runtime, to the limits the reference states.
    private func requestCall(_ operation: OperationModel) -> String {
        var arguments = [".\(operation.method.lowercased())", "\"\(operation.path)\""]
        if !operation.pathParams.isEmpty {
            let params = operation.pathParams.map { param in
                "PathParam(\"\(param.name)\", \(param.swiftName)"
                    + (param.constraints.maxLength.map { ", maxLength: \($0))" } ?? ")")
            }
            arguments.append("pathParams: [\(params.joined(separator: ", "))]")
        }
        arguments.append("params: params")
        return "try StripeRequest(\(arguments.joined(separator: ", ")))"
    }
}

extension String {
    /// `Create a billing meter` → `create a billing meter`.
    func lowercasingFirstLetter() -> String {
        prefix(1).lowercased() + dropFirst()
    }
}
