/// What `terraform apply` does to a resource whose configuration changed, as each generated
/// resource's `plan(prior:desired:)` decides; `Update` is the parameters of its update operation.
public enum TerraformPlan<Update: Hashable & Sendable>: Hashable, Sendable {
    /// The configuration matches.
    case noChange
    /// An update in place, sending only what changed.
    case update(Update)
    /// Destroy and create anew, because these attributes changed.
    case replace(forcedBy: [String])
}
