import Foundation

/// The templates of one run: the default folder, overridden file by file by the user's folder.
/// Each template is read and parsed once, and its partials are checked to name templates.
struct TemplateSet: Sendable {
    private var templates: [String: Template] = [:]

    /// A template's text and the file it was read from.
    struct TemplateSource {
        /// The path shown in diagnostics.
        var displayPath: String
        var text: String
    }

    /// The parsed template `name`: its path under `Templates/` without `.mustache`.
    func template(named name: String) -> Template? {
        templates[name]
    }

    /// Loads `defaults`, then `overrides` on top of it; problems go to `log`.
    init(defaults: URL, displayDefaults: String, overrides: URL?, displayOverrides: String?, log: DiagnosticLog) {
        var sources: [String: TemplateSource] = [:]
        for (folder, display) in [(defaults, displayDefaults), overrides.map { ($0, displayOverrides ?? $0.path) }]
            .compactMap({ $0 })
        {
            Self.load(folder: folder, display: display, into: &sources, log: log)
        }
        self.init(sources: sources, log: log)
    }

    /// The templates `sources`, keyed by name; problems go to `log`.
    init(sources: [String: TemplateSource], log: DiagnosticLog) {
        for (name, source) in sources {
            do {
                templates[name] = try TemplateParser.parse(source.text, path: source.displayPath)
            } catch {
                log.error(error.message, at: error.location)
            }
        }
        for template in templates.values {
            checkPartials(in: template.nodes, known: sources.keys, log: log)
        }
    }

    private static func load(
        folder: URL, display: String, into sources: inout [String: TemplateSource], log: DiagnosticLog
    ) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            log.error("the templates folder '\(display)' does not exist", at: nil)
            return
        }
        guard isDirectory.boolValue else {
            log.error("'\(display)' is a file; templates are read from a folder of .mustache files", at: nil)
            return
        }
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            log.error("cannot read the templates folder '\(display)'", at: nil)
            return
        }
        let base = folder.standardizedFileURL.path
        for case let url as URL in enumerator where url.pathExtension == "mustache" {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            let name = String(relative.dropLast(".mustache".count))
            let displayPath = "\(display)/\(relative)"
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                log.error("cannot read the template as UTF-8 text", at: SourceLocation(file: displayPath, line: 1, column: 1))
                continue
            }
            sources[name] = TemplateSource(displayPath: displayPath, text: text)
        }
    }

    /// Reports the partials in `nodes` that name no template.
    private func checkPartials(
        in nodes: [TemplateNode], known: Dictionary<String, TemplateSource>.Keys, log: DiagnosticLog
    ) {
        for node in nodes {
            switch node {
            case .partial(let name, _, let location) where !known.contains(name):
                let hint = Suggestion.hint(for: name, among: known)
                log.error("no template named '\(name)' for this partial\(hint)", at: location)
            case .section(_, _, let body):
                checkPartials(in: body, known: known, log: log)
            case .text, .variable, .partial:
                break
            }
        }
    }
}
