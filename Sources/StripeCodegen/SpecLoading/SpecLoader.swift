import Foundation

/// Reads every `*.yaml` file of the spec folder, in file-name order.
enum SpecLoader {
    /// The raw files of `directory`; `displayPrefix` is how paths appear in diagnostics
    /// (e.g. `spec`). Problems go to `log`.
    static func load(directory: URL, displayPrefix: String, log: DiagnosticLog) -> [RawSpecFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".yaml") }
                .sorted()
        } catch {
            log.error("cannot read the spec folder '\(displayPrefix)': \(error.localizedDescription)", at: nil)
            return []
        }
        if names.isEmpty {
            log.error("the spec folder '\(displayPrefix)' has no .yaml files", at: nil)
        }
        return names.compactMap { name in
            let path = "\(displayPrefix)/\(name)"
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                let text = String(data: data, encoding: .utf8)
            else {
                log.error("cannot read the file as UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1))
                return nil
            }
            return SpecFileParser.parse(text, path: path, fileName: name, log: log)
        }
    }
}
