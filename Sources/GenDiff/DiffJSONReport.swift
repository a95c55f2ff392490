import StripeCodegen
import Foundation

/// `gen diff --format json`: the suggested version and one object per change, for CI.
public struct DiffJSONReport: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var surface: APIChange.Surface
        var impact: APIChangeImpact
        var kind: APIChangeKind
        var subject: String
        var message: String
    }

    var against: String
    var current: String
    var suggestedBump: SemanticVersionBump
    var changes: [Item]

    enum CodingKeys: String, CodingKey {
        case against, current
        case suggestedBump = "suggested_bump"
        case changes
    }

    public init(_ diff: SpecDiff) {
        against = diff.oldLabel
        current = diff.newLabel
        suggestedBump = diff.suggestedBump
        changes = diff.changes.map {
            Item(
                surface: $0.surface, impact: $0.impact, kind: $0.kind, subject: $0.subject,
                message: $0.message)
        }
    }

    /// Pretty-printed JSON with sorted keys.
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
