/// What `Templates/docs/swift_reference.mustache` renders: one object's page of the Swift
/// library reference.
struct SwiftReferenceDocFileContext: Encodable, Sendable {
    var header: String
    var swiftHeader: String
    var name: String
    var stripeName: String
    var apiVersion: String
    var description: String
    var docsURL: String
    var fields: [SwiftReferenceRowContext]
    var operations: [SwiftReferenceOperationContext]
    /// The usage example, or none when the spec gives no values for it.
    var example: [SwiftCreateExampleContext]
}

/// What `Templates/swift/example.mustache` renders: the usage example of a reference page, as
/// code the package compiles.
struct SwiftExampleFileContext: Encodable, Sendable {
    var swiftHeader: String
    var example: SwiftCreateExampleContext
}

/// A function that creates an object through the client from the spec's example values, which
/// `Templates/swift/create_example.mustache` spells.
struct SwiftCreateExampleContext: Encodable, Sendable {
    /// `createBillingMeter`.
    var functionName: String
    var returnType: String
    /// The client's accessor of the object's service: `billingMeters`.
    var accessor: String
    /// The service's method: `create`.
    var method: String
    /// The initializer's arguments: `displayName: "Search API requests"`.
    var arguments: [String]
}

/// A table row's cells, each escaped for a Markdown table.
struct SwiftReferenceRowContext: Encodable, Sendable {
    var cells: [String]
}

/// One operation: its method, endpoint and parameters.
struct SwiftReferenceOperationContext: Encodable, Sendable {
    /// `client.billingMeters.create(params:)`.
    var call: String
    /// `POST /v1/billing/meters`.
    var endpoint: String
    var summary: String
    var description: String
    /// `BillingMeter.CreateParams`.
    var paramsType: String
    var params: [SwiftReferenceRowContext]
    var hasParams: Bool
}
