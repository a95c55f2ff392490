/// A parameter of a generated function or initializer, which `Templates/swift/parameter.mustache`
/// declares and `gen diff` compares.
struct SwiftParameter: Sendable, Equatable {
    var label: String
    var type: String
    /// `nil`, `.init()`: calls may leave the parameter out.
    var defaultValue: String?

    /// `label: Type = default`, as declared.
    var declaration: String {
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
