import GRPCCore
import StripeRuntime
import Synchronization
import TerraformPluginProtocol

/// The tfplugin6 `Provider` service for one `TerraformProvider`: decodes Terraform's values
/// against the schemas, keeps the configured client, applies Terraform's planning rules and
/// reports every failure as a diagnostic.
final class ProviderService<Provider: TerraformProvider>: Tfplugin6_Provider.SimpleServiceProtocol {
    private let provider: Provider
    private let resources: [String: any TerraformResource<Provider.Client>]
    private let configuredClient = Mutex<Provider.Client?>(nil)

    init(provider: Provider) {
        self.provider = provider
        resources = Dictionary(provider.resources.map { ($0.typeName, $0) }) { first, _ in first }
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
        return response
    }

    func getProviderSchema(
        request: Tfplugin6_GetProviderSchema.Request, context: ServerContext
    ) async throws -> Tfplugin6_GetProviderSchema.Response {
        var response = Tfplugin6_GetProviderSchema.Response()
        do {
            response.provider = try Tfplugin6_Schema(provider.schema)
            response.resourceSchemas = try resources.mapValues { try Tfplugin6_Schema($0.schema) }
        } catch {
            response.diagnostics += diagnostics(for: error, typeName: nil)
        }
        return response
    }

    func validateProviderConfig(
        request: Tfplugin6_ValidateProviderConfig.Request, context: ServerContext
    ) async throws -> Tfplugin6_ValidateProviderConfig.Response {
        var response = Tfplugin6_ValidateProviderConfig.Response()
        do {
            _ = try request.config.value(type: provider.schema.block.valueType)
        } catch {
            response.diagnostics += diagnostics(for: error, typeName: nil)
        }
        return response
    }

    func configureProvider(
        request: Tfplugin6_ConfigureProvider.Request, context: ServerContext
    ) async throws -> Tfplugin6_ConfigureProvider.Response {
        var response = Tfplugin6_ConfigureProvider.Response()
        do {
            let client = try provider.configure(try request.config.value(type: provider.schema.block.valueType))
            configuredClient.withLock { $0 = client }
        } catch {
            response.diagnostics += diagnostics(for: error, typeName: nil)
        }
        return response
    }

    func validateResourceConfig(
        request: Tfplugin6_ValidateResourceConfig.Request, context: ServerContext
    ) async throws -> Tfplugin6_ValidateResourceConfig.Response {
        var response = Tfplugin6_ValidateResourceConfig.Response()
        do {
            let resource = try resource(named: request.typeName)
            let config = try request.config.value(type: resource.schema.block.valueType)
            response.diagnostics = resource.validate(config: config).map(Tfplugin6_Diagnostic.init)
        } catch {
            response.diagnostics += diagnostics(for: error, typeName: request.typeName)
        }
        return response
    }

    func upgradeResourceState(
        request: Tfplugin6_UpgradeResourceState.Request, context: ServerContext
    ) async throws -> Tfplugin6_UpgradeResourceState.Response {
        var response = Tfplugin6_UpgradeResourceState.Response()
        do {
            let resource = try resource(named: request.typeName)
            guard request.version <= Int64(resource.schema.version) else {
                throw TerraformDiagnosticsError([
                    .error(
                        "State from a newer provider",
                        detail: """
                            The state of this \(request.typeName) has schema version \(request.version); \
                            this provider knows versions up to \(resource.schema.version).
                            """)
                ])
            }
            let type = resource.schema.block.valueType
            let state = try TerraformValue(json: request.rawState.json, type: type)
            response.upgradedState = try Tfplugin6_DynamicValue(state, type: type)
        } catch {
            response.diagnostics += diagnostics(for: error, typeName: request.typeName)
        }
        return response
    }

    func readResource(
        request: Tfplugin6_ReadResource.Request, context: ServerContext
    ) async throws -> Tfplugin6_ReadResource.Response {
        var response = Tfplugin6_ReadResource.Response()
        do {
            let resource = try resource(named: request.typeName)
            let type = resource.schema.block.valueType
            let state = try request.currentState.value(type: type)
            let current = try await resource.read(state: state, client: try client())
            response.newState = try Tfplugin6_DynamicValue(current ?? .null, type: type)
        } catch {
            response.diagnostics += diagnostics(for: error, typeName: request.typeName)
        }
        return response
    }

    func planResourceChange(
        request: Tfplugin6_PlanResourceChange.Request, context: ServerContext
    ) async throws -> Tfplugin6_PlanResourceChange.Response {
        var response = Tfplugin6_PlanResourceChange.Response()
        do {
            let resource = try resource(named: request.typeName)
            let type = resource.schema.block.valueType
            let plan = try ResourcePlanner(resource: resource).plan(
                prior: try request.priorState.value(type: type),
                proposed: try request.proposedNewState.value(type: type),
                config: try request.config.value(type: type))
            response.plannedState = try Tfplugin6_DynamicValue(plan.planned, type: type)
            response.requiresReplace = plan.requiresReplace.map(Tfplugin6_AttributePath.init)
        } catch {
            response.diagnostics += diagnostics(for: error, typeName: request.typeName)
        }
        return response
    }

