/// A value of a template context: what a variable prints and a section opens.
enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    /// A nil optional: found (so not a mistake), prints nothing, and is false in sections.
    case null
    case list([TemplateValue])
    case object([String: TemplateValue])
}
