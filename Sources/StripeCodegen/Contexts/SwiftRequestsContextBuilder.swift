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
        let params = operation.requestParams
        let ordering = params.compactMap { param in
            param.after.flatMap { earlier in params.first { $0.name == earlier } }.map { earlier in
                "validator.checkOrder(\(earlier.swiftName), at: key[\"\(earlier.name)\"], before: \(param.swiftName), "
                    + "at: key[\"\(param.name)\"])"
            }
        }
        return structContext(
            name: operation.paramsTypeName, description: description, params: params, depth: 1,
            conformances: operation.isPaginated ? "PaginationParams" : "RequestParams", extraChecks: ordering)
    }

    private func structContext(
        name: String, description: String, params: [ParamModel], depth: Int, conformances: String,
        extraChecks: [String] = []
    ) -> SwiftParamsStructContext {
        let indent = depth * 4
        let bodyIndent = indent + 8
        var structs: [SwiftParamsStructContext] = []
        var enums: [SwiftEnumContext] = []
        for param in params {
            switch param.type.nestedDeclaration {
            case .object?:
                structs.append(
                    structContext(
                        name: typeName(of: param.type), description: param.description, params: param.nestedParams,
                        depth: depth + 1, conformances: "RequestParams"))
            case .enumeration(let model)? where param.fieldName == nil:
                enums.append(SwiftEnumContext(model, description: param.description, indent: indent + 4))
            default:
                break
            }
        }
        let validateLines = (params.flatMap(checks) + extraChecks).flatMap {
            SwiftLineBreaking.call($0, indent: bodyIndent)
        }
        return SwiftParamsStructContext(
            indent: String(repeating: " ", count: indent),
            docLines: DocComment.lines(description, indent: indent),
            name: name,
            conformances: conformances,
            properties: params.enumerated().map { index, param in
                property(param, indent: indent + 4, hasNext: index < params.count - 1)
            },
            hasProperties: !params.isEmpty,
            initDocLine: params.allSatisfy(\.isRequired)
                ? "/// Creates the parameters." : "/// Creates the parameters; those left `nil` are not sent.",
            encodeLines: params.flatMap {
                SwiftLineBreaking.call("form.encode(\($0.swiftName), at: key[\"\($0.name)\"])", indent: bodyIndent)
            },
            validateLines: validateLines,
            structs: structs,
            enums: enums)
    }

    private func property(_ param: ParamModel, indent: Int, hasNext: Bool) -> SwiftParamPropertyContext {
        let type = typeName(of: param.type)
        return SwiftParamPropertyContext(
            docLines: DocComment.lines(
                ([param.description] + param.limitPhrases.map { $0.prefix(1).uppercased() + $0.dropFirst() + "." })
                    .joined(separator: " "),
                indent: indent),
            name: param.swiftName,
            wireName: param.name,
            type: param.isRequired ? type : "\(type)?",
            defaultValue: param.isRequired ? "" : " = nil",
            hasNext: hasNext)
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

    /// The validator calls that check one parameter against the request's rules.
    private func checks(_ param: ParamModel) -> [String] {
        let at = "at: key[\"\(param.name)\"])"
        let value = param.swiftName
        var lines: [String] = []
        switch param.type {
        case .string:
            if param.isRequired { lines.append("validator.checkRequired(\(value), \(at)") }
            if let maxLength = param.constraints.maxLength {
                lines.append("validator.checkLength(\(value), max: \(maxLength), \(at)")
            }
        case .integer:
            let bounds = [param.constraints.minimum, param.constraints.maximum]
            if bounds.contains(where: { $0 != nil }) {
                let (minimum, maximum) = (bounds[0].map(String.init) ?? "nil", bounds[1].map(String.init) ?? "nil")
                lines.append("validator.checkRange(\(value), min: \(minimum), max: \(maximum), \(at)")
            }
        case .enumeration:
            lines.append("validator.checkKnown(\(value), \(at)")
        case .object:
            lines.append("validator.validate(\(value), \(at)")
        case .list(let element, let items), .map(let element, let items):
            if param.isRequired { lines.append("validator.checkRequired(\(value), \(at)") }
            switch element {
            case .string:
                if let maxLength = items.maxLength {
                    lines.append("validator.checkLengths(\(value), max: \(maxLength), \(at)")
                }
            case .enumeration:
                lines.append("validator.checkKnown(\(value), \(at)")
            default:
                break
            }
        case .number, .boolean, .timestamp:
            break
        }
        return lines
    }

    private func builder(for operation: OperationModel) -> SwiftRequestBuilderContext {
        let description = "The request to \(operation.summary.lowercasingFirstLetter()): "
            + "`\(operation.method) \(operation.path)`.\n\n\(operation.description)\n\n"
            + "- Throws: `StripeValidationError` listing every parameter that breaks Stripe's rules."
        return SwiftRequestBuilderContext(
            docLines: DocComment.lines(description, indent: 4),
            name: "\(operation.swiftName)Request",
            parameterLines: SwiftLineBreaking.commaSeparated(
                operation.swiftParameters(paramsType: operation.paramsTypeName)),
            validateLines: operation.pathParams.map { "validator.checkRequired(\($0.swiftName), at: FormKey(\"\($0.name)\"))" },
            path: pathExpression(operation.path, params: operation.pathParams),
            method: operation.method.lowercased())
    }

    /// `"/v1/billing/meters/\(StripeRequest.pathSegment(id))"`.
    private func pathExpression(_ path: String, params: [ParamModel]) -> String {
        var expression = path
        for param in params {
            expression = expression.replacingOccurrences(
                of: "{\(param.name)}", with: "\\(StripeRequest.pathSegment(\(param.swiftName)))")
        }
        return "\"\(expression)\""
    }
}

extension String {
    /// `Create a billing meter` → `create a billing meter`.
    func lowercasingFirstLetter() -> String {
        prefix(1).lowercased() + dropFirst()
    }
}
