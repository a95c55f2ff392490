import Foundation
import Mustache

/// Renders templates with a context, failing instead of printing nothing where swift-mustache
/// would silently render a name that the context does not have.
///
/// The context is encoded into `ContextNode`s. swift-mustache looks a name up from the innermost
/// section outwards and asks the root last, so a name the root is asked for and does not have
/// was found nowhere: the root records it, and the render fails.
struct StrictRenderer {
    let templates: TemplateSet

    /// Renders template `name` with `context`; problems go to `log` and give `nil`.
    func render(_ name: String, context: some Encodable, log: DiagnosticLog) -> String? {
        guard let template = templates.library.getTemplate(named: name) else {
            log.error("no template named '\(name)'", at: nil)
            return nil
        }
        let misses = MissLog()
        let root: Any
        do {
            root = try MustacheContextEncoder.encode(context, misses: misses)
        } catch {
            log.error("cannot encode the context of template '\(name)': \(error)", at: nil)
            return nil
        }
        let output = template.render(root, library: templates.library)
        for variable in misses.names {
            // A template used by several others, such as a partial, reports its mistake once.
            if let location = templates.location(ofVariable: variable, inTemplate: name) {
                log.error(
                    "no value named '\(variable)' in the context here; see gen --dump-context for the values there are",
                    at: location)
            } else {
                log.error("no value named '\(variable)' in the context of template '\(name)'", at: nil)
            }
        }
        return misses.names.isEmpty ? output : nil
    }
}

/// The names the root of a context was asked for and did not have.
final class MissLog {
    private(set) var names: [String] = []

    func record(_ name: String) {
        if !names.contains(name) { names.append(name) }
    }
}

/// An object of the context as swift-mustache sees it.
struct ContextNode: MustacheParent {
    let members: [String: Any]
    /// Set on the root only: the names looked up in vain.
    let misses: MissLog?

    func child(named name: String) -> Any? {
        if let member = members[name] { return member }
        misses?.record(name)
        return nil
    }
}

/// A `null` in the context: found (so not a miss), empty when rendered, false in sections.
struct NullValue: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
