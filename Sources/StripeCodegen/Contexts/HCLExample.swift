/// HCL for the docs' examples, laid out as `terraform fmt` lays it out: attributes before
/// blocks, the `=` of consecutive attributes aligned, a blank line before each block.
enum HCLExample {
    /// `resource "<type>" "<name>" { … }` setting `fields` to their example or default values.
    static func resourceLines(type: String, name: String, fields: [FieldModel]) -> [String] {
        ["resource \"\(type)\" \"\(name)\" {"] + body(fields, indent: "  ") + ["}"]
    }

    /// Whether an example can set the field: required or with an example value, or an object
    /// whose required fields all have a value to show.
    static func canShow(_ field: FieldModel) -> Bool {
        if case .object(let nested) = field.type {
            return nested.fields.filter(\.isRequired).allSatisfy { value(of: $0) != nil }
        }
        return field.isRequired || field.example != nil
    }

    private static func body(_ fields: [FieldModel], indent: String) -> [String] {
        let attributes = fields.compactMap { field in value(of: field).map { (field.name, $0) } }
        let width = attributes.map(\.0.count).max() ?? 0
        var lines = attributes.map { name, value in
            indent + name.padding(toLength: width, withPad: " ", startingAt: 0) + " = " + value
        }
        for field in fields {
            guard case .object(let nested) = field.type else { continue }
            let nestedFields = nested.fields.filter { value(of: $0) != nil || canShow($0) }
            if !lines.isEmpty { lines.append("") }
            lines += ["\(indent)\(field.name) {"] + body(nestedFields, indent: indent + "  ") + ["\(indent)}"]
        }
        return lines
    }

    /// The HCL literal of a scalar field's example, default or only enum value.
    private static func value(of field: FieldModel) -> String? {
        guard let value = field.exampleValue else { return nil }
        switch field.type {
        case .integer, .number, .boolean: return value
        case .object: return nil
        default: return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
    }
}
