/// Reads every `*.yaml` file of the spec folder, in file-name order.
enum SpecLoader {
    /// The files read, and whether every file of the folder is among them.
    struct Result {
        var files: [RawSpecFile]
        /// False when a file could not be read or parsed at all: what other files say of its
        /// object cannot be checked then, and is not reported as a problem.
        var isComplete: Bool
    }

    /// The raw files of `directory`; `displayPrefix` is how paths appear in diagnostics
    /// (e.g. `spec`). Problems go to `log`.
    static func load(
        directory: String, displayPrefix: String, limits: YAMLLimits = .standard, log: DiagnosticLog
    ) -> Result {
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
        let files = names.compactMap { name in
            load(
                file: "\(directory)/\(name)", path: "\(displayPrefix)/\(name)", fileName: name,
                limits: limits, log: log)
        }
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

    /// The bytes of one file, decoded as UTF-8, scanned for YAML problems and limits, then parsed.
    static func parse(
        _ bytes: [UInt8], path: String, fileName: String, limits: YAMLLimits = .standard,
        log: DiagnosticLog
    ) -> RawSpecFile? {
        let problem =
            TextPosition.invalidUTF8(in: bytes, file: path)
            ?? YAMLStructureScan(path: path, limits: limits).firstProblem(in: bytes)
        if let problem {
            log.error(problem.message, at: problem.location)
            return nil
        }
        return SpecFileParser.parse(
            String(decoding: bytes, as: UTF8.self), path: path, fileName: fileName, log: log)
    }
}
