/// Builds an object's page of the Swift library reference: fields, operations with their
/// parameters and limits, and a usage example made from the spec's example values.
struct SwiftReferenceDocContextBuilder {
    let model: SpecModel

    /// The page of `object`, with its usage `example`, if any.
    func file(for object: ObjectModel, example: SwiftCreateExampleContext?) -> SwiftReferenceDocFileContext {
        let accessor = object.clientAccessorName
        return SwiftReferenceDocFileContext(
            header: "<!-- \(GeneratedFileHeader.marker)\(object.sourcePath) — do not edit. -->",
            swiftHeader: GeneratedFileHeader.swift(source: object.sourcePath),
            name: object.swiftName,
            stripeName: object.stripeName,
            apiVersion: model.apiVersion,
            description: object.description,
            docsURL: object.docsURL,
            fields: object.fields.map { field in
                row([
                    "`\(field.name)`", "`\(field.swiftName)`", "`\(Self.swiftType(of: field))`",
                    String(field.mutability.rawValue.map { $0 == "_" ? "-" : $0 }), field.description,
                ])
            },
            operations: object.operations.map { operation in
                let pathLabels = operation.pathParams.map { "\($0.swiftLabel):" }.joined()
                let labels = operation.serviceParameters(paramsType: "").map { "\($0.label):" }.joined()
                return SwiftReferenceOperationContext(
                    call: "client.\(accessor).\(operation.swiftName)(\(labels))",
                    endpoint: "\(operation.method) \(operation.path)",
                    summary: operation.summary,
                    description: operation.description,
                    returnType: operation.kind == .list
                        ? operation.returnedType.map { "StripeList<\($0)>" } : operation.returnedType,
                    paramsType: object.qualifiedParamsTypeName(of: operation),
                    requestBuilder: "\(object.qualifiedRequestBuilderName(of: operation))(\(pathLabels)params:)",
                    autoPagingCall: operation.isPaginated
                        ? "client.\(accessor).\(operation.autoPagingMethodName)(\(pathLabels)params:options:)" : nil,
                    params: operation.params.map(paramRow),
                    hasParams: !operation.params.isEmpty)
            },
            nestedTypes: nestedTypes(of: object),
            example: example.map { [$0] } ?? [])
    }

    /// `String?`, `[String: String]`: the property's type as declared.
    private static func swiftType(of field: FieldModel) -> String {
        SwiftTypeName.of(field.type) + (field.isNullable ? "?" : "")
    }

    /// The structs and enums nested in the object's fields, then the enums of its operations'
    /// parameters that set no field, each before the types nested in it.
    private func nestedTypes(of object: ObjectModel) -> [SwiftReferenceTypeContext] {
        var types = object.fields.flatMap { nestedTypes(in: $0.type, description: $0.description) }
        for operation in object.operations {
            for param in operation.params where param.field == nil {
                types += nestedTypes(in: param.type, description: param.description)
            }
        }
        return types
    }

    private func nestedTypes(in type: FieldType, description: String) -> [SwiftReferenceTypeContext] {
        switch type {
        case .enumeration(let model):
            return [
                SwiftReferenceTypeContext(
                    name: model.qualifiedSwiftName,
                    description: description + " " + Wording.unknownEnumValues(of: model.qualifiedSwiftName),
                    isEnum: true,
                    rows: model.values.map { row(["`\($0.rawValue)`", "`.\($0.swiftName)`", $0.meaning]) })
            ]
        case .object(let model):
            // A type that a request declares holds what the request leaves out as `nil`.
            let isRequestType = model.path.operation != nil
            let declared = SwiftReferenceTypeContext(
                name: model.qualifiedSwiftName, description: model.description.isEmpty ? description : model.description,
                isEnum: false,
                rows: model.fields.map { field in
                    let type = Self.swiftType(of: field) + (isRequestType && !field.isRequired ? "?" : "")
                    return row(["`\(field.name)`", "`\(field.swiftName)`", "`\(type)`", field.description])
                })
            return [declared] + model.fields.flatMap { nestedTypes(in: $0.type, description: $0.description) }
        case .list(let element, _), .map(let element, _):
            return nestedTypes(in: element, description: description)
        case .string, .integer, .number, .boolean, .timestamp:
            return []
        }
    }

