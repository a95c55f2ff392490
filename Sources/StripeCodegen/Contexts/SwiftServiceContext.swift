/// What `Templates/swift/service.mustache` renders: the client API of one object's operations,
/// such as `client.billingMeters.create(params:)`.
package struct SwiftServiceFileContext: Sendable {
    var header: String
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    /// `BillingMeterService`.
    package var name: String
    package var methods: [SwiftServiceMethodContext]
}

/// A method that builds an operation's request, sends it and returns the decoded response.
package struct SwiftServiceMethodContext: Sendable {
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    package var name: String
    /// The method's parameters: `params: BillingMeter.CreateParams`.
    package var parameters: [SwiftParameter]
    /// `BillingMeter`; `nil` for an operation that answers with nothing.
    package var returnType: String?
    /// `BillingMeter.createRequest(params: params)`.
    var requestCall: String
    /// Whether the request authenticates with the `sessionToken` the method takes.
    var sendsSessionToken: Bool
    /// The companion that walks every page, for lists that page with cursors.
    package var autoPaging: [SwiftAutoPagingMethodContext]
}

/// A method that returns a `StripeListSequence` over every page of a list operation.
package struct SwiftAutoPagingMethodContext: Sendable {
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    package var name: String
    package var parameters: [SwiftParameter]
    /// `StripeListSequence<BillingMeter.ListParams, BillingMeter>`.
    package var sequenceType: String
    /// The list call for one page: `list(params: page, options: options)`.
    var pageCall: String
}

/// What `Templates/swift/client.mustache` renders: the `StripeClient` conveniences that pin the
/// spec's API version and lead to each object's operations.
package struct SwiftClientFileContext: Sendable {
    var header: String
    var apiVersion: String
    package var services: [SwiftServiceAccessorContext]
}

/// `client.billingMeters`.
package struct SwiftServiceAccessorContext: Sendable {
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    package var name: String
    package var serviceName: String
}

extension SwiftServiceFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "documentation": documentation.templateValue,
            "name": name.templateValue,
            "methods": methods.templateValue,
        ])
    }
}

extension SwiftServiceMethodContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "documentation": documentation.templateValue,
            "name": name.templateValue,
            "parameters": parameters.templateValue,
            "returnType": returnType.templateValue,
            "requestCall": requestCall.templateValue,
            "sendsSessionToken": sendsSessionToken.templateValue,
            "autoPaging": autoPaging.templateValue,
        ])
    }
}

extension SwiftAutoPagingMethodContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "documentation": documentation.templateValue,
            "name": name.templateValue,
            "parameters": parameters.templateValue,
            "sequenceType": sequenceType.templateValue,
            "pageCall": pageCall.templateValue,
        ])
    }
}

extension SwiftClientFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "apiVersion": apiVersion.templateValue,
            "services": services.templateValue,
        ])
    }
}

extension SwiftServiceAccessorContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "documentation": documentation.templateValue,
            "name": name.templateValue,
            "serviceName": serviceName.templateValue,
        ])
    }
}
