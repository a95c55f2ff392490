import TerraformSchemas

/// One managed resource type of a provider, such as `stripe_meter`.
///
/// Values are objects of `schema.block.valueType`. The server does what is the same for every
/// resource (decoding, unknown computed attributes, replacement paths, Terraform's consistency
/// rules); the resource only maps values to API calls. Errors it throws are turned into
/// diagnostics by the provider's `diagnostics(for:)`.
public protocol TerraformResource<Client>: Sendable {
    /// What the provider's configuration gives each call: an API client.
    associatedtype Client: Sendable

    /// The resource type name: `stripe_meter`.
    var typeName: String { get }
    /// The resource's schema.
    var schema: TerraformSchema { get }
    /// Computed attributes that an in-place update changes, such as `updated`; they are planned
    /// as unknown for an update, while the other computed attributes keep their prior values.
    var attributesChangedByUpdate: Set<String> { get }

    /// Problems with a configuration found without calling the API. Unknown values are still
    /// to be decided and are not problems.
    func validate(config: TerraformValue) -> [TerraformDiagnostic]
    /// How getting from the `prior` state to `config` changes the real object.
    func change(from prior: TerraformValue, to config: TerraformValue) throws -> ResourceChange

    /// Creates the object; returns its state, shaped like `planned`, and warnings to show, such
    /// as that an existing object was adopted instead.
    func create(planned: TerraformValue, client: Client) async throws -> (
        state: TerraformValue, warnings: [TerraformDiagnostic]
    )
    /// Updates the object in place; returns its state, shaped like `planned`.
    func update(prior: TerraformValue, planned: TerraformValue, client: Client) async throws
        -> TerraformValue
    /// Deletes the object; returns warnings to show, such as what deleting could not do.
    func delete(prior: TerraformValue, client: Client) async throws -> [TerraformDiagnostic]
    /// The object's current state, shaped like `state`; nil if it no longer exists.
    func read(state: TerraformValue, client: Client) async throws -> TerraformValue?
    /// The state of the existing object with this id.
    func importState(id: String, client: Client) async throws -> TerraformValue
}

/// What a plan does to an existing object.
public enum ResourceChange: Hashable, Sendable {
    /// Nothing to send to the API.
    case none
    /// An update in place.
    case update
    /// Destroy and create anew, because the attributes at these paths changed.
    case replace([TerraformAttributePath])
}
