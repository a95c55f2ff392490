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
    /// Where the stages' durations go, when they are wanted.
    public let timings: StageTimings?

    public init(paths: GeneratorPaths, timings: StageTimings? = nil) {
        self.paths = paths
        self.timings = timings
    }

    private func stage<Result>(_ name: String, _ body: () throws -> Result) rethrows -> Result {
        guard let timings else { return try body() }
        return try timings.measure(name, body)
    }

    /// Loads and checks the spec. Throws `DiagnosticsError` with every problem found.
    public func model() throws -> SpecModel {
        let log = DiagnosticLog()
        let loaded = stage("load") {
            SpecLoader.load(directory: paths.spec.path, displayPrefix: paths.display(paths.spec), log: log)
        }
        // Files with shape problems are checked too, so that one run reports every problem.
        let model = stage("check") { SpecChecker(log: log).check(loaded.files, isComplete: loaded.isComplete) }
        try log.throwIfAny()
        guard let model else { throw DiagnosticsError([Diagnostic("the spec has no objects", at: nil)]) }
        return model
    }

    /// The contexts handed to the templates, as pretty-printed JSON keyed by output path.
    public func dumpContexts() throws -> String {
        var contexts: [String: DumpedContext] = [:]
        for job in try OutputKinds.jobs(for: model()) {
            if case .template(_, let context) = job.source {
                contexts[job.path] = DumpedContext(context: context())
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(contexts), as: UTF8.self)
    }

    /// Renders every output file. Throws `DiagnosticsError` for spec and template problems.
    public func plan() throws -> OutputPlan {
        try plan(for: model())
    }

    /// Renders every output file of `model` with the run's templates.
    func plan(for model: SpecModel) throws -> OutputPlan {
        let jobs = stage("jobs") { OutputKinds.jobs(for: model) }
        let log = DiagnosticLog()
        let templates = stage("templates") {
            TemplateSet(
                defaults: paths.templates, displayDefaults: paths.display(paths.templates),
                overrides: paths.templateOverrides, displayOverrides: paths.templateOverrides.map(paths.display), log: log)
        }
        try log.throwIfAny()
        let renderer = TemplateRenderer(templates: templates)
        // Each job builds its context and renders it, on every core.
        let rendered = stage("render") {
            jobs.concurrentMap(loggingInto: log) { job, jobLog in
                let contents: String?
                switch job.source {
                case .template(let template, let context):
                    contents = renderer.render(template, context: context(), log: jobLog)
                case .json(let value):
                    contents = JSONOutput.encode(value(), log: jobLog)
                }
                return contents.map { OutputFile(path: job.path, contents: $0) }
            }
        }
        try log.throwIfAny()
        var files = rendered.compactMap { $0 }
        let headerless = files.filter { !GeneratedFileHeader.isGenerated($0.contents) }.map(\.path)
        if !headerless.isEmpty {
            files.append(
                OutputFile(path: GeneratedFileHeader.manifestPath, contents: GeneratedFileHeader.manifest(listing: headerless)))
        }
        return OutputPlan(files: files)
    }

    /// How the output folder differs from `plan`, read under a shared lock on the folder.
    /// `onWait` is called when another run holds the lock.
    public func check(_ plan: OutputPlan, onWait: () -> Void = {}) throws -> OutputChanges {
        let folder = outputFolder
        return try reportingFileErrors {
            let lock =
                try FileSystem.kind(of: folder.root, display: folder.display) == nil
                ? nil : try OutputLock.acquire(folder: folder.root, display: folder.display, exclusive: false, onWait: onWait)
            return try withExtendedLifetime(lock) {
                try stage("compare") { OutputChanges(plan: plan, existing: try folder.contents()) }
            }
        }
    }

    /// Makes the output folder match `plan` under an exclusive lock on the folder, all or
    /// nothing (see `OutputFolder.apply`), and returns what changed. `onWait` is called when
    /// another run holds the lock.
    public func write(_ plan: OutputPlan, onWait: () -> Void = {}) throws -> OutputChanges {
        let folder = outputFolder
        return try reportingFileErrors {
            try folder.makeRoot()
            let lock = try OutputLock.acquire(folder: folder.root, display: folder.display, exclusive: true, onWait: onWait)
            return try withExtendedLifetime(lock) {
                let changes = try stage("compare") { OutputChanges(plan: plan, existing: try folder.contents()) }
                try stage("write") { try folder.apply(changes) }
                return changes
            }
        }
    }

    private var outputFolder: OutputFolder {
        OutputFolder(root: paths.output.standardizedFileURL.path, display: paths.display(paths.output))
    }

    /// Runs `body`, turning a file error into the diagnostics every other problem is reported as.
    private func reportingFileErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as FileSystemError {
            throw DiagnosticsError([error.diagnostic])
        }
    }
}

/// A template context as `gen --dump-context` prints it.
private struct DumpedContext: Encodable {
    let context: any Encodable

    func encode(to encoder: any Encoder) throws {
        try context.encode(to: encoder)
    }
}
