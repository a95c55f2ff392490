/// A parameter of a generated function or initializer, which `Templates/swift/parameter.mustache`
/// declares and `gen diff` compares.
package struct SwiftParameter: Sendable, Equatable {
    package var label: String
    package var type: String
    /// `nil`, `.init()`: calls may leave the parameter out.
    package var defaultValue: String?

    package init(label: String, type: String, defaultValue: String? = nil) {
        self.label = label
        self.type = type
        self.defaultValue = defaultValue
    }

    /// `label: Type = default`, as declared.
    package var declaration: String {
        "\(label): \(type)" + (defaultValue.map { " = \($0)" } ?? "")
    }
}

extension SwiftParameter: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "label": label.templateValue,
            "type": type.templateValue,
            "defaultValue": defaultValue.templateValue,
        ])
    }
}
