/// Builds the template context of an object's request parameters and builders.
struct SwiftRequestsContextBuilder {
    func file(for object: ObjectModel) -> SwiftRequestsFileContext {
        let builder = ObjectRequests(encoding: object.api.bodyEncoding)
        return SwiftRequestsFileContext(
            header: GeneratedFileHeader.swift(source: object.sourcePath),
            objectName: object.swiftName,
            params: object.operations.map(builder.paramsStruct),
            builders: object.operations.map(builder.builder))
    }
}

/// The requests of one object, whose API decides how they are encoded.
private struct ObjectRequests {
    let encoding: StripeAPI.BodyEncoding

    /// The protocol every parameters type of the object conforms to.
    private var paramsProtocol: String {
        switch encoding {
        case .form: "RequestParams"
        case .json: "JSONRequestParams"
        }
    }

    func paramsStruct(for operation: OperationModel) -> SwiftParamsStructContext {
        let description = "The parameters of `\(operation.swiftName)`, to \(operation.summary.lowercasingFirstLetter()): "
            + "`\(operation.method) \(operation.path)`.\n\n\(operation.description)"
        var context = structContext(
            name: operation.paramsTypeName, description: description, params: operation.requestParams,
            conformances: [paramsProtocol] + (operation.isPaginated ? ["PaginationParams"] : []))
        if encoding == .form && !operation.isPaginated && isExpandOnly(operation.requestParams) {
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
        name: String, description: String, params: [ParamModel], conformances: [String]
    ) -> SwiftParamsStructContext {
        var structs: [SwiftParamsStructContext] = []
        var enums: [SwiftEnumContext] = []
        for param in params {
            switch param.type.nestedDeclaration {
            case .object(let object)?:
                // An object parameter is described by the parameter, the elements of a list by their own.
                let isElement = if case .object = param.type { false } else { true }
                var nested = structContext(
                    name: object.swiftName, description: isElement ? object.description : param.description,
                    params: param.nestedParams, conformances: [paramsProtocol])
                if let objectType = objectType(sentAsIs: param) {
                    nested.isAlias = true
                    nested.aliasTarget = objectType
                }
                structs.append(nested)
            case .enumeration(let model)? where model.path.operation != nil:
                enums.append(SwiftEnumContext(model, of: param.name, sentAs: encoding))
            default:
                break
            }
        }
        return SwiftParamsStructContext(
            documentation: description,
            name: name,
            isAlias: false,
            aliasTarget: "",
            conformances: conformances,
            encodesJSON: encoding == .json,
            properties: params.map(property),
            hasProperties: !params.isEmpty,
            initDocLine: params.allSatisfy(\.isRequired)
                ? "/// Creates the parameters." : "/// Creates the parameters; those left `nil` are not sent.",
            // Each parameter's own rules, then the order of times.
            validations: params.flatMap { checks(of: $0, value: $0.swiftName, key: Self.key($0)) }
                + params.compactMap(orderCheck),
            structs: structs,
            enums: enums)
    }

    private func property(_ param: ParamModel) -> SwiftParamPropertyContext {
        let type = typeName(of: param.type)
        return SwiftParamPropertyContext(
            documentation: ([param.description] + Wording.unstated(param.limitPhrases, in: param.description).map(Wording.sentence))
                    .joined(separator: " "),
            name: param.swiftName,
            codingKey: SwiftCodingKeyContext(param),
            encodeStatement: encoding == .form
                ? "form.encode(\(param.swiftName), at: \(Self.key(param)))"
                : "json.encode(\(param.swiftName), forKey: \"\(SwiftTypeName.stringLiteralContents(param.name))\")",
            type: param.isRequired ? type : "\(type)?",
            defaultValue: param.isRequired ? nil : "nil")
    }

    /// `key["display_name"]`: the parameter's form key below its parent's `key`.
    private static func key(_ param: ParamModel, below parent: String = "key") -> String {
        "\(parent)[\"\(SwiftTypeName.stringLiteralContents(param.name))\"]"
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
    /// strategy, objects as Unix seconds), at any depth. The enclosing parameters check its
    /// fields' rules.
    private func objectType(sentAsIs param: ParamModel) -> String? {
        guard encoding == .form, case .object(let object) = param.type, param.field != nil,
            object.path.operation == nil, param.nestedParams.count == object.fields.count
        else { return nil }
        let sentAsIs = zip(param.nestedParams, object.fields).allSatisfy { nested, field in
            guard nested.isRequired, !field.isNullable, !field.type.holdsTimestamps else { return false }
            if case .object = field.type { return objectType(sentAsIs: nested) != nil }
            return true
        }
        return sentAsIs ? object.qualifiedSwiftName : nil
    }

    /// The statements that check `param`, whose value is the expression `value` (optional when a
    /// `?.` leads to it) and whose form key is `key`: not empty, within its limits, a known enum
    /// value; a nested parameters type checks itself, and the fields of an object sent as it is
    /// are checked here, each by the path to it.
    private func checks(of param: ParamModel, value: String, key: String) -> [String] {
        var checks: [String] = []
        let limits = param.constraints
        switch param.type {
        case .string:
            if param.isRequired { checks.append("validator.checkNotEmpty(\(value), at: \(key))") }
            if let maxLength = limits.maxLength { checks.append("validator.checkLength(\(value), max: \(maxLength), at: \(key))") }
        case .integer where limits.minimum != nil || limits.maximum != nil:
            let bounds = [limits.minimum, limits.maximum].map { $0.map(String.init) ?? "nil" }
            checks.append("validator.checkRange(\(value), min: \(bounds[0]), max: \(bounds[1]), at: \(key))")
        case .enumeration, .list(.enumeration, _), .map(.enumeration, _):
            checks.append("validator.checkKnown(\(value), at: \(key))")
        case .list(let element, let items), .map(let element, let items):
            if param.isRequired { checks.append("validator.checkNotEmpty(\(value), at: \(key))") }
            if case .string = element, let maxLength = items.maxLength {
                checks.append("validator.checkLengths(\(value), max: \(maxLength), at: \(key))")
            }
            if case .object = element { checks.append("validator.validate(\(value), at: \(key))") }
        case .object where objectType(sentAsIs: param) != nil:
            let member = value + (param.isRequired && !value.contains("?") ? "." : "?.")
            for nested in param.nestedParams {
                checks += self.checks(of: nested, value: member + nested.swiftName, key: Self.key(nested, below: key))
            }
        case .object:
            checks.append("validator.validate(\(value), at: \(key))")
        case .integer, .number, .boolean, .timestamp:
            break
        }
        if case .list = param.type, let maxItems = limits.maxItems {
            checks.append("validator.checkCount(\(value), max: \(maxItems), at: \(key))")
        }
        return checks
    }

    /// The check that `param`'s time comes after the one of the parameter it refers to, if any.
    private func orderCheck(of param: ParamModel) -> String? {
        guard let earlier = param.after?.target else { return nil }
        return "validator.checkOrder(\(earlier.swiftName), at: \(Self.key(earlier)), "
            + "before: \(param.swiftName), at: \(Self.key(param)))"
    }

    func builder(for operation: OperationModel) -> SwiftRequestBuilderContext {
        let description = "The request to \(operation.summary.lowercasingFirstLetter()): "
            + "`\(operation.method) \(operation.path)`.\n\n\(operation.description)\n\n"
            + "- Throws: `StripeValidationError` listing every parameter that breaks Stripe's rules."
        return SwiftRequestBuilderContext(
            documentation: description,
            name: operation.requestBuilderName,
            parameters: operation.swiftParameters(paramsType: operation.paramsTypeName),
            requestCall: requestCall(operation))
    }

    /// `try StripeRequest(.get, "/v1/billing/meters/{id}", pathParams: [PathParam("id", id, maxLength: 5000)],
    /// params: params)`: the path as the spec writes it, its parameters filled in and checked by the
    /// runtime, to the limits the reference states.
    private func requestCall(_ operation: OperationModel) -> String {
        var arguments = [".\(operation.method.lowercased())", "\"\(operation.path)\""]
        if operation.host != .api { arguments.append("host: .\(operation.host.swiftName)") }
        if operation.authentication != .secretKey { arguments.append("authentication: .\(operation.authentication.swiftName)") }
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
