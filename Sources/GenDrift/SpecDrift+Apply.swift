import StripeCodegen
/// `gen drift --apply`: the edits of every drift, made to the text of the spec files.
extension SpecDrift {
    /// What `apply()` did.
    public struct Application: Sendable {
        /// The spec files rewritten, as named in messages.
        public var filesChanged: [String]
        /// The drifts whose edits were not (all) made, each with why.
        public var notApplied: [(drift: Drift, reason: String)]
    }

    /// Makes the edits of every applicable drift in the spec files, each file replaced whole
    /// once its new text is ready. A drift without edits is left for a person.
    public func apply() throws -> Application {
        var application = Application(filesChanged: [], notApplied: [])
        for source in sources {
            var owners: [Int] = []
            var edits: [SpecEdit] = []
            for (index, drift) in drifts.enumerated() {
                for edit in drift.edits where edit.file == source.display {
                    owners.append(index)
                    edits.append(edit)
                }
            }
            guard !edits.isEmpty, let map = SpecSourceMap(text: source.text, path: source.display)
            else { continue }
            var editor = SpecTextEditor(text: source.text, map: map)
            let result = editor.apply(edits)
            var failed: Set<Int> = []
            for failure in result.failures where failed.insert(owners[failure.edit]).inserted {
                application.notApplied.append((drifts[owners[failure.edit]], failure.reason))
            }
            guard result.text != source.text else { continue }
            try replace(source, with: result.text)
            application.filesChanged.append(source.display)
        }
        return application
    }

    /// Writes `text` beside the file, then renames it into place.
    private func replace(_ source: Source, with text: String) throws {
        let temporary = source.path + ".drift-apply.tmp"
        do {
            try FileSystem.removeFile(temporary, display: source.display)
            try FileSystem.create(temporary, display: source.display, bytes: Array(text.utf8))
            try FileSystem.rename(temporary, to: source.path, display: source.display)
        } catch {
            try? FileSystem.removeFile(temporary, display: source.display)
            throw DiagnosticsError([error.diagnostic])
        }
    }
}
