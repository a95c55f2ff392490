import GRPCCore
import TerraformPluginProtocol

/// go-plugin's controller: Terraform calls `Shutdown` when it is done with the provider.
struct ControllerService: Plugin_GRPCController.SimpleServiceProtocol {
    let shutdown: @Sendable () -> Void

    func shutdown(request: Plugin_Empty, context: ServerContext) async throws -> Plugin_Empty {
        shutdown()
        return Plugin_Empty()
    }
}
