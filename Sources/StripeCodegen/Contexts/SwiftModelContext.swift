/// What `Templates/swift/model.mustache` renders: one Swift file for one Stripe object.
package struct SwiftModelFileContext: Sendable {
    /// The first line of the file, which marks it as the generator's.
    var header: String
    package var model: SwiftStructContext
}

/// A `StripeModel` struct: the object itself or one of its nested objects.
package struct SwiftStructContext: Sendable {
    /// The doc comment, one `///` line per element.
    var docLines: [String]
    package var name: String
    /// `StripeModel`, and `Identifiable` for objects with an `id`.
    package var conformances: String
    package var properties: [SwiftPropertyContext]
    /// The elements of the `fields` table, one per property, broken like a call when too long:
    /// `ModelField("display_name", \.displayName),`.
    var fieldLines: [String]
    /// Nested objects, rendered inside this struct, indented, through the `swift/struct` partial.
    package var structs: [SwiftStructContext]
    package var enums: [SwiftEnumContext]
}

/// A stored property and what its decoding needs.
package struct SwiftPropertyContext: Sendable {
    var docLines: [String]
    /// Escaped if it is a keyword.
    package var name: String
    /// The Swift type, with `?` for nullable fields.
    package var type: String
    /// Its argument to the memberwise initializer in `init(from:)`, `id: values["id"],`, broken
    /// after the bracket, as swift-format does, when too long for one line.
    var decodeLines: [String]
}

/// A forward-compatible string enum.
package struct SwiftEnumContext: Sendable {
    var docLines: [String]
    package var name: String
    package var cases: [SwiftEnumCaseContext]
    /// `.count, .last, .sum`.
    var knownCaseList: String
}

/// One known value of an enum.
package struct SwiftEnumCaseContext: Sendable {
    var docLines: [String]
    /// The case name, escaped if it is a keyword.
    package var name: String
    /// The wire value, as a Swift string literal's contents.
    package var rawValue: String
}

extension SwiftModelFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "model": model.templateValue,
        ])
    }
}

extension SwiftStructContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "docLines": docLines.templateValue,
            "name": name.templateValue,
            "conformances": conformances.templateValue,
            "properties": properties.templateValue,
            "fieldLines": fieldLines.templateValue,
            "structs": structs.templateValue,
            "enums": enums.templateValue,
        ])
    }
}

extension SwiftPropertyContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "docLines": docLines.templateValue,
            "name": name.templateValue,
            "type": type.templateValue,
            "decodeLines": decodeLines.templateValue,
        ])
    }
}

extension SwiftEnumContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "docLines": docLines.templateValue,
            "name": name.templateValue,
            "cases": cases.templateValue,
            "knownCaseList": knownCaseList.templateValue,
        ])
    }
}

extension SwiftEnumCaseContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "docLines": docLines.templateValue,
            "name": name.templateValue,
            "rawValue": rawValue.templateValue,
        ])
    }
}
