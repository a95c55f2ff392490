import Foundation

/// Where a run reads and writes. Each folder has a display name for messages (e.g. `spec`).
public struct GeneratorPaths: Sendable {
    public var spec: URL
    public var templates: URL
    /// A folder whose templates replace the default ones of the same name.
    public var templateOverrides: URL?
    public var output: URL

    /// Paths under `root`: `spec/`, `Templates/` and `Generated/`.
    public init(root: URL, templateOverrides: URL? = nil, output: URL? = nil) {
        spec = root.appendingPathComponent("spec")
        templates = root.appendingPathComponent("Templates")
        self.templateOverrides = templateOverrides
        self.output = output ?? root.appendingPathComponent("Generated")
    }

    /// How a folder is named in messages: relative to the working directory when inside it.
    public func display(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }
}

/// The whole pipeline: spec files → checked model → template contexts → rendered output plan.
public struct Generator {
    public let paths: GeneratorPaths

    public init(paths: GeneratorPaths) {
        self.paths = paths
    }

    /// Loads and checks the spec. Throws `DiagnosticsError` with every problem found.
    public func model() throws -> SpecModel {
        let log = DiagnosticLog()
        let files = SpecLoader.load(directory: paths.spec, displayPrefix: paths.display(paths.spec), log: log)
        // Files with shape problems are checked too, so that one run reports every problem.
        let model = SpecChecker(log: log).check(files)
        try log.throwIfAny()
        guard let model else { throw DiagnosticsError([Diagnostic("the spec has no objects", at: nil)]) }
        return model
    }

    /// The contexts handed to the templates, as pretty-printed JSON keyed by output path.
    public func dumpContexts() throws -> String {
        var contexts: [String: JSONValue] = [:]
        for job in try OutputJobs.all(for: model()) {
            contexts[job.path] = try JSONValue(encoding: job.context)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(contexts), as: UTF8.self)
    }

    /// Renders every output file. Throws `DiagnosticsError` for spec and template problems.
    public func plan() throws -> OutputPlan {
        let jobs = try OutputJobs.all(for: model())
        let log = DiagnosticLog()
        let templates = TemplateSet(
            defaults: paths.templates, displayDefaults: paths.display(paths.templates),
            overrides: paths.templateOverrides, displayOverrides: paths.templateOverrides.map(paths.display), log: log)
        try log.throwIfAny()
        let renderer = StrictRenderer(templates: templates)
        var plan = OutputPlan()
        for job in jobs {
            if let contents = renderer.render(job.template, context: job.context, log: log) {
                plan.add(path: job.path, contents: contents)
            }
        }
        try log.throwIfAny()
        let headerless = plan.files.filter { !GeneratedFileHeader.isGenerated($0.contents) }.map(\.path)
        if !headerless.isEmpty {
            plan.add(path: GeneratedFileHeader.manifestPath, contents: GeneratedFileHeader.manifest(listing: headerless))
        }
        return plan
    }

    /// How the output folder differs from `plan`.
    public func changes(for plan: OutputPlan) throws -> OutputChanges {
        OutputChanges(plan: plan, existing: try OutputFolder(root: paths.output).generatedFiles())
    }

    /// Writes and removes files so that the output folder matches the plan the changes came from.
    public func apply(_ changes: OutputChanges) throws {
        let folder = OutputFolder(root: paths.output)
        for change in changes.changes {
            switch change {
            case .create(let file), .update(let file, _): try folder.write(file.contents, to: file.path)
            case .remove(let path, _): try folder.remove(path)
            }
        }
    }
}
