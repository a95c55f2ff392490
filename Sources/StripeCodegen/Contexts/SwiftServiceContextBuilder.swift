/// Builds the template contexts of the client API: one service per object with operations, and
/// the `StripeClient` extension that leads to them.
struct SwiftServiceContextBuilder {
    let model: SpecModel

    func client() -> SwiftClientFileContext {
        SwiftClientFileContext(
            header: GeneratedFileHeader.swift(source: "spec/*.yaml"),
            apiVersion: SwiftTypeName.stringLiteralContents(model.apiVersion),
            services: model.servedObjects.map { object in
                SwiftServiceAccessorContext(
                    documentation: "The \(object.title.lowercased()) operations: `\(object.sharedPath)`.",
                    name: object.clientAccessorName,
                    serviceName: object.serviceName)
            })
    }

    func service(for object: ObjectModel) -> SwiftServiceFileContext {
        let subject = object.fields.isEmpty ? "`\(object.stripeName)`" : "`\(object.stripeName)` objects"
        let description = "The operations on Stripe's \(subject), sent by a `StripeClient`. "
            + "Each checks its parameters before sending and throws `StripeValidationError` listing every problem; "
            + "Stripe's answers come back decoded, its errors as `StripeAPIError`."
        return SwiftServiceFileContext(
            header: GeneratedFileHeader.swift(source: object.sourcePath),
            documentation: description,
            name: object.serviceName,
            methods: object.operations.map { method(for: $0, of: object) })
    }

    private func method(for operation: OperationModel, of object: ObjectModel) -> SwiftServiceMethodContext {
        let paramsType = object.qualifiedParamsTypeName(of: operation)
        let parameters = operation.serviceParameters(paramsType: paramsType)
        let arguments = (operation.pathParams.map(\.swiftName) + ["params"]).map { "\($0): \($0)" }.joined(separator: ", ")
        let returned = operation.returnedType ?? ""
        var description = "\(operation.summary): `\(operation.method) \(operation.path)`.\n\n\(operation.description)"
        if operation.authentication == .sessionToken {
            description += "\n\nAuthenticates with `sessionToken`, a meter event session's `authenticationToken`, "
                + "instead of the client's key."
        }
        return SwiftServiceMethodContext(
            documentation: description,
            name: operation.swiftName,
            parameters: parameters,
            returnType: operation.kind == .list ? "StripeList<\(returned)>" : operation.returnedType,
            requestCall: "\(object.qualifiedRequestBuilderName(of: operation))(\(arguments))",
            sendsSessionToken: operation.authentication == .sessionToken,
            autoPaging: operation.isPaginated
                ? [autoPaging(for: operation, paramsType: paramsType, returned: returned, parameters: parameters)] : [])
    }

    private func autoPaging(
        for operation: OperationModel, paramsType: String, returned: String, parameters: [SwiftParameter]
    ) -> SwiftAutoPagingMethodContext {
        let pathArguments = operation.pathParams.map { "\($0.swiftName): \($0.swiftName), " }
        let description = "Every object of `\(operation.swiftName)`, fetched a page at a time as the sequence is "
            + "iterated: \(operation.summary.lowercasingFirstLetter()), `\(operation.method) \(operation.path)`. "
            + "It walks forwards from `params.startingAfter`, or backwards when only `params.endingBefore` is set."
        return SwiftAutoPagingMethodContext(
            documentation: description,
            name: operation.autoPagingMethodName,
            parameters: parameters,
            sequenceType: "StripeListSequence<\(paramsType), \(returned)>",
            pageCall: "\(operation.swiftName)(\(pathArguments.joined())params: page, options: options)")
    }
}
