/// A value of a template context: what a variable prints and a section opens.
enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    /// A nil optional: found (so not a mistake), prints nothing, and is false in sections.
    case null
    case list([TemplateValue])
    /// A list whose elements are made one at a time, as a section reaches them (see
    /// `LazyContextList`).
    case lazyList(count: Int, element: @Sendable (Int) throws -> TemplateValue)
    case object([String: TemplateValue])
}
