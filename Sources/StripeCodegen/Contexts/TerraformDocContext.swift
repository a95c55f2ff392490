/// What `Templates/docs/resource.mustache` renders: a resource's page in the Terraform registry's
/// layout.
struct TerraformDocFileContext: Encodable, Sendable {
    /// The HTML comment that marks the page as generated, after the front matter.
    var header: String
    /// `stripe_meter`.
    var resource: String
    var pageDescription: String
    /// The object's title: `billing meter`.
    var title: String
    var docsURL: String
    var objectDescription: String
    var destroyNote: String
    /// The Example Usage's resource block.
    var example: HCLBlockContext
    /// Required arguments first, each group sorted by name.
    var arguments: [TerraformDocArgumentContext]
    /// One section per nested block.
    var blocks: [TerraformDocBlockContext]
    var attributes: [TerraformDocArgumentContext]
    /// `` `display_name` ``: what can change in place.
    var updatableList: String
    /// `stripe_meter.meter`.
    var importAddress: String
    /// `<meter_id>`.
    var importPlaceholder: String
}

/// A nested block's section.
struct TerraformDocBlockContext: Encodable, Sendable {
    /// `Default Aggregation`.
    var heading: String
    var name: String
    var arguments: [TerraformDocArgumentContext]
}

/// One bullet: `` * `name` - (Required) String. Description. ``, with a sub-bullet per enum value.
struct TerraformDocArgumentContext: Encodable, Sendable {
    var line: String
    var valueLines: [String]
}
