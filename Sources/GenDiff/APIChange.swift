import StripeCodegen
/// One difference that regenerating makes for the people who use the output: a declaration of
/// the Swift library or a part of a Terraform resource, what happens to it, and a sentence for
/// a changelog.
public struct APIChange: Sendable, Equatable {
    /// The output the change is in.
    public enum Surface: String, Codable, Sendable {
        case swift, terraform
    }

    public var surface: Surface
    public var kind: APIChangeKind
    /// What changes, as its users name it: `BillingMeter.displayName`, `stripe_meter.display_name`.
    public var subject: String
    /// What changes, in Markdown, followed by what it means for users (the kind's consequence)
    /// and, when there is one, what to do about it.
    public var message: String

    /// Whether the change breaks users, adds to what they can use, or neither.
    public var impact: APIChangeImpact { kind.impact }

    /// `what` says what changes, without a final period; `action`, what to do about it.
    init(
        _ surface: Surface, _ kind: APIChangeKind, subject: String, _ what: String,
        action: String? = nil
    ) {
        self.surface = surface
        self.kind = kind
        self.subject = subject
        message =
            (kind.consequence.map { "\(what): \($0)." } ?? "\(what).")
            + (action.map { " \($0)." } ?? "")
    }
}

/// What a change means for the people who use the output, from which the version number of a
/// release follows.
public enum APIChangeImpact: String, Codable, Sendable, CaseIterable {
    /// Code or configurations that worked stop working: a major version.
    case breaking
    /// New things to use, and nothing that worked stops working: a minor version.
    case additive
    /// No change to what users write, though behaviour may change: a patch version.
    case `internal`
}
