import StripeCodegen
import Foundation

/// `gen drift --format json`: the drifts for CI, one object per difference.
public struct DriftJSONReport: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var kind: Drift.Kind
        var file: String
        var line: Int
        var column: Int
        var message: String
        var review: String?
        var applicable: Bool
    }

    struct NotApplied: Encodable, Sendable {
        var file: String
        var line: Int
        var column: Int
        var message: String
        var reason: String
    }

    struct Skipped: Encodable, Sendable {
        var file: String
        var line: Int
        var column: Int
        var object: String
        var reason: String
    }

    var openAPIVersion: String
    var objectsCompared: Int
    var notCompared: [Skipped]
    var operationsCompared: Int
    var drift: [Item]
    /// With `--apply`: the files rewritten and the drifts left for a person.
    var filesChanged: [String]?
    var notApplied: [NotApplied]?

    enum CodingKeys: String, CodingKey {
        case openAPIVersion = "openapi_version"
        case objectsCompared = "objects_compared"
        case notCompared = "not_compared"
        case operationsCompared = "operations_compared"
        case drift
        case filesChanged = "files_changed"
        case notApplied = "not_applied"
    }

    /// The report of `drift`, and of what applying it did when it was applied.
    public init(_ drift: SpecDrift, application: SpecDrift.Application? = nil) {
        openAPIVersion = drift.openAPIVersion
        objectsCompared = drift.objectsCompared
        notCompared = drift.notCompared.map {
            Skipped(
                file: $0.location.file, line: $0.location.line, column: $0.location.column, object: $0.object,
                reason: $0.reason)
        }
        operationsCompared = drift.operationsCompared
        self.drift = drift.drifts.map {
            Item(
                kind: $0.kind, file: $0.location.file, line: $0.location.line,
                column: $0.location.column,
                message: $0.message, review: $0.review, applicable: $0.isApplicable)
        }
        filesChanged = application?.filesChanged
        notApplied = application?.notApplied.map {
            NotApplied(
                file: $0.drift.location.file, line: $0.drift.location.line,
                column: $0.drift.location.column,
                message: $0.drift.message, reason: $0.reason)
        }
    }

    /// Pretty-printed JSON with sorted keys.
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
