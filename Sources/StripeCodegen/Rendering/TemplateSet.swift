import Foundation
import Mustache

/// The templates of one run: the default folder, overridden file by file by the user's folder.
/// Each template is read and parsed once, and checked for the mistakes swift-mustache would
/// otherwise let through silently.
struct TemplateSet {
    /// The pragma every template must declare, or swift-mustache escapes its output as HTML.
    static let textPragma = "{{%CONTENT_TYPE:TEXT}}"

    /// Template names (relative path without `.mustache`) and the file each was read from.
    private(set) var sources: [String: TemplateSource] = [:]
    private(set) var library = MustacheLibrary()

    struct TemplateSource {
        /// The path shown in diagnostics.
        var displayPath: String
        var text: String
    }

    /// Loads `defaults`, then `overrides` on top of it; problems go to `log`.
    init(defaults: URL, displayDefaults: String, overrides: URL?, displayOverrides: String?, log: DiagnosticLog) {
        for (folder, display) in [(defaults, displayDefaults), overrides.map { ($0, displayOverrides ?? $0.path) }]
            .compactMap({ $0 })
        {
            load(folder: folder, display: display, log: log)
        }
        for name in sources.keys.sorted() {
            guard let source = sources[name] else { continue }
            check(source, log: log)
            do {
                try library.register(source.text, named: name)
            } catch {
                log.error("cannot parse the template: \(error)", at: SourceLocation(file: source.displayPath, line: 1, column: 1))
            }
        }
    }

    private mutating func load(folder: URL, display: String, log: DiagnosticLog) {
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

    /// Checks what the library cannot: the text pragma, partials that name no template, and tags
    /// that strict rendering could not follow.
    private func check(_ source: TemplateSource, log: DiagnosticLog) {
        if !source.text.hasPrefix(Self.textPragma) {
            log.error(
                "the template must start with \(Self.textPragma), or its output is escaped as HTML",
                at: SourceLocation(file: source.displayPath, line: 1, column: 1))
        }
        for tag in MustacheTags.scan(source.text) {
            switch tag.sigil {
            case ">":
                if sources[tag.name] == nil {
                    let hint = Suggestion.hint(for: tag.name, among: sources.keys)
                    log.error("no template named '\(tag.name)' for this partial\(hint)", at: tag.location(in: source.displayPath))
                }
            case "", "#", "^", "&", "{":
                if tag.name != ".", tag.name.contains(".") {
                    log.error(
                        "dotted names such as '\(tag.name)' are not supported, because a mistake in them cannot "
                            + "be caught; open a section instead",
                        at: tag.location(in: source.displayPath))
                }
            case "=", "<", "$":
                log.error(
                    "the '\(tag.sigil)' tag is not supported: the generator checks templates that use "
                        + "variables, sections and partials only",
                    at: tag.location(in: source.displayPath))
            default:
                break
            }
        }
    }

    /// The location of the first tag in template `name` (or its partials) that uses `variable`.
    func location(ofVariable variable: String, inTemplate name: String) -> SourceLocation? {
        var visited: Set<String> = []
        var queue = [name]
        while let current = queue.popLast() {
            guard visited.insert(current).inserted, let source = sources[current] else { continue }
            let tags = MustacheTags.scan(source.text)
            if let tag = tags.first(where: { $0.sigil != ">" && $0.name == variable }) {
                return tag.location(in: source.displayPath)
            }
            queue += tags.filter { $0.sigil == ">" }.map(\.name)
        }
        return nil
    }
}
