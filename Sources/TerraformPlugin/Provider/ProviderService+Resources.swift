import GRPCCore
import TerraformPluginProtocol

/// The calls about managed resources, each delegated to its `TerraformResource`.
extension ProviderService {
    func validateResourceConfig(
        request: Tfplugin6_ValidateResourceConfig.Request, context: ServerContext
    ) async throws -> Tfplugin6_ValidateResourceConfig.Response {
        await respond(typeName: request.typeName) { response in
            let resource = try resource(named: request.typeName)
            let config = try request.config.value(type: resource.schema.block.valueType)
            response.diagnostics = resource.validate(config: config).map(Tfplugin6_Diagnostic.init)
        }
    }

    func upgradeResourceState(
        request: Tfplugin6_UpgradeResourceState.Request, context: ServerContext
    ) async throws -> Tfplugin6_UpgradeResourceState.Response {
        await respond(typeName: request.typeName) { response in
            let resource = try resource(named: request.typeName)
            guard request.version <= Int64(resource.schema.version) else {
                throw TerraformDiagnosticsError([
                    .error(
                        "State from a newer provider",
                        detail: """
                            The state of this \(request.typeName) has schema version \
                            \(request.version); this provider knows versions up to \
                            \(resource.schema.version).
                            """)
                ])
            }
            let block = resource.schema.block
            let type = block.valueType
            let state =
                request.version < Int64(resource.schema.version)
                ? try block.upgradedState(json: request.rawState.json)
                : try TerraformValue(json: request.rawState.json, type: type)
            response.upgradedState = try Tfplugin6_DynamicValue(state, type: type)
        }
    }

    func readResource(
        request: Tfplugin6_ReadResource.Request, context: ServerContext
    ) async throws -> Tfplugin6_ReadResource.Response {
        await respond(typeName: request.typeName) { response in
            let resource = try resource(named: request.typeName)
            let type = resource.schema.block.valueType
            let state = try request.currentState.value(type: type)
            let current = try await resource.read(state: state, client: try client())
            response.newState = try Tfplugin6_DynamicValue(current ?? .null, type: type)
        }
    }

    func planResourceChange(
        request: Tfplugin6_PlanResourceChange.Request, context: ServerContext
    ) async throws -> Tfplugin6_PlanResourceChange.Response {
        await respond(typeName: request.typeName) { response in
            let resource = try resource(named: request.typeName)
            let type = resource.schema.block.valueType
            let plan = try ResourcePlanner(resource: resource).plan(
                prior: try request.priorState.value(type: type),
                proposed: try request.proposedNewState.value(type: type),
                config: try request.config.value(type: type))
            response.plannedState = try Tfplugin6_DynamicValue(plan.planned, type: type)
            response.requiresReplace = plan.requiresReplace.map(Tfplugin6_AttributePath.init)
        }
    }

    func applyResourceChange(
        request: Tfplugin6_ApplyResourceChange.Request, context: ServerContext
    ) async throws -> Tfplugin6_ApplyResourceChange.Response {
        await respond(typeName: request.typeName) { response in
            // Until a call succeeds, the object is as it was.
            response.newState = request.priorState
            let resource = try resource(named: request.typeName)
            let type = resource.schema.block.valueType
            let prior = try request.priorState.value(type: type)
            let planned = try request.plannedState.value(type: type)
            let client = try client()
            let newState: TerraformValue
            switch (prior, planned) {
            case (_, .null):
                let warnings = try await resource.delete(prior: prior, client: client)
                response.diagnostics += warnings.map(Tfplugin6_Diagnostic.init)
                newState = .null
            case (.null, _):
                let created = try await resource.create(planned: planned, client: client)
                response.diagnostics += created.warnings.map(Tfplugin6_Diagnostic.init)
                newState = created.state
            default:
                newState = try await resource.update(prior: prior, planned: planned, client: client)
            }
            response.newState = try Tfplugin6_DynamicValue(newState, type: type)
        }
    }

    func importResourceState(
        request: Tfplugin6_ImportResourceState.Request, context: ServerContext
    ) async throws -> Tfplugin6_ImportResourceState.Response {
        await respond(typeName: request.typeName) { response in
            let resource = try resource(named: request.typeName)
            let state = try await resource.importState(id: request.id, client: try client())
            var imported = Tfplugin6_ImportResourceState.ImportedResource()
            imported.typeName = request.typeName
            imported.state = try Tfplugin6_DynamicValue(
                state, type: resource.schema.block.valueType)
            response.importedResources = [imported]
        }
    }
}
