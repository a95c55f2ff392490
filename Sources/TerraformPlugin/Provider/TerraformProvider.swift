import TerraformSchemas

/// A provider: its configuration schema, how a configuration becomes a client, and its
/// resources.
public protocol TerraformProvider<Client>: Sendable {
    /// What configuring the provider produces and every resource call receives.
    associatedtype Client: Sendable

    /// The provider's source address: `registry.terraform.io/stripe-billing/stripe`.
    var address: String { get }
    /// The schema of the provider block.
    var schema: TerraformSchema { get }
    /// The resources, each with a distinct `typeName`.
    var resources: [any TerraformResource<Client>] { get }
    /// The data sources, each with a distinct `typeName`.
    var dataSources: [any TerraformDataSource<Client>] { get }

    /// A client for the provider configuration `config`; throws `TerraformDiagnosticsError` to
    /// reject it.
    func configure(_ config: TerraformValue) throws -> Client
    /// Diagnostics for an error that provider or resource code threw; `block` is the schema of
    /// the resource the call was about, to point at attributes.
    func diagnostics(for error: any Error, in block: TerraformBlock?) -> [TerraformDiagnostic]
}
