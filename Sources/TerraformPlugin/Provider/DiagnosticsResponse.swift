import TerraformPluginProtocol

/// A response message of the Provider service that carries diagnostics.
protocol DiagnosticsResponse {
    init()
    var diagnostics: [Tfplugin6_Diagnostic] { get set }
}

extension Tfplugin6_GetProviderSchema.Response: DiagnosticsResponse {}
extension Tfplugin6_ValidateProviderConfig.Response: DiagnosticsResponse {}
extension Tfplugin6_ConfigureProvider.Response: DiagnosticsResponse {}
extension Tfplugin6_ValidateResourceConfig.Response: DiagnosticsResponse {}
extension Tfplugin6_UpgradeResourceState.Response: DiagnosticsResponse {}
extension Tfplugin6_ReadResource.Response: DiagnosticsResponse {}
extension Tfplugin6_PlanResourceChange.Response: DiagnosticsResponse {}
extension Tfplugin6_ApplyResourceChange.Response: DiagnosticsResponse {}
extension Tfplugin6_ImportResourceState.Response: DiagnosticsResponse {}
extension Tfplugin6_MoveResourceState.Response: DiagnosticsResponse {}
extension Tfplugin6_ValidateDataResourceConfig.Response: DiagnosticsResponse {}
extension Tfplugin6_ReadDataSource.Response: DiagnosticsResponse {}
extension Tfplugin6_ValidateEphemeralResourceConfig.Response: DiagnosticsResponse {}
extension Tfplugin6_OpenEphemeralResource.Response: DiagnosticsResponse {}
extension Tfplugin6_RenewEphemeralResource.Response: DiagnosticsResponse {}
extension Tfplugin6_CloseEphemeralResource.Response: DiagnosticsResponse {}
