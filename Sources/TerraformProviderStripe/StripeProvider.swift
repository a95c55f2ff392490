import Foundation
import StripeBilling
import TerraformPlugin
import TerraformSchemas

/// The `stripe` provider: its configuration gives a `StripeClient` to every resource.
/// `TerraformProviderStripeResources` makes it with the resources the spec describes.
public struct StripeProvider: TerraformProvider {
    /// Makes a resource from its schema.
    public typealias ResourceType = @Sendable (TerraformSchema) -> any TerraformResource<StripeClient>
    /// Makes a data source from its schema.
    public typealias DataSourceType = @Sendable (TerraformSchema) -> any TerraformDataSource<StripeClient>

    /// The provider's version: the one place it is written, which `install` files it under.
    public static let version = "0.1.0"

    /// The environment variable that supplies the API key when the configuration has none.
    public static let apiKeyVariable = "STRIPE_API_KEY"
    /// Where requests go unless `api_base` says otherwise.
    public static let defaultAPIBase = "https://api.stripe.com"

    public let address: String
    public let schema: TerraformSchema
    public let resources: [any TerraformResource<StripeClient>]
    public let dataSources: [any TerraformDataSource<StripeClient>]
    private let environment: [String: String]

    /// The provider whose schema is `schema`, the one provider it describes, serving the resource
    /// and data source types there are schemas for, by type name. It reads `STRIPE_API_KEY` from
    /// `environment` when `api_key` is not set.
    public init(
        schema: (address: String, schema: TerraformProviderSchema), resourceTypes: [String: ResourceType],
        dataSourceTypes: [String: DataSourceType] = [:], environment: [String: String]
    ) {
        address = schema.address
        self.schema = schema.schema.provider
        resources = schema.schema.resourceSchemas.sorted { $0.key < $1.key }.compactMap { typeName, schema in
            resourceTypes[typeName].map { $0(schema) }
        }
        dataSources = schema.schema.dataSourceSchemas.sorted { $0.key < $1.key }.compactMap { typeName, schema in
            dataSourceTypes[typeName].map { $0(schema) }
        }
        self.environment = environment
    }

    public func configure(_ config: TerraformValue) throws -> StripeClient {
        guard let apiKey = config["api_key"].stringValue ?? environment[Self.apiKeyVariable],
            !apiKey.isEmpty
        else {
            throw TerraformDiagnosticsError([
                .error(
                    "No Stripe API key",
                    detail:
                        "Set `api_key` in the provider block or the \(Self.apiKeyVariable) environment variable.",
                    at: .attribute("api_key"))
            ])
        }
        let apiBase = config["api_base"].stringValue ?? Self.defaultAPIBase
        guard let baseURL = URL(string: apiBase), ["https", "http"].contains(baseURL.scheme) else {
            throw TerraformDiagnosticsError([
                .error(
                    "Invalid api_base", detail: "'\(apiBase)' is not an http or https URL.",
                    at: .attribute("api_base"))
            ])
        }
        return StripeClient(
            apiKey: apiKey, configuration: StripeClientConfiguration(baseURL: baseURL))
    }

    public func diagnostics(for error: any Error, in block: TerraformBlock?)
        -> [TerraformDiagnostic]
    {
        StripeDiagnostics.diagnostics(for: error, in: block)
    }
}
