/// HCL for the docs' examples, as blocks that `Templates/docs/hcl_block.mustache` lays out the way
/// `terraform fmt` does.
enum HCLExample {
    /// `resource "<type>" "<name>" { … }` setting `fields` to their example or default values.
    static func resource(type: String, name: String, fields: [FieldModel]) -> HCLBlockContext {
        block(header: "resource \"\(type)\" \"\(name)\"", fields: fields)
    }

    /// `data "<type>" "<name>" { … }` setting `arguments`, literals given.
    static func dataSource(type: String, name: String, arguments: [(name: String, value: String)]) -> HCLBlockContext {
        let width = arguments.map(\.name.count).max() ?? 0
        return HCLBlockContext(
            header: "data \"\(type)\" \"\(name)\"",
            attributes: arguments.map { name, value in
                HCLAttributeContext(alignedName: name + String(repeating: " ", count: width - name.count), value: value)
            },
            blocks: [])
    }

    /// The HCL literal of a field's example, if the spec gives one.
    static func literal(of field: FieldModel) -> String? {
        value(of: field)
    }

    /// Whether an example can set the field: required or with an example value, or an object
    /// whose required fields all have a value to show.
    static func canShow(_ field: FieldModel) -> Bool {
        if case .object(let nested) = field.type {
            return nested.fields.filter(\.isRequired).allSatisfy { value(of: $0) != nil }
        }
        return field.isRequired || field.example != nil
    }

    /// A block setting the scalar `fields` that have a value, then a nested block for each object
    /// field.
    private static func block(header: String, fields: [FieldModel]) -> HCLBlockContext {
        let attributes = fields.compactMap { field in value(of: field).map { (name: field.name, value: $0) } }
        let width = attributes.map(\.name.count).max() ?? 0
        return HCLBlockContext(
            header: header,
            attributes: attributes.map { name, value in
                HCLAttributeContext(alignedName: name + String(repeating: " ", count: width - name.count), value: value)
            },
            blocks: fields.compactMap { field in
                guard case .object(let nested) = field.type else { return nil }
                let shown = nested.fields.filter { value(of: $0) != nil || canShow($0) }
                return block(header: field.name, fields: shown)
            })
    }

    /// The HCL literal of a scalar field's example, default or only enum value.
    private static func value(of field: FieldModel) -> String? {
        guard let value = field.exampleValue else { return nil }
        switch field.type {
        case .integer, .number, .boolean: return value
        case .object: return nil
        default: return "\"" + String(value.flatMap { $0 == "\\" || $0 == "\"" ? ["\\", $0] : [$0] }) + "\""
        }
    }
}

/// A block of an HCL example: `resource "stripe_meter" "meter" { … }` or a nested block.
struct HCLBlockContext: Sendable {
    /// `resource "stripe_meter" "meter"`, or a nested block's name.
    var header: String
    var attributes: [HCLAttributeContext]
    var blocks: [HCLBlockContext]
}

/// An attribute of an HCL block and its value.
struct HCLAttributeContext: Sendable {
    /// The name, padded so that the `=` of the block's attributes line up, as `terraform fmt`
    /// aligns them: a template cannot measure text.
    var alignedName: String
    /// The HCL literal: `"ai_search_api"`, `100`.
    var value: String
}

extension HCLBlockContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "attributes": attributes.templateValue,
            "blocks": blocks.templateValue,
        ])
    }
}

extension HCLAttributeContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "alignedName": alignedName.templateValue,
            "value": value.templateValue,
        ])
    }
}
