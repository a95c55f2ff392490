/// Renders templates with a context, strictly: a name that the context does not have, a list or
/// object printed as a variable, or a condition used outside its place fails the render with the
/// tag's location, where Mustache would print nothing.
struct TemplateRenderer: Sendable {
    let templates: TemplateSet

    /// Nested partials deeper than this are taken for a partial that includes itself without end.
    static let partialDepthLimit = 100

    /// Renders template `name` with `context`; problems go to `log` and give `nil`.
    func render(_ name: String, context: some TemplateValueConvertible, log: DiagnosticLog) -> String? {
        guard let template = templates.template(named: name) else {
            log.error("no template named '\(name)'", at: nil)
            return nil
        }
        var rendering = Rendering(templates: templates, root: context.templateValue, log: log)
        rendering.render(template.nodes)
        return rendering.failed ? nil : rendering.output
    }
}

/// One render in progress: the output so far and the sections open around the current tag.
private struct Rendering {
    let templates: TemplateSet
    let log: DiagnosticLog
    var output = ""
    var failed = false
    /// The values of the open sections, the root first.
    private var stack: [TemplateValue]
    /// For each open list section, innermost last: the element's index and the list's size.
    private var listPositions: [(index: Int, count: Int)] = []
    private var partialDepth = 0
    /// The columns that enclosing indented partials put before each line of `output`.
    private var partialIndentation = 0
    /// Set by a doc comment with no text, alone on its line: the line break that ends the line is
    /// left out with it.
    private var skipsLineBreak = false

    init(templates: TemplateSet, root: TemplateValue, log: DiagnosticLog) {
        self.templates = templates
        self.log = log
        stack = [root]
    }

