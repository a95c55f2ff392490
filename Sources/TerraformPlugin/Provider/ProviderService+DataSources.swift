import GRPCCore
import TerraformPluginProtocol

/// The calls about data sources, each delegated to its `TerraformDataSource`.
extension ProviderService {
    func validateDataResourceConfig(
        request: Tfplugin6_ValidateDataResourceConfig.Request, context: ServerContext
    ) async throws -> Tfplugin6_ValidateDataResourceConfig.Response {
        await respond(typeName: request.typeName) { response in
            let dataSource = try dataSource(named: request.typeName)
            let config = try request.config.value(type: dataSource.schema.block.valueType)
            response.diagnostics = dataSource.validate(config: config).map(Tfplugin6_Diagnostic.init)
        }
    }

    func readDataSource(
        request: Tfplugin6_ReadDataSource.Request, context: ServerContext
    ) async throws -> Tfplugin6_ReadDataSource.Response {
        await respond(typeName: request.typeName) { response in
            let dataSource = try dataSource(named: request.typeName)
            let type = dataSource.schema.block.valueType
            let config = try request.config.value(type: type)
            let state = try await dataSource.read(config: config, client: try client())
            response.state = try Tfplugin6_DynamicValue(state, type: type)
        }
    }

    private func dataSource(named typeName: String) throws -> any TerraformDataSource<Provider.Client> {
        guard let dataSource = dataSources[typeName] else {
            throw TerraformDiagnosticsError([Self.unsupported("data source", typeName)])
        }
        return dataSource
    }
}
