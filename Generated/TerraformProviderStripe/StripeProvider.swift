import Foundation
import StripeBilling
import TerraformPlugin

/// The `stripe` provider: its configuration gives a `StripeClient` to every resource.
public struct StripeProvider: TerraformProvider {
    /// The environment variable that supplies the API key when the configuration has none.
    public static let apiKeyVariable = "STRIPE_API_KEY"
    /// Where requests go unless `api_base` says otherwise.
    public static let defaultAPIBase = "https://api.stripe.com"

    /// The generated schemas: `TerraformProviderSchemas.stripe` describes this one provider.
    private static let generated = TerraformProviderSchemas.stripe.providerSchemas.first!

    private let environment: [String: String]

    /// A provider that reads `STRIPE_API_KEY` from `environment` when `api_key` is not set.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public var address: String { Self.generated.key }

    public var schema: TerraformSchema { Self.generated.value.provider }

    public var resources: [any TerraformResource<StripeClient>] {
        Self.generated.value.resourceSchemas.compactMap { typeName, schema in
            Self.resourceTypes[typeName].map { $0(schema) }
        }
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
