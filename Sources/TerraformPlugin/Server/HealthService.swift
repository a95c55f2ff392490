import GRPCCore
import TerraformPluginProtocol

/// The gRPC health service go-plugin checks: the plugin, and the server as a whole, serve.
struct HealthService: Grpc_Health_V1_Health.SimpleServiceProtocol {
    /// The service name go-plugin asks about.
    static let pluginServiceName = "plugin"

    func check(
        request: Grpc_Health_V1_HealthCheckRequest, context: ServerContext
    ) async throws -> Grpc_Health_V1_HealthCheckResponse {
        guard [Self.pluginServiceName, ""].contains(request.service) else {
            throw RPCError(code: .notFound, message: "no service named '\(request.service)'")
        }
        var response = Grpc_Health_V1_HealthCheckResponse()
        response.status = .serving
        return response
    }

    /// Sends `SERVING` once, then holds the stream open until the client leaves.
    func watch(
        request: Grpc_Health_V1_HealthCheckRequest,
        response: RPCWriter<Grpc_Health_V1_HealthCheckResponse>,
        context: ServerContext
    ) async throws {
        try await response.write(try await check(request: request, context: context))
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(3600))
        }
    }
}
