import StripeCodegen
/// `gen diff`: what regenerating from one spec instead of another changes for the people who
/// use the output: the public API of the Swift library, and the Terraform resources for their
/// configurations and state.
public struct SpecDiff: Sendable {
    /// How the specs compared are named: `HEAD~1` and `spec`.
    public let oldLabel: String
    public let newLabel: String
    /// The Swift changes, then the Terraform ones.
    public let changes: [APIChange]

    public init(from old: SpecSnapshot, to new: SpecSnapshot) {
        oldLabel = old.label
        newLabel = new.label
        var changes = SwiftAPIComparer(
            old: SwiftAPISurface(model: old.model), new: SwiftAPISurface(model: new.model)
        )
        .changes()
        if old.model.apiVersion != new.model.apiVersion {
            changes.append(
                APIChange(
                    .swift, .apiVersionChanged, subject: "StripeClient.generatedAPIVersion",
                    "The Stripe API version changes from `\(old.model.apiVersion)` to `\(new.model.apiVersion)`"
                ))
        }
        changes += TerraformResourceComparer(
            old: TerraformResourceSurface.resources(of: old.model),
            new: TerraformResourceSurface.resources(of: new.model)
        ).changes()
        self.changes = changes
    }

    /// The version a release with these changes should have.
    public var suggestedBump: SemanticVersionBump {
        SemanticVersionBump(impacts: changes.map(\.impact))
    }
}

/// Which part of a semantic version a release raises.
public enum SemanticVersionBump: String, Codable, Sendable {
    /// Something breaks: 2.0.0 after 1.4.2 (0.5.0 after 0.4.2, before 1.0.0).
    case major
    /// Something is added: 1.5.0 after 1.4.2 (0.4.3 after 0.4.2, before 1.0.0).
    case minor
    /// Nothing users write changes: 1.4.3 after 1.4.2.
    case patch

    init(impacts: [APIChangeImpact]) {
        self = impacts.contains(.breaking) ? .major : impacts.contains(.additive) ? .minor : .patch
    }
}