    func applyResourceChange(
        request: Tfplugin6_ApplyResourceChange.Request, context: ServerContext
    ) async throws -> Tfplugin6_ApplyResourceChange.Response {
        var response = Tfplugin6_ApplyResourceChange.Response()
        do {
            let resource = try resource(named: request.typeName)
            let type = resource.schema.block.valueType
            let prior = try request.priorState.value(type: type)
            let planned = try request.plannedState.value(type: type)
            let client = try client()
            // Until the call succeeds, the object is as it was.
            response.newState = request.priorState
            let newState: TerraformValue
            switch (prior, planned) {
            case (_, .null):
                response.diagnostics += try await resource.delete(prior: prior, client: client).map(Tfplugin6_Diagnostic.init)
                newState = .null
            case (.null, _):
                newState = try await resource.create(planned: planned, client: client)
            default:
                newState = try await resource.update(prior: prior, planned: planned, client: client)
            }
            response.newState = try Tfplugin6_DynamicValue(newState, type: type)
        } catch {
            response.diagnostics += diagnostics(for: error, typeName: request.typeName)
        }
        return response
    }

    func importResourceState(
        request: Tfplugin6_ImportResourceState.Request, context: ServerContext
    ) async throws -> Tfplugin6_ImportResourceState.Response {
        var response = Tfplugin6_ImportResourceState.Response()
        do {
            let resource = try resource(named: request.typeName)
            let state = try await resource.importState(id: request.id, client: try client())
            var imported = Tfplugin6_ImportResourceState.ImportedResource()
            imported.typeName = request.typeName
            imported.state = try Tfplugin6_DynamicValue(state, type: resource.schema.block.valueType)
            response.importedResources = [imported]
        } catch {
            response.diagnostics += diagnostics(for: error, typeName: request.typeName)
        }
        return response
    }

    func stopProvider(
        request: Tfplugin6_StopProvider.Request, context: ServerContext
    ) async throws -> Tfplugin6_StopProvider.Response {
        Tfplugin6_StopProvider.Response()
    }

    // MARK: What this provider does not have

    func validateDataResourceConfig(
        request: Tfplugin6_ValidateDataResourceConfig.Request, context: ServerContext
    ) async throws -> Tfplugin6_ValidateDataResourceConfig.Response {
        var response = Tfplugin6_ValidateDataResourceConfig.Response()
        response.diagnostics = [Tfplugin6_Diagnostic(Self.unsupported("data source", request.typeName))]
        return response
    }

    func readDataSource(
        request: Tfplugin6_ReadDataSource.Request, context: ServerContext
    ) async throws -> Tfplugin6_ReadDataSource.Response {
        var response = Tfplugin6_ReadDataSource.Response()
        response.diagnostics = [Tfplugin6_Diagnostic(Self.unsupported("data source", request.typeName))]
        return response
    }

    func moveResourceState(
        request: Tfplugin6_MoveResourceState.Request, context: ServerContext
    ) async throws -> Tfplugin6_MoveResourceState.Response {
        var response = Tfplugin6_MoveResourceState.Response()
        response.diagnostics = [
            Tfplugin6_Diagnostic(
                .error("Moving resource state is not supported", detail: "\(provider.address) cannot move state between resource types."))
        ]
        return response
    }

    func validateEphemeralResourceConfig(
        request: Tfplugin6_ValidateEphemeralResourceConfig.Request, context: ServerContext
    ) async throws -> Tfplugin6_ValidateEphemeralResourceConfig.Response {
        var response = Tfplugin6_ValidateEphemeralResourceConfig.Response()
        response.diagnostics = [Tfplugin6_Diagnostic(Self.unsupported("ephemeral resource", request.typeName))]
        return response
    }

    func openEphemeralResource(
        request: Tfplugin6_OpenEphemeralResource.Request, context: ServerContext
    ) async throws -> Tfplugin6_OpenEphemeralResource.Response {
        var response = Tfplugin6_OpenEphemeralResource.Response()
        response.diagnostics = [Tfplugin6_Diagnostic(Self.unsupported("ephemeral resource", request.typeName))]
        return response
    }

    func renewEphemeralResource(
        request: Tfplugin6_RenewEphemeralResource.Request, context: ServerContext
    ) async throws -> Tfplugin6_RenewEphemeralResource.Response {
        var response = Tfplugin6_RenewEphemeralResource.Response()
        response.diagnostics = [Tfplugin6_Diagnostic(Self.unsupported("ephemeral resource", request.typeName))]
        return response
    }

    func closeEphemeralResource(
        request: Tfplugin6_CloseEphemeralResource.Request, context: ServerContext
    ) async throws -> Tfplugin6_CloseEphemeralResource.Response {
        var response = Tfplugin6_CloseEphemeralResource.Response()
        response.diagnostics = [Tfplugin6_Diagnostic(Self.unsupported("ephemeral resource", request.typeName))]
        return response
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

    // MARK: Helpers

    private func resource(named typeName: String) throws -> any TerraformResource<Provider.Client> {
        guard let resource = resources[typeName] else {
            throw TerraformDiagnosticsError([Self.unsupported("resource type", typeName)])
        }
        return resource
    }

    private func client() throws -> Provider.Client {
        guard let client = configuredClient.withLock({ $0 }) else {
            throw TerraformDiagnosticsError([
                .error("Provider not configured", detail: "Terraform called the provider before configuring it.")
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
            case let error as TerraformValueError: [.error("Invalid value", detail: error.message, at: error.path)]
            default: provider.diagnostics(for: error, in: typeName.flatMap { resources[$0]?.schema.block })
            }
        return diagnostics.map(Tfplugin6_Diagnostic.init)
    }

    private static func unsupported(_ kind: String, _ name: String) -> TerraformDiagnostic {
        .error("Unsupported \(kind)", detail: "This provider has no \(kind) named '\(name)'.")
    }
}
