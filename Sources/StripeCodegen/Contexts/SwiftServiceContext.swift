/// What `Templates/swift/service.mustache` renders: the client API of one object's operations,
/// such as `client.billingMeters.create(params:)`.
struct SwiftServiceFileContext: Encodable, Sendable {
    var header: String
    var docLines: [String]
    /// `BillingMeterService`.
    var name: String
    var methods: [SwiftServiceMethodContext]
}

/// A method that builds an operation's request, sends it and returns the decoded response.
struct SwiftServiceMethodContext: Encodable, Sendable {
    var docLines: [String]
    var name: String
    /// The method's parameters: `params: BillingMeter.CreateParams`.
    var parameters: [String]
    var returnType: String
    /// `BillingMeter.createRequest(params: params)`.
    var requestCall: String
    /// The companion that walks every page, for lists that page with cursors.
    var autoPaging: [SwiftAutoPagingMethodContext]
}

/// A method that returns a `StripeListSequence` over every page of a list operation.
struct SwiftAutoPagingMethodContext: Encodable, Sendable {
    var docLines: [String]
    var name: String
    var parameters: [String]
    /// `StripeListSequence<BillingMeter.ListParams, BillingMeter>`.
    var sequenceType: String
    /// The list call for one page: `list(params: page, options: options)`.
    var pageCall: String
}

/// What `Templates/swift/client.mustache` renders: the `StripeClient` conveniences that pin the
/// spec's API version and lead to each object's operations.
struct SwiftClientFileContext: Encodable, Sendable {
    var header: String
    var apiVersion: String
    var services: [SwiftServiceAccessorContext]
}

/// `client.billingMeters`.
struct SwiftServiceAccessorContext: Encodable, Sendable {
    var docLines: [String]
    var name: String
    var serviceName: String
}
