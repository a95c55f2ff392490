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
public struct Generator: Sendable {
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
        // Each file is checked on its own as soon as it is parsed, files with shape problems too,
        // so that one run reports every problem, and so are the Swift names made from it; then
        // what the files say of each other.
        let loaded = stage("load") {
            SpecLoader.load(directory: paths.spec.path, displayPrefix: paths.display(paths.spec), log: log) { file, fileLog in
                let checked = SpecChecker(log: fileLog).check(file)
                SwiftNameChecker(log: fileLog).check(checked)
                return checked
            }
        }
        let model = stage("link") {
            let model = SpecChecker(log: log).link(loaded.files, isComplete: loaded.isComplete)
            if let model { SwiftNameChecker(log: log).checkDeclaredNames(model) }
            return model
        }
        try log.throwIfAny()
        guard let model else { throw DiagnosticsError([Diagnostic("the spec has no objects", at: nil)]) }
        return model
    }

    /// The contexts handed to the templates, as pretty-printed JSON keyed by output path.
    public func dumpContexts() throws -> String {
        var contexts: [String: TemplateValue] = [:]
        for job in try OutputKinds.jobs(for: model()) {
            if case .template(_, let context) = job.source {
                contexts[job.path] = context().templateValue
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(contexts), as: UTF8.self)
    }

    /// Renders every output file and holds them all. Throws `DiagnosticsError` for spec and
    /// template problems.
    public func plan() throws -> OutputPlan {
        let templates = loadingTemplates()
        return try plan(for: model(), templates: templates)
    }

    /// Renders every output file of `model` with the run's templates.
    func plan(for model: SpecModel) throws -> OutputPlan {
        try plan(for: model, templates: loadingTemplates())
    }

    private func plan(for model: SpecModel, templates: BackgroundValue<LoadedTemplates>) throws -> OutputPlan {
        let log = DiagnosticLog()
        let files = try render(model, templates: templates, log: log) { file in file }
        try log.throwIfAny()
        return OutputPlan(files: files.map(\.outcome))
    }

    /// How the output folder differs from what the spec renders to, read under a shared lock on
    /// the folder; nothing is written. Each change carries its unified diff. `onWait` is called
    /// when another run holds the lock. Throws `DiagnosticsError` for spec, template and file
    /// problems.
    public func check(onWait: () -> Void = {}) throws -> OutputChanges {
        let templates = loadingTemplates()
        let model = try model()
        let folder = outputFolder
        return try reportingFileErrors {
            let lock =
                try FileSystem.kind(of: folder.root, display: folder.display) == nil
                ? nil : try OutputLock.acquire(folder: folder.root, display: folder.display, exclusive: false, onWait: onWait)
            return try withExtendedLifetime(lock) {
                let existing = try stage("scan") { try folder.contents() }
                let log = DiagnosticLog()
                let compared = try render(model, templates: templates, log: log) { file throws(FileSystemError) in
                    OutputChanges.Change(
                        writing: file, over: try folder.generatedBytes(at: file.path, in: existing),
                        diffPrefix: folder.display)
                }
                try log.throwIfAny()
                var changes = compared.compactMap(\.outcome)
                let unchangedCount = compared.count - changes.count
                for path in existing.generated.subtracting(compared.map(\.path)) {
                    changes.append(.init(removing: path, old: try folder.text(of: path), diffPrefix: folder.display))
                }
                return OutputChanges(changes: changes, unchangedCount: unchangedCount, temporaries: existing.temporaries)
            }
        }
    }

    /// Makes the output folder match what the spec renders to, under an exclusive lock on the
    /// folder, all or nothing (see `OutputStaging`), and returns what changed. Each file is
    /// written as soon as it is rendered, so that a large output is never held whole. `onWait`
    /// is called when another run holds the lock. Throws `DiagnosticsError` for spec, template
    /// and file problems, leaving the folder as it was.
    public func write(onWait: () -> Void = {}) throws -> OutputChanges {
        let templates = loadingTemplates()
        let model = try model()
        let folder = outputFolder
        return try reportingFileErrors {
            let createdFolders = try folder.makeRoot()
            do {
                let lock = try OutputLock.acquire(folder: folder.root, display: folder.display, exclusive: true, onWait: onWait)
                return try withExtendedLifetime(lock) { try write(model, templates: templates, to: folder) }
            } catch {
                folder.removeEmptyFolders(createdFolders)
                throw error
            }
        }
    }

    private func write(
        _ model: SpecModel, templates: BackgroundValue<LoadedTemplates>, to folder: OutputFolder
    ) throws -> OutputChanges {
        let existing = try stage("scan") { try folder.contents() }
        let staging = OutputStaging(folder: folder)
        let log = DiagnosticLog()
        let written = try render(model, templates: templates, log: log) { file throws(FileSystemError) in
            let change = OutputChanges.Change(
                writing: file, over: try folder.generatedBytes(at: file.path, in: existing), diffPrefix: nil)
            if change != nil { try staging.stage(file) }
            return change
        }
        var changes = written.compactMap(\.outcome)
        let unchangedCount = written.count - changes.count
        do {
            try log.throwIfAny()
            for path in existing.generated.subtracting(written.map(\.path)).sorted() {
                try staging.stageRemoval(of: path)
                changes.append(.init(removing: path, old: nil, diffPrefix: nil))
            }
        } catch {
            staging.discard()
            throw error
        }
        try stage("commit") {
            try staging.commit(removing: changes.filter { $0.kind == .remove }.map(\.path), temporaries: existing.temporaries)
        }
        return OutputChanges(changes: changes, unchangedCount: unchangedCount, temporaries: existing.temporaries)
    }

    /// The run's templates and the problems found reading and parsing them.
    private typealias LoadedTemplates = (templates: TemplateSet, problems: [Diagnostic])

    /// Starts reading and parsing the templates on another core, beside the spec's loading and
    /// checking, which they do not depend on.
    private func loadingTemplates() -> BackgroundValue<LoadedTemplates> {
        BackgroundValue { [self] in
            stage("templates") {
                let log = DiagnosticLog()
                let templates = TemplateSet(
                    defaults: paths.templates, displayDefaults: paths.display(paths.templates),
                    overrides: paths.templateOverrides, displayOverrides: paths.templateOverrides.map(paths.display),
                    log: log)
                return (templates, log.diagnostics)
            }
        }
    }

    /// Renders every output file of `model` on every core and hands each to `consume` as soon as
    /// it is rendered, so that only a few files are held at once; the manifest of the files that
    /// cannot carry a header comes last. Template problems and `consume`'s file errors go to
    /// `log`; the outcomes are those of the files that were rendered and consumed.
    private func render<Outcome: Sendable>(
        _ model: SpecModel, templates: BackgroundValue<LoadedTemplates>, log: DiagnosticLog,
        consume: @Sendable (OutputFile) throws(FileSystemError) -> Outcome
    ) throws -> [(path: String, outcome: Outcome)] {
        let jobs = stage("jobs") { OutputKinds.jobs(for: model) }
        let (templateSet, templateProblems) = templates.value
        for problem in templateProblems { log.error(problem.message, at: problem.location) }
        try log.throwIfAny()
        let renderer = TemplateRenderer(templates: templateSet)
        // Each job builds its context, renders it and hands it on, on every core.
        let rendered = stage("render") {
            jobs.concurrentMap(loggingInto: log) { job, jobLog -> (path: String, outcome: Outcome, hasHeader: Bool)? in
                guard let file = job.render(with: renderer, log: jobLog) else { return nil }
                return jobLog.recordingFileErrors { () throws(FileSystemError) in
                    (file.path, try consume(file), GeneratedFileHeader.isGenerated(file.contents.utf8))
                }
            }.compactMap { $0 }
        }
        var outcomes = rendered.map { (path: $0.path, outcome: $0.outcome) }
        let headerless = rendered.filter { !$0.hasHeader }.map { $0.path }
        if log.isEmpty, !headerless.isEmpty {
            let manifest = OutputFile(
                path: GeneratedFileHeader.manifestPath, contents: GeneratedFileHeader.manifest(listing: headerless))
            if let outcome = log.recordingFileErrors({ () throws(FileSystemError) in try consume(manifest) }) {
                outcomes.append((manifest.path, outcome))
            }
        }
        return outcomes
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
