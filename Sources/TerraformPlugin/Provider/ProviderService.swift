import GRPCCore
import TerraformSchemas
import Synchronization
import TerraformPluginProtocol

/// The tfplugin6 `Provider` service for one `TerraformProvider`: decodes Terraform's values
/// against the schemas, keeps the configured client, applies Terraform's planning rules and
/// reports every failure as a diagnostic.
final class ProviderService<Provider: TerraformProvider>: Tfplugin6_Provider.SimpleServiceProtocol {
    let provider: Provider
    let resources: [String: any TerraformResource<Provider.Client>]
    let dataSources: [String: any TerraformDataSource<Provider.Client>]
    private let configuredClient = Mutex<Provider.Client?>(nil)

    init(provider: Provider) {
        self.provider = provider
        resources = Dictionary(provider.resources.map { ($0.typeName, $0) }) { first, _ in first }
        dataSources = Dictionary(provider.dataSources.map { ($0.typeName, $0) }) { first, _ in first }
    }

    func getMetadata(
        request: Tfplugin6_GetMetadata.Request, context: ServerContext
    ) async throws -> Tfplugin6_GetMetadata.Response {
        var response = Tfplugin6_GetMetadata.Response()
        response.resources = resources.keys.sorted().map { name in
            var metadata = Tfplugin6_GetMetadata.ResourceMetadata()
            metadata.typeName = name
            return metadata
        }
        response.dataSources = dataSources.keys.sorted().map { name in
            var metadata = Tfplugin6_GetMetadata.DataSourceMetadata()
            metadata.typeName = name
            return metadata
        }
        return response
    }

    func getProviderSchema(
        request: Tfplugin6_GetProviderSchema.Request, context: ServerContext
    ) async throws -> Tfplugin6_GetProviderSchema.Response {
        await respond { response in
            response.provider = try Tfplugin6_Schema(provider.schema)
            response.resourceSchemas = try resources.mapValues { try Tfplugin6_Schema($0.schema) }
            response.dataSourceSchemas = try dataSources.mapValues { try Tfplugin6_Schema($0.schema) }
        }
    }

    func validateProviderConfig(
        request: Tfplugin6_ValidateProviderConfig.Request, context: ServerContext
    ) async throws -> Tfplugin6_ValidateProviderConfig.Response {
        await respond { _ in
            _ = try request.config.value(type: provider.schema.block.valueType)
        }
    }

    func configureProvider(
        request: Tfplugin6_ConfigureProvider.Request, context: ServerContext
    ) async throws -> Tfplugin6_ConfigureProvider.Response {
        await respond { _ in
            let config = try request.config.value(type: provider.schema.block.valueType)
            let client = try provider.configure(config)
            configuredClient.withLock { $0 = client }
        }
    }

    func stopProvider(
        request: Tfplugin6_StopProvider.Request, context: ServerContext
    ) async throws -> Tfplugin6_StopProvider.Response {
        Tfplugin6_StopProvider.Response()
    }

    // MARK: Helpers

    /// A response that `body` fills in, with the diagnostics of any error it throws; `typeName`
    /// names the resource the call is about.
    func respond<Response: DiagnosticsResponse>(
        typeName: String? = nil, _ body: (inout Response) async throws -> Void
    ) async -> Response {
        var response = Response()
        do {
            try await body(&response)
        } catch {
            response.diagnostics += diagnostics(for: error, typeName: typeName)
        }
        return response
    }

    func resource(named typeName: String) throws -> any TerraformResource<Provider.Client> {
        guard let resource = resources[typeName] else {
            throw TerraformDiagnosticsError([Self.unsupported("resource type", typeName)])
        }
        return resource
    }

    /// The client of the provider's configuration.
    func client() throws -> Provider.Client {
        guard let client = configuredClient.withLock({ $0 }) else {
            throw TerraformDiagnosticsError([
                .error(
                    "Provider not configured",
                    detail: "Terraform called the provider before configuring it.")
            ])
        }
        return client
    }

    /// What to tell Terraform about `error`: diagnostics as thrown, a value that does not fit its
    /// schema at its path, and anything else as the provider describes it.
    private func diagnostics(for error: any Error, typeName: String?) -> [Tfplugin6_Diagnostic] {
        let diagnostics: [TerraformDiagnostic] =
            switch error {
            case let error as TerraformDiagnosticsError: error.diagnostics
            case let error as TerraformValueError:
                [.error("Invalid value", detail: error.message, at: error.path)]
            default:
                provider.diagnostics(
                    for: error,
                    in: typeName.flatMap { resources[$0]?.schema.block ?? dataSources[$0]?.schema.block })
            }
        return diagnostics.map(Tfplugin6_Diagnostic.init)
    }

    static func unsupported(_ kind: String, _ name: String) -> TerraformDiagnostic {
        .error("Unsupported \(kind)", detail: "This provider has no \(kind) named '\(name)'.")
    }
}
