/// What `Templates/swift/requests.mustache` renders: an object's request parameters and the
/// builders that turn them into checked `StripeRequest`s.
package struct SwiftRequestsFileContext: Sendable {
    var header: String
    /// The object the requests belong to: `BillingMeter`.
    package var objectName: String
    /// One parameters type per operation, rendered through the `swift/params` partial.
    package var params: [SwiftParamsStructContext]
    package var builders: [SwiftRequestBuilderContext]
}

/// A parameters struct: an operation's, or an object within one.
package struct SwiftParamsStructContext: Sendable {
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    package var name: String
    /// Whether the parameters are a type declared elsewhere under this name, `aliasTarget`,
    /// rather than a struct of their own: the runtime's `ExpandParams` for operations that take
    /// nothing but `expand`, or the object's own type for a nested object that a request sends as
    /// it is. `properties` and `structs` still describe them, for `gen diff`.
    var isAlias: Bool
    /// `StripeRuntime.ExpandParams` or `BillingMeter.CustomerMapping`.
    var aliasTarget: String
    /// `RequestParams` (`JSONRequestParams` for v2), and `PaginationParams` for lists that page
    /// with cursors.
    package var conformances: [String]
    /// Whether the parameters are written as JSON (v2) rather than as form fields.
    var encodesJSON: Bool
    package var properties: [SwiftParamPropertyContext]
    var hasProperties: Bool
    /// The initializer's doc comment, which says what leaving optional parameters out means.
    var initDocLine: String
    /// The statements of `validate(into:at:)`:
    /// `validator.checkLength(displayName, max: 250, at: key["display_name"])`.
    var validations: [String]
    /// The parameters types of nested objects, rendered inside this one.
    package var structs: [SwiftParamsStructContext]
    /// Enums of parameters that set no field, such as `value_grouping_window`.
    package var enums: [SwiftEnumContext]
}

/// A stored property of a parameters struct.
package struct SwiftParamPropertyContext: Sendable {
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    package var name: String
    /// The `CodingKeys` case, by which form parameters decode.
    var codingKey: SwiftCodingKeyContext
    /// `form.encode(displayName, at: key["display_name"])`, or for JSON
    /// `json.encode(displayName, forKey: "display_name")`.
    var encodeStatement: String
    /// Optional unless the request requires it.
    package var type: String
    /// `nil` for optional properties, so the initializer can leave them out.
    package var defaultValue: String?
}

/// A static function that validates an operation's parameters and builds its request.
package struct SwiftRequestBuilderContext: Sendable {
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    /// `createRequest`.
    package var name: String
    /// The function's parameters: `id: String`, `params: RetrieveParams = .init()`.
    package var parameters: [SwiftParameter]
    /// The call that checks the parameters and builds the request:
    /// `try StripeRequest(.get, "/v1/billing/meters/{id}", pathParams: [PathParam("id", id)], params: params)`.
    var requestCall: String
}

extension SwiftRequestsFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "objectName": objectName.templateValue,
            "params": params.templateValue,
            "builders": builders.templateValue,
        ])
    }
}

extension SwiftParamsStructContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "documentation": documentation.templateValue,
            "name": name.templateValue,
            "isAlias": isAlias.templateValue,
            "aliasTarget": aliasTarget.templateValue,
            "conformances": conformances.templateValue,
            "encodesJSON": encodesJSON.templateValue,
            "properties": properties.templateValue,
            "hasProperties": hasProperties.templateValue,
            "initDocLine": initDocLine.templateValue,
            "validations": validations.templateValue,
            "structs": structs.templateValue,
            "enums": enums.templateValue,
        ])
    }
}

extension SwiftParamPropertyContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "documentation": documentation.templateValue,
            "name": name.templateValue,
            "codingKey": codingKey.templateValue,
            "encodeStatement": encodeStatement.templateValue,
            "type": type.templateValue,
            "defaultValue": defaultValue.templateValue,
        ])
    }
}

extension SwiftRequestBuilderContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "documentation": documentation.templateValue,
            "name": name.templateValue,
            "parameters": parameters.templateValue,
            "requestCall": requestCall.templateValue,
        ])
    }
}
