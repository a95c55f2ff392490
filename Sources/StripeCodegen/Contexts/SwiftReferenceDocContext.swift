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
    /// The types nested in the object and in its parameters types, outermost first.
    var nestedTypes: [SwiftReferenceTypeContext]
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

/// One operation: its method, endpoint and parameters, what it returns, its request builder and,
/// for lists that page, the sequence of every page.
struct SwiftReferenceOperationContext: Sendable {
    /// `client.billingMeters.create(params:options:)`.
    var call: String
    /// `POST /v1/billing/meters`.
    var endpoint: String
    var summary: String
    var description: String
    /// `StripeList<BillingMeter>`; `nil` for an operation that answers with nothing.
    var returnType: String?
    /// `BillingMeter.CreateParams`.
    var paramsType: String
    /// `BillingMeter.createRequest(params:)`.
    var requestBuilder: String
    /// `client.billingMeters.listAutoPaging(params:options:)`, for lists that page.
    var autoPagingCall: String?
    var params: [SwiftReferenceRowContext]
    var hasParams: Bool
}

/// A struct or an enum nested in the object or a parameters type: its fields, or its cases.
struct SwiftReferenceTypeContext: Sendable {
    /// `BillingMeter.DefaultAggregation.Formula`.
    var name: String
    var description: String
    var isEnum: Bool
    /// A struct's fields, or an enum's values: wire name, Swift name, then a type and a
    /// description, or a meaning.
    var rows: [SwiftReferenceRowContext]
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
            "nestedTypes": nestedTypes.templateValue,
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
            "returnType": returnType.templateValue,
            "paramsType": paramsType.templateValue,
            "requestBuilder": requestBuilder.templateValue,
            "autoPagingCall": autoPagingCall.templateValue,
            "params": params.templateValue,
            "hasParams": hasParams.templateValue,
        ])
    }
}

extension SwiftReferenceTypeContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "name": name.templateValue,
            "description": description.templateValue,
            "isEnum": isEnum.templateValue,
            "rows": rows.templateValue,
        ])
    }
}
