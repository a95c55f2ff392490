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
                    "`\(field.name)`", "`\(field.swiftName)`",
                    "`\(SwiftTypeName.of(field.type))\(field.isNullable ? "?" : "")`",
                    String(field.mutability.rawValue.map { $0 == "_" ? "-" : $0 }), field.description,
                ])
            },
            operations: object.operations.map { operation in
                let labels = (operation.pathParams.map(\.swiftName) + ["params", "options"]).map { "\($0):" }.joined()
                return SwiftReferenceOperationContext(
                    call: "client.\(accessor).\(operation.swiftName)(\(labels))",
                    endpoint: "\(operation.method) \(operation.path)",
                    summary: operation.summary,
                    description: operation.description,
                    paramsType: object.qualifiedParamsTypeName(of: operation),
                    params: operation.params.map(paramRow),
                    hasParams: !operation.params.isEmpty)
            },
            example: example.map { [$0] } ?? [])
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
        guard let create = object.operations.first(where: { $0.kind == .create }), create.pathParams.isEmpty
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
            functionName: object.exampleFunctionName(for: create), returnType: create.returnedType,
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
