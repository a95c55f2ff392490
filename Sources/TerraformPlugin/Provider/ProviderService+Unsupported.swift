import GRPCCore
import TerraformPluginProtocol

/// The calls about what a provider of resources and data sources does not have: ephemeral
/// resources, functions and moving state between resource types.
extension ProviderService {
    func validateEphemeralResourceConfig(
        request: Tfplugin6_ValidateEphemeralResourceConfig.Request, context: ServerContext
    ) async throws -> Tfplugin6_ValidateEphemeralResourceConfig.Response {
        unsupported("ephemeral resource", request.typeName)
    }

    func openEphemeralResource(
        request: Tfplugin6_OpenEphemeralResource.Request, context: ServerContext
    ) async throws -> Tfplugin6_OpenEphemeralResource.Response {
        unsupported("ephemeral resource", request.typeName)
    }

    func renewEphemeralResource(
        request: Tfplugin6_RenewEphemeralResource.Request, context: ServerContext
    ) async throws -> Tfplugin6_RenewEphemeralResource.Response {
        unsupported("ephemeral resource", request.typeName)
    }

    func closeEphemeralResource(
        request: Tfplugin6_CloseEphemeralResource.Request, context: ServerContext
    ) async throws -> Tfplugin6_CloseEphemeralResource.Response {
        unsupported("ephemeral resource", request.typeName)
    }

    func moveResourceState(
        request: Tfplugin6_MoveResourceState.Request, context: ServerContext
    ) async throws -> Tfplugin6_MoveResourceState.Response {
        unsupported("resource type to move state from", request.sourceTypeName)
    }

    func getFunctions(
        request: Tfplugin6_GetFunctions.Request, context: ServerContext
    ) async throws -> Tfplugin6_GetFunctions.Response {
        Tfplugin6_GetFunctions.Response()
    }

    func callFunction(
        request: Tfplugin6_CallFunction.Request, context: ServerContext
    ) async throws -> Tfplugin6_CallFunction.Response {
        var response = Tfplugin6_CallFunction.Response()
        response.error.text = "\(provider.address) has no function '\(request.name)'"
        return response
    }

    private func unsupported<Response: DiagnosticsResponse>(_ kind: String, _ name: String)
        -> Response
    {
        var response = Response()
        response.diagnostics = [Tfplugin6_Diagnostic(Self.unsupported(kind, name))]
        return response
    }
}
