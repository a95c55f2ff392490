/// What `Templates/docs/swift_reference.mustache` renders: one object's page of the Swift
/// library reference.
struct SwiftReferenceDocFileContext: Sendable {
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
struct SwiftExampleFileContext: Sendable {
    var swiftHeader: String
    var example: SwiftCreateExampleContext
}

/// A function that creates an object through the client from the spec's example values, which
/// `Templates/swift/create_example.mustache` spells.
struct SwiftCreateExampleContext: Sendable {
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
struct SwiftReferenceRowContext: Sendable {
    var cells: [String]
}

/// One operation: its method, endpoint and parameters.
struct SwiftReferenceOperationContext: Sendable {
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

extension SwiftReferenceDocFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "swiftHeader": swiftHeader.templateValue,
            "name": name.templateValue,
            "stripeName": stripeName.templateValue,
            "apiVersion": apiVersion.templateValue,
            "description": description.templateValue,
            "docsURL": docsURL.templateValue,
            "fields": fields.templateValue,
            "operations": operations.templateValue,
            "example": example.templateValue,
        ])
    }
}

extension SwiftExampleFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "swiftHeader": swiftHeader.templateValue,
            "example": example.templateValue,
        ])
    }
}

extension SwiftCreateExampleContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "functionName": functionName.templateValue,
            "returnType": returnType.templateValue,
            "accessor": accessor.templateValue,
            "method": method.templateValue,
            "arguments": arguments.templateValue,
        ])
    }
}

extension SwiftReferenceRowContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "cells": cells.templateValue,
        ])
    }
}

extension SwiftReferenceOperationContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "call": call.templateValue,
            "endpoint": endpoint.templateValue,
            "summary": summary.templateValue,
            "description": description.templateValue,
            "paramsType": paramsType.templateValue,
            "params": params.templateValue,
            "hasParams": hasParams.templateValue,
        ])
    }
}
