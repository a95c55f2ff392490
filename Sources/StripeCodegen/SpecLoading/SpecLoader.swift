/// Reads every `*.yaml` file of the spec folder, in file-name order.
package enum SpecLoader {
    /// The files read, and whether every file of the folder is among them.
    package struct Result<File> {
        package var files: [File]
        /// False when a file could not be read or parsed at all: what other files say of its
        /// object cannot be checked then, and is not reported as a problem.
        package var isComplete: Bool

        package init(files: [File], isComplete: Bool) {
            self.files = files
            self.isComplete = isComplete
        }
    }

    /// The files of `directory`, each parsed and handed to `each` (with a log of its own) as
    /// soon as it is read, on every core, so that no more raw files are held than are in
    /// flight; `displayPrefix` is how paths appear in diagnostics (e.g. `spec`). Problems go to
    /// `log`, in file order.
    static func load<File: Sendable>(
        directory: String, displayPrefix: String, limits: YAMLLimits = .standard, log: DiagnosticLog,
        each: @Sendable (RawSpecFile, DiagnosticLog) -> File
    ) -> Result<File> {
        let names: [String]
        do {
            names = try FileSystem.contents(ofDirectory: directory, display: displayPrefix).filter {
                $0.hasSuffix(".yaml")
            }
        } catch {
            log.error(error.description, at: nil)
            return Result(files: [], isComplete: false)
        }
        if names.isEmpty {
            log.error("the spec folder '\(displayPrefix)' has no .yaml files", at: nil)
        }
        let files = names.concurrentMap(loggingInto: log) { name, fileLog in
            load(
                file: "\(directory)/\(name)", path: "\(displayPrefix)/\(name)", fileName: name,
                limits: limits, log: fileLog
            ).map { each($0, fileLog) }
        }.compactMap { $0 }
        return Result(files: files, isComplete: files.count == names.count)
    }

    /// One file: read within the size limit, then parsed.
    private static func load(
        file: String, path: String, fileName: String, limits: YAMLLimits, log: DiagnosticLog
    ) -> RawSpecFile? {
        do {
            let bytes = try FileSystem.read(file, display: path, maxBytes: limits.maxFileBytes)
            return parse(bytes, path: path, fileName: fileName, limits: limits, log: log)
        } catch {
            log.error(error.description, at: SourceLocation(file: path, line: 1, column: 1))
            return nil
        }
    }

    /// The bytes of one file, checked to be UTF-8, composed into YAML nodes within the limits,
    /// then read.
    package static func parse(
        _ bytes: [UInt8], path: String, fileName: String, limits: YAMLLimits = .standard,
        log: DiagnosticLog
    ) -> RawSpecFile? {
        if let problem = TextPosition.invalidUTF8(in: bytes, file: path) {
            log.error(problem.message, at: problem.location)
            return nil
        }
        switch YAMLComposer(path: path, limits: limits).compose(bytes) {
        case .failure(let problem):
            log.error(problem.message, at: problem.location)
            return nil
        case .success(nil):
            log.error("the spec file is empty", at: SourceLocation(file: path, line: 1, column: 1))
            return nil
        case .success(let root?):
            return SpecFileParser.parse(root, path: path, fileName: fileName, log: log)
        }
    }
}
