/// A value of a template context: what a variable prints and a section opens.
enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    /// A nil optional: found (so not a mistake), prints nothing, and is false in sections.
    case null
    case list([TemplateValue])
    /// A list whose elements are made one at a time, as a section reaches them (see
    /// `LazyContextList`).
    case lazyList(count: Int, element: @Sendable (Int) -> TemplateValue)
    case object([String: TemplateValue])
}

extension TemplateValue: Encodable {
    /// As JSON for `gen --dump-context`: text as strings, lists (lazy ones too) as arrays.
    func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .bool(let bool):
            var container = encoder.singleValueContainer()
            try container.encode(bool)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .list(let elements):
            try elements.encode(to: encoder)
        case .lazyList(let count, let element):
            try (0..<count).map(element).encode(to: encoder)
        case .object(let members):
            try members.encode(to: encoder)
        }
    }
}
