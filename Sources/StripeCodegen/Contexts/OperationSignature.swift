/// What the request builder and the service method of an operation have in common.
extension OperationModel {
    /// The parameters that travel in the path, such as a meter's `id`.
    var pathParams: [ParamModel] { params.filter { $0.location == .path } }

    /// The parameters that travel in the query or the form body: the parameters type's properties.
    var requestParams: [ParamModel] { params.filter { $0.location != .path } }

    /// Whether the operation pages through a list with `starting_after` and `ending_before`.
    var isPaginated: Bool {
        kind == .list && ["starting_after", "ending_before"].allSatisfy { name in params.contains { $0.name == name } }
    }

    /// The service method's parameters: the request builder's, then the session token when the
    /// operation authenticates with one, then the request's options.
    func serviceParameters(paramsType: String) -> [SwiftParameter] {
        swiftParameters(paramsType: paramsType)
            + (authentication == .sessionToken ? [SwiftParameter(label: "sessionToken", type: "String")] : [])
            + [SwiftParameter(label: "options", type: "RequestOptions", defaultValue: ".init()")]
    }

    /// `id: String`, then `params: <paramsType>`, which defaults to `.init()` when no parameter
    /// of it is required.
    func swiftParameters(paramsType: String) -> [SwiftParameter] {
        let requiresParams = requestParams.contains(where: \.isRequired)
        return pathParams.map { SwiftParameter(label: $0.swiftName, type: "String") }
            + [SwiftParameter(label: "params", type: paramsType, defaultValue: requiresParams ? nil : ".init()")]
    }
}
