/// Parses Mustache text into a `Template`: variables, sections (with the `first()`, `last()` and
/// `empty(name)` conditions), partials, comments and the `CONTENT_TYPE:TEXT` pragma, with the
/// spec's default delimiters. A tag stays on one line.
struct TemplateParser {
    /// The first mistake in a template, and where it is.
    struct SyntaxError: Error {
        var message: String
        var location: SourceLocation
    }

    /// An open section: its tag, and the nodes around it to return to when it closes.
    private struct OpenSection {
        var tag: TemplateTag
        var inverted: Bool
        var enclosing: [TemplateNode]
    }

    private var cursor: TemplateCursor
    private var nodes: [TemplateNode] = []
    private var open: [OpenSection] = []

    private init(text: String, path: String) {
        cursor = TemplateCursor(text: text, path: path)
    }

    /// Parses `text`, read from `path` (as shown in messages).
    static func parse(_ text: String, path: String) throws(SyntaxError) -> Template {
        var parser = TemplateParser(text: text, path: path)
        try parser.parseLines()
        return Template(nodes: parser.nodes)
    }

    private mutating func parseLines() throws(SyntaxError) {
        var atLineStart = true
        while !cursor.isAtEnd {
            var indentation = atLineStart ? cursor.readIndentation() : ""
            let text = cursor.readText()
            if let lineBreak = cursor.readLineBreak() {
                nodes.append(.text(indentation + text + lineBreak))
                atLineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(indentation + text))
                indentation = ""
                atLineStart = false
            }
            guard !cursor.isAtEnd else {
                if !indentation.isEmpty { nodes.append(.text(indentation)) }
                break
            }
            let tag = try cursor.readTag()
            if tag.sigil.standsAlone, atLineStart, cursor.skipRestOfLineIfBlank() {
                try add(tag, indentation: indentation)
            } else {
                if !indentation.isEmpty { nodes.append(.text(indentation)) }
                try add(tag, indentation: "")
                atLineStart = false
            }
        }
        if let unclosed = open.last {
            throw SyntaxError(
                message: "the section '{{#\(unclosed.tag.query.spelling)}}' is never closed",
                location: unclosed.tag.location)
        }
    }

    private mutating func add(_ tag: TemplateCursor.RawTag, indentation: String) throws(SyntaxError) {
        switch tag.sigil {
        case .variable:
            let query = try Self.query(tag)
            if query.isCondition {
                throw SyntaxError(
                    message: "'\(query.spelling)' is a condition; use it as a section: "
                        + "{{#\(query.spelling)}}…{{/\(query.spelling)}}",
                    location: tag.location)
            }
            nodes.append(.variable(TemplateTag(query: query, location: tag.location)))
        case .section, .invertedSection:
            let query = try Self.query(tag)
            if case .docComment = query {
                throw SyntaxError(
                    message: "'\(query.spelling)' prints text; use it as a variable: {{\(query.spelling)}}",
                    location: tag.location)
            }
            if case .statement = query {
                throw SyntaxError(
                    message: "'\(query.spelling)' prints text; use it as a variable: {{\(query.spelling)}}",
                    location: tag.location)
            }
            open.append(
                OpenSection(
                    tag: TemplateTag(query: query, location: tag.location),
                    inverted: tag.sigil == .invertedSection, enclosing: nodes))
            nodes = []
        case .closeSection:
            try close(tag)
        case .partial:
            guard !tag.body.isEmpty else {
                throw SyntaxError(message: "the partial tag names no template", location: tag.location)
            }
            nodes.append(.partial(name: tag.body, indentation: indentation, location: tag.location))
        case .comment:
            break
        case .pragma:
            guard tag.body.filter({ $0 != " " }) == "CONTENT_TYPE:TEXT" else {
                throw SyntaxError(
                    message: "unknown pragma '\(tag.body)': output is printed as it is, never escaped, "
                        + "so the only pragma accepted is CONTENT_TYPE:TEXT",
                    location: tag.location)
            }
        case .unsupported(let sigil):
            throw SyntaxError(
                message: "the '\(sigil)' tag is not supported: the generator checks templates that use "
                    + "variables, sections and partials only",
                location: tag.location)
        }
    }

    private mutating func close(_ tag: TemplateCursor.RawTag) throws(SyntaxError) {
        guard let section = open.popLast() else {
            throw SyntaxError(message: "'{{/\(tag.body)}}' closes no open section", location: tag.location)
        }
        guard tag.body == section.tag.query.spelling else {
            let opened = section.tag.location
            throw SyntaxError(
                message: "'{{/\(tag.body)}}' does not close '{{#\(section.tag.query.spelling)}}', "
                    + "opened at \(opened.line):\(opened.column)",
                location: tag.location)
        }
        let body = nodes
        nodes = section.enclosing
        nodes.append(.section(section.tag, inverted: section.inverted, body: body))
    }

    private static func query(_ tag: TemplateCursor.RawTag) throws(SyntaxError) -> TemplateQuery {
        let name = tag.body
        switch name {
        case "": throw SyntaxError(message: "the tag names nothing", location: tag.location)
        case ".": return .current
        case "first()": return .first
        case "last()": return .last
        default: break
        }
        let functions = [
            ("empty", TemplateQuery.empty), ("docComment", TemplateQuery.docComment), ("statement", TemplateQuery.statement),
        ]
        for (function, query) in functions where name.hasPrefix(function + "(") && name.hasSuffix(")") {
            let argument = String(name.dropFirst(function.count + 1).dropLast())
            if argument == ".", function != "empty" { return query(argument) }
            if !argument.isEmpty, !argument.contains(where: { "().".contains($0) }) { return query(argument) }
        }
        if name.contains("(") {
            throw SyntaxError(
                message: "unknown function '\(name)'; sections can test first(), last() and empty(name), "
                    + "docComment(name) prints a doc comment and statement(name) a statement",
                location: tag.location)
        }
        if name.contains(".") {
            throw SyntaxError(
                message: "dotted names such as '\(name)' are not supported, because a mistake in them cannot "
                    + "be caught; open a section instead",
                location: tag.location)
        }
        return .name(name)
    }
}

extension TemplateQuery {
    /// Whether the query gives a yes or no rather than a value.
    fileprivate var isCondition: Bool {
        switch self {
        case .first, .last, .empty: true
        case .name, .current, .docComment, .statement: false
        }
    }
}
