/// What `Templates/swift/terraform_plan.mustache` renders: the rule by which a Terraform
/// resource's configuration change becomes an in-place update or a replacement.
struct SwiftTerraformPlanFileContext: Encodable, Sendable {
    var header: String
    /// `BillingMeter`.
    var objectName: String
    var enumDocLines: [String]
    var functionDocLines: [String]
    /// `CreateParams`: the configuration, prior and desired.
    var configurationType: String
    /// `UpdateParams`: what an in-place update sends.
    var updateType: String
    /// `let forcedBy = desired.changedFields(since: prior, among: [...], keepingUnset: [...])`,
    /// one list element a line: the create-only attributes whose change forces a replacement;
    /// empty when there are none.
    var forcedByLines: [String]
    var hasReplacements: Bool
    /// One check per updatable attribute: a change goes into the update.
    var updateChecks: [SwiftPlanCheckContext]
}

/// `if <condition> {` … `}` with one statement.
struct SwiftPlanCheckContext: Encodable, Sendable {
    var condition: String
    var statement: String
}
