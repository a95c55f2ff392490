import StripeCodegen
import Foundation

/// A spec that `gen diff` compares: the checked model of a spec folder, or of the spec files of a
/// git revision, loaded and checked as `gen` loads and checks `spec/` (so a broken spec gives
/// the same located errors).
public struct SpecSnapshot: Sendable {
    /// How reports name it: `HEAD~1`, `../old/spec`, `spec`.
    public var label: String
    var model: SpecModel

    /// The spec folder of `paths`, as `gen` reads it.
    public init(paths: GeneratorPaths) throws {
        self.init(label: paths.display(paths.spec), model: try Generator(paths: paths).model())
    }

    /// What `--against reference` names, for the project folder `project`: a folder when there is
    /// one at that path (a project folder with `spec/` in it, or a spec folder), else a revision
    /// of the git repository that holds `project`. Throws `DiagnosticsError` when it is neither,
    /// and for every problem of its spec.
    public init(against reference: String, project: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: reference, isDirectory: &isFolder),
            isFolder.boolValue
        {
            let folder = URL(fileURLWithPath: reference, isDirectory: true)
            let projectSpec = folder.appendingPathComponent("spec")
            var paths = GeneratorPaths(root: folder)
            if !FileManager.default.fileExists(atPath: projectSpec.path) {
                paths.spec = folder
            }
            try self.init(paths: paths)
            return
        }
        let paths = GeneratorPaths(root: project)
        let log = DiagnosticLog()
        let loaded = try GitRevisionSpec(
            project: project, projectDisplay: paths.display(project), revision: reference
        )
        .load(log: log)
        let model = SpecChecker(log: log).check(loaded.files, isComplete: loaded.isComplete)
        try log.throwIfAny()
        guard let model else {
            throw DiagnosticsError([
                Diagnostic("the spec of revision '\(reference)' has no objects", at: nil)
            ])
        }
        self.init(label: reference, model: model)
    }

    private init(label: String, model: SpecModel) {
        self.label = label
        self.model = model
    }
}
