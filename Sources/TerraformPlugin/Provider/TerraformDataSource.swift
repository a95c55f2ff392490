import TerraformSchemas

/// One data source type of a provider, such as `stripe_meters`: it reads objects that Terraform
/// does not manage. Values are objects of `schema.block.valueType`.
public protocol TerraformDataSource<Client>: Sendable {
    /// What the provider's configuration gives each call: an API client.
    associatedtype Client: Sendable

    /// The data source type name: `stripe_meter`.
    var typeName: String { get }
    var schema: TerraformSchema { get }

    /// Problems with a configuration found without calling the API; unknown values are not
    /// problems yet.
    func validate(config: TerraformValue) -> [TerraformDiagnostic]
    /// The data source's value for `config`: its arguments, and every attribute it reads.
    func read(config: TerraformValue, client: Client) async throws -> TerraformValue
}