    mutating func render(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let text):
                if skipsLineBreak {
                    skipsLineBreak = false
                    output += text.hasPrefix("\n") ? text.dropFirst() : Substring(text)
                } else {
                    output += text
                }
            case .variable(let tag):
                printVariable(tag)
            case .section(let tag, let inverted, let body):
                guard let value = resolve(tag) else { continue }
                if inverted {
                    if !value.isTrue { render(body) }
                } else {
                    renderSection(value, tag: tag, body: body)
                }
            case .partial(let name, let indentation, let location):
                renderPartial(name, indentation: indentation, location: location)
            }
        }
    }

    private mutating func printVariable(_ tag: TemplateTag) {
        guard let value = resolve(tag) else { return }
        switch tag.query {
        case .docComment(let name), .statement(let name):
            guard case .text(let text) = value else {
                fail("'\(name)' is not text; \(tag.query.spelling) prints text", at: tag.location)
                return
            }
            printLaidOut(text, as: tag.query, at: tag.location)
            return
        default:
            break
        }
        switch value {
        case .text(let text): output += text
        case .bool(let bool): output += bool ? "true" : "false"
        case .null: break
        case .list, .lazyList:
            fail(
                "'\(tag.query.spelling)' is a list; print its elements in a section: "
                    + "{{#\(tag.query.spelling)}}{{.}}{{/\(tag.query.spelling)}}", at: tag.location)
        case .object:
            fail(
                "'\(tag.query.spelling)' is an object; open a section to print its values: "
                    + "{{#\(tag.query.spelling)}}…{{/\(tag.query.spelling)}}", at: tag.location)
        }
    }

    /// `text` laid out as `function` says, from where the output's current line has got to, which
    /// holds only indentation, to `DocComment.lineLength`, counting the indentation of the
    /// partials this one is in: a doc comment's `///` lines, or a statement broken like a call.
    /// Without text, the line is left out.
    private mutating func printLaidOut(_ text: String, as function: TemplateQuery, at location: SourceLocation) {
        let lineStart = output.lastIndex(of: "\n").map(output.index(after:)) ?? output.startIndex
        let indentation = String(output[lineStart...])
        guard indentation.allSatisfy({ $0 == " " }) else {
            fail("'\(function.spelling)' must stand alone on its line, after spaces", at: location)
            return
        }
        let column = partialIndentation + indentation.count
        let lines =
            if case .statement = function {
                text.isEmpty ? [] : SwiftLineBreaking.call(text, indent: column)
            } else {
                DocComment.lines(text, indent: column)
            }
        guard !lines.isEmpty else {
            output.removeSubrange(lineStart...)
            skipsLineBreak = true
            return
        }
        output += lines.joined(separator: "\n" + indentation)
    }

    private mutating func renderSection(_ value: TemplateValue, tag: TemplateTag, body: [TemplateNode]) {
        switch value {
        case .list(let elements):
            for (index, element) in elements.enumerated() {
                render(body, for: element, at: index, of: elements.count)
            }
        case .lazyList(let count, let element):
            for index in 0..<count {
                render(body, for: element(index), at: index, of: count)
            }
        case .bool(let bool):
            if bool { render(body) }
        case .null:
            break
        case .text, .object:
            stack.append(value)
            render(body)
            stack.removeLast()
        }
    }

    /// Renders a list section's body for the element at `index` of `count`.
    private mutating func render(_ body: [TemplateNode], for element: TemplateValue, at index: Int, of count: Int) {
        stack.append(element)
        listPositions.append((index, count))
        render(body)
        listPositions.removeLast()
        stack.removeLast()
    }

    private mutating func renderPartial(_ name: String, indentation: String, location: SourceLocation) {
        guard let partial = templates.template(named: name) else {
            fail("no template named '\(name)' for this partial", at: location)
            return
        }
        guard partialDepth < TemplateRenderer.partialDepthLimit else {
            fail(
                "partials nest more than \(TemplateRenderer.partialDepthLimit) deep here; "
                    + "does '\(name)' include itself without a section that ends it?", at: location)
            return
        }
        partialDepth += 1
        defer { partialDepth -= 1 }
        guard !indentation.isEmpty else {
            render(partial.nodes)
            return
        }
        // The partial renders on its own, then joins the output indented; the output so far is
        // set aside, not copied.
        var enclosing = ""
        swap(&enclosing, &output)
        partialIndentation += indentation.count
        render(partial.nodes)
        partialIndentation -= indentation.count
        swap(&enclosing, &output)
        output += Self.indenting(enclosing, by: indentation)
    }

    /// `text` with `indentation` before each of its lines that is not empty.
    private static func indenting(_ text: String, by indentation: String) -> String {
        var indented: [UInt8] = []
        indented.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var atLineStart = true
        for byte in text.utf8 {
            let isLineBreak = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            if atLineStart, !isLineBreak { indented += indentation.utf8 }
            indented.append(byte)
            atLineStart = isLineBreak
        }
        return String(decoding: indented, as: UTF8.self)
    }

    /// The value `tag` asks for, or `nil` (and a failed render) when there is none.
    private mutating func resolve(_ tag: TemplateTag) -> TemplateValue? {
        switch tag.query {
        case .current:
            return stack.last
        case .docComment("."), .statement("."):
            return stack.last
        case .name(let name), .docComment(let name), .statement(let name):
            if let value = lookUp(name) { return value }
            fail(
                "no value named '\(name)' in the context here; see gen --dump-context for the values there are",
                at: tag.location)
            return nil
        case .first, .last:
            guard let position = listPositions.last else {
                fail("'\(tag.query.spelling)' is used outside a section over a list", at: tag.location)
                return nil
            }
            return .bool(tag.query == .first ? position.index == 0 : position.index == position.count - 1)
        case .empty(let name):
            guard let value = lookUp(name) else {
                fail(
                    "no value named '\(name)' in the context here; see gen --dump-context for the values there are",
                    at: tag.location)
                return nil
            }
            switch value {
            case .list(let elements): return .bool(elements.isEmpty)
            case .lazyList(let count, _): return .bool(count == 0)
            default:
                fail("'\(name)' is not a list; empty() tests lists", at: tag.location)
                return nil
            }
        }
    }

    /// `name` in the innermost open section that has it, out to the root.
    private func lookUp(_ name: String) -> TemplateValue? {
        for frame in stack.reversed() {
            if case .object(let members) = frame, let value = members[name] { return value }
        }
        return nil
    }

    private mutating func fail(_ message: String, at location: SourceLocation) {
        failed = true
        log.error(message, at: location)
    }
}

extension TemplateValue {
    /// Whether a section over the value renders: false, null and empty lists do not.
    fileprivate var isTrue: Bool {
        switch self {
        case .bool(let bool): bool
        case .null: false
        case .list(let elements): !elements.isEmpty
        case .lazyList(let count, _): count > 0
        case .text, .object: true
        }
    }
}
