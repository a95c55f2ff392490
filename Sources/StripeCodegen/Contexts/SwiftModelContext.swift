/// What `Templates/swift/model.mustache` renders: one Swift file for one Stripe object.
package struct SwiftModelFileContext: Sendable {
    /// The first line of the file, which marks it as the generator's.
    var header: String
    /// The object's struct; `nil` for operations with no object of their own.
    package var model: SwiftStructContext?
    /// The caseless enum that holds the request types of operations with no object of their
    /// own, such as the meter event stream's.
    package var namespace: SwiftNamespaceContext?
}

/// A caseless enum that only names a scope.
package struct SwiftNamespaceContext: Sendable {
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    package var name: String
}

/// A model struct: the object itself or one of its nested objects, coded by the compiler's
/// `Codable` through its `CodingKeys`.
package struct SwiftStructContext: Sendable {
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    package var name: String
    /// `Codable, Hashable, Sendable`, `Identifiable` for objects with an `id`, and `FormEncodable`
    /// for nested v1 objects, which requests may send as they are.
    package var conformances: [String]
    package var properties: [SwiftPropertyContext]
    /// The initializer's doc comment, which says what leaving optional fields out means.
    var initDocLine: String
    /// Whether a field is nullable: the type then encodes itself, writing `nil` as `null` as
    /// Stripe does, where the compiler's encoding would leave the key out.
    var encodesNulls: Bool
    /// Whether requests may send the value as form fields (nested objects).
    var isFormEncodable: Bool
    /// Nested objects, rendered inside this struct, indented, through the `swift/struct` partial.
    package var structs: [SwiftStructContext]
    package var enums: [SwiftEnumContext]
}

/// A stored property and its coding.
package struct SwiftPropertyContext: Sendable {
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    /// Escaped if it is a keyword.
    package var name: String
    /// The Swift type, with `?` for nullable fields.
    package var type: String
    /// `nil` for optional properties, which the initializer may leave out.
    package var defaultValue: String?
    /// The property wrapper that codes a time as its API writes it: `UnixTimestamp`,
    /// `OptionalRFC3339Timestamp`.
    var wrapper: String?
    /// The `CodingKeys` case: the name without escaping, and Stripe's name when it differs.
    var codingKey: SwiftCodingKeyContext
    /// What `encode(to:)` encodes: the property, or its wrapper (`_created`).
    var storedValue: String
    /// `form.encode(displayName, at: key["display_name"])`.
    var formStatement: String
}

/// A case of a type's `CodingKeys`: `case displayName = "display_name"`.
package struct SwiftCodingKeyContext: Sendable {
    /// Escaped if it is a keyword, as a case declaration needs.
    var name: String
    /// Stripe's name when it differs from `name`.
    var rawValue: String?
}

/// A forward-compatible string enum.
package struct SwiftEnumContext: Sendable {
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    package var name: String
    /// `StripeEnum`, and the request encoding of its API: `FormEncodable` or `JSONEncodable`.
    package var conformances: [String]
    package var cases: [SwiftEnumCaseContext]
    /// `.count, .last, .sum`.
    var knownCaseList: String
}

/// One known value of an enum.
package struct SwiftEnumCaseContext: Sendable {
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
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
            "namespace": namespace.templateValue,
        ])
    }
}

extension SwiftNamespaceContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object(["documentation": documentation.templateValue, "name": name.templateValue])
    }
}

extension SwiftStructContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "documentation": documentation.templateValue,
            "name": name.templateValue,
            "conformances": conformances.templateValue,
            "properties": properties.templateValue,
            "initDocLine": initDocLine.templateValue,
            "encodesNulls": encodesNulls.templateValue,
            "isFormEncodable": isFormEncodable.templateValue,
            "structs": structs.templateValue,
            "enums": enums.templateValue,
        ])
    }
}

extension SwiftPropertyContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "documentation": documentation.templateValue,
            "name": name.templateValue,
            "type": type.templateValue,
            "defaultValue": defaultValue.templateValue,
            "wrapper": wrapper.templateValue,
            "codingKey": codingKey.templateValue,
            "storedValue": storedValue.templateValue,
            "formStatement": formStatement.templateValue,
        ])
    }
}

extension SwiftCodingKeyContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "name": name.templateValue,
            "rawValue": rawValue.templateValue,
        ])
    }
}

extension SwiftEnumContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "documentation": documentation.templateValue,
            "name": name.templateValue,
            "cases": cases.templateValue,
            "knownCaseList": knownCaseList.templateValue,
            "conformances": conformances.templateValue,
        ])
    }
}

extension SwiftEnumCaseContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "documentation": documentation.templateValue,
            "name": name.templateValue,
            "rawValue": rawValue.templateValue,
        ])
    }
}
