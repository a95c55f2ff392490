/// A value that templates can read: a context type gives its stored properties under their own
/// names, so that a template's `{{name}}` is the context's `name`.
protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue { .bool(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(String(self)) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    /// A nil optional is a null, so that a section over it renders nothing instead of being taken
    /// for a name the context lacks.
    var templateValue: TemplateValue { map(\.templateValue) ?? .null }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

/// A list in a template context whose elements are built when a section reaches them, one at a
/// time and again for every section over the list, so that a file over the whole spec never
/// holds the contexts of every object at once. `gen --dump-context` prints it as a list.
struct LazyContextList<Element: TemplateValueConvertible & SendableMetatype>: TemplateValueConvertible, Sendable {
    let count: Int
    private let element: @Sendable (Int) -> Element

    init(count: Int, element: @escaping @Sendable (Int) -> Element) {
        self.count = count
        self.element = element
    }

    /// The element at `index`, built anew.
    subscript(index: Int) -> Element { element(index) }

    var templateValue: TemplateValue {
        .lazyList(count: count) { self[$0].templateValue }
    }
}
