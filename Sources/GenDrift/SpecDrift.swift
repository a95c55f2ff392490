import StripeCodegen
import Foundation

/// `gen drift`: how `spec/` differs from Stripe's OpenAPI document, and the edits that make it
/// match.
public struct SpecDrift: Sendable {
    /// One spec file as read for the comparison.
    struct Source: Sendable {
        var path: String
        var display: String
        var text: String
    }

    /// The OpenAPI document's API version, e.g. `2026-10-28.acacia`.
    public let openAPIVersion: String
    /// The differences, in file and line order.
    public let drifts: [Drift]
    /// How many of the spec's objects and operations were compared.
    public let objectsCompared: Int
    public let operationsCompared: Int
    /// The objects whose API the document does not describe, such as v2 objects beside Stripe's
    /// v1 document: named in a note, not reported as removed.
    public let notCompared: [NotCompared]
    let sources: [Source]

    /// Compares the `*.yaml` files of `specDirectory` (named `specDisplay` in messages) with the
    /// OpenAPI document at `openAPIPath`. Throws `DiagnosticsError` for a spec that cannot be
    /// read and for a document that is unreadable, not JSON, or not shaped as OpenAPI.
    public init(
        specDirectory: String, specDisplay: String, openAPIPath: String, openAPIDisplay: String
    ) throws {
        let document = try OpenAPIDocument.load(path: openAPIPath, display: openAPIDisplay)
        let log = DiagnosticLog()
        var sources: [Source] = []
        var files: [DriftComparer.SpecFile] = []
        do {
            let names = try FileSystem.contents(ofDirectory: specDirectory, display: specDisplay)
                .filter {
                    $0.hasSuffix(".yaml")
                }
            for name in names {
                let source = Source(
                    path: "\(specDirectory)/\(name)", display: "\(specDisplay)/\(name)",
                    text: try Self.read(
                        "\(specDirectory)/\(name)", display: "\(specDisplay)/\(name)"))
                let raw = SpecLoader.parse(
                    Array(source.text.utf8), path: source.display, fileName: name, log: log)
                if let raw, let map = SpecSourceMap(text: source.text, path: source.display) {
                    files.append(.init(raw: raw, map: map))
                    sources.append(source)
                }
            }
        } catch {
            log.error(error.description, at: nil)
        }
        try log.throwIfAny()
        var comparer = DriftComparer(document: document)
        for file in files {
            try comparer.compare(file)
        }
        openAPIVersion = document.version
        drifts = comparer.drifts.sorted {
            ($0.location.file, $0.location.line, $0.location.column) < (
                $1.location.file, $1.location.line, $1.location.column
            )
        }
        notCompared = comparer.notCompared
        objectsCompared = files.count - notCompared.count
        operationsCompared = comparer.operationsCompared
        self.sources = sources
    }

    private static func read(_ path: String, display: String) throws(FileSystemError) -> String {
        let bytes = try FileSystem.read(
            path, display: display, maxBytes: YAMLLimits.standard.maxFileBytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
