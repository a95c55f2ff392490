/// A parsed Mustache template: text, variables, sections and partials, with every tag's location.
/// Lines that hold only a section, partial, comment or pragma tag are removed, as the Mustache
/// spec says, so that templates read like the code they print.
struct Template: Sendable {
    var nodes: [TemplateNode]
}

enum TemplateNode: Sendable {
    case text(String)
    /// `{{name}}`, `{{{name}}}` or `{{&name}}`: the value, as it is (output is never escaped).
    case variable(TemplateTag)
    /// `{{#query}}…{{/query}}`, or `{{^query}}…{{/query}}` when `inverted`.
    case section(TemplateTag, inverted: Bool, body: [TemplateNode])
    /// `{{>name}}`; `indentation` is the whitespace before a partial tag alone on its line, put
    /// before every line the partial prints.
    case partial(name: String, indentation: String, location: SourceLocation)
}

/// What a variable or section tag asks the context for, and where the tag is.
struct TemplateTag: Sendable {
    var query: TemplateQuery
    var location: SourceLocation
}

enum TemplateQuery: Sendable, Equatable {
    /// A name, looked up from the innermost section outwards.
    case name(String)
    /// `.`: the innermost section's value.
    case current
    /// `first()`: whether the innermost list section is at its first element.
    case first
    /// `last()`: whether the innermost list section is at its last element.
    case last
    /// `empty(name)`: whether the list `name` has no elements.
    case empty(String)
    /// `docComment(name)`: the text `name` as `///` lines that end by the line length where the
    /// tag stands, paragraphs kept.
    case docComment(String)
    /// `statement(name)`: the Swift statement `name`, broken as swift-format breaks a call too
    /// long to end by the line length where the tag stands; `statement(.)` for the section's
    /// own value.
    case statement(String)

    /// The query as the template spells it.
    var spelling: String {
        switch self {
        case .name(let name): name
        case .current: "."
        case .first: "first()"
        case .last: "last()"
        case .empty(let name): "empty(\(name))"
        case .docComment(let name): "docComment(\(name))"
        case .statement(let name): "statement(\(name))"
        }
    }
}