    /// The usage example of `object` as code the package compiles.
    func exampleFile(for object: ObjectModel, example: SwiftCreateExampleContext) -> SwiftExampleFileContext {
        SwiftExampleFileContext(swiftHeader: GeneratedFileHeader.swift(source: object.sourcePath), example: example)
    }

    private func paramRow(_ param: ParamModel) -> SwiftReferenceRowContext {
        var limits = param.limitPhrases
        for nested in param.nestedParams {
            limits += nested.limitPhrases.map { "`\(param.name)[\(nested.name)]` \($0)" }
        }
        let location = param.location == .path ? "path" : param.isRequired ? "required" : "optional"
        return row([
            "`\(param.name)`", "`\(param.swiftName)`", location, limits.joined(separator: "; "), param.description,
        ])
    }

    private func row(_ cells: [String]) -> SwiftReferenceRowContext {
        SwiftReferenceRowContext(cells: cells.map(Self.escapingPipes))
    }

    /// `cell` with each `|` escaped, so that it stays in its table cell.
    private static func escapingPipes(_ cell: String) -> String {
        guard cell.utf8.contains(UInt8(ascii: "|")) else { return cell }
        return cell.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }

    /// A function that creates the object through the client, when the spec gives a value for
    /// every required parameter of its create operation; optional ones are set when the spec
    /// gives them an example.
    func example(for object: ObjectModel) -> SwiftCreateExampleContext? {
        guard let create = object.operations.first(where: { $0.kind == .create }), create.pathParams.isEmpty,
            create.authentication == .secretKey, let returnType = create.returnedType
        else { return nil }
        var arguments: [String] = []
        for param in create.requestParams {
            guard let field = param.field, param.isRequired || SwiftExampleValue.hasExample(field) else {
                if param.isRequired { return nil }
                continue
            }
            guard let value = SwiftExampleValue.literal(for: field) else { return nil }
            arguments.append("\(param.swiftLabel): \(value)")
        }
        return SwiftCreateExampleContext(
            functionName: object.exampleFunctionName(for: create), returnType: returnType,
            accessor: object.clientAccessorName, method: create.swiftName, arguments: arguments)
    }
}

/// Swift literals of the spec's example values.
enum SwiftExampleValue {
    /// Whether the spec gives the field, or a field nested in it, an example.
    static func hasExample(_ field: FieldModel) -> Bool {
        if field.example != nil || !field.exampleEntries.isEmpty { return true }
        if case .object(let nested) = field.type { return nested.fields.contains(where: hasExample) }
        return false
    }

    /// The field's example, default or only enum value as a Swift literal; `nil` when the spec
    /// has none.
    static func literal(for field: FieldModel) -> String? {
        switch field.type {
        case .string:
            return field.exampleValue.map { "\"\(SwiftTypeName.stringLiteralContents($0))\"" }
        case .integer, .number:
            return field.exampleValue
        case .enumeration(let model):
            return model.values.first { $0.rawValue == field.exampleValue }.map { ".\($0.swiftName)" }
        case .map(.string, _):
            guard !field.exampleEntries.isEmpty else { return nil }
            return "[" + field.exampleEntries.map {
                "\"\(SwiftTypeName.stringLiteralContents($0.key))\": \"\(SwiftTypeName.stringLiteralContents($0.value))\""
            }.joined(separator: ", ") + "]"
        case .object(let nested):
            var arguments: [String] = []
            for nestedField in nested.fields where nestedField.isRequired || hasExample(nestedField) {
                guard let value = literal(for: nestedField) else { return nil }
                arguments.append("\(nestedField.swiftLabel): \(value)")
            }
            return ".init(" + arguments.joined(separator: ", ") + ")"
        default:
            return nil
        }
    }
}
