import Foundation
import StripeBilling
import StripeFakeServer
import Testing

@testable import StripeBillingExamples

/// The Swift reference pages' usage examples are the compiled files of `StripeBillingExamples`,
/// and they work against the fake Stripe server.
struct SwiftReferenceDocTests {
    static let generated = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Generated")

    @Test(arguments: ["BillingMeter", "BillingMeterEvent", "BillingMeterEventAdjustment"])
    func exampleIsTheCompiledFile(object: String) throws {
        let page = try String(contentsOf: Self.generated.appendingPathComponent("docs/swift/\(object).md"), encoding: .utf8)
        let example = try #require(page.components(separatedBy: "```swift\n").dropFirst().first?.components(separatedBy: "```").first)
        let source = try String(
            contentsOf: Self.generated.appendingPathComponent("StripeBillingExamples/\(object)Example.swift"), encoding: .utf8)
        #expect(source.hasSuffix("\n" + example))
    }

    @Test func everyPageNamesItsOperationsAndLimits() throws {
        let page = try String(contentsOf: Self.generated.appendingPathComponent("docs/swift/BillingMeter.md"), encoding: .utf8)
        for call in ["create(params:options:)", "update(id:params:options:)", "eventSummaries(id:params:options:)"] {
            #expect(page.contains("## `client.billingMeters.\(call)`"), "\(call)")
        }
        #expect(page.contains("| `display_name` | `displayName` | required | at most 250 characters |"))
        #expect(page.contains("| `limit` | `limit` | optional | from 1 to 100 |"))
        #expect(page.contains("`customer_mapping[event_payload_key]` at most 100 characters"))
    }

    @Test func examplesRunAgainstTheFakeServer() async throws {
        let server = try await FakeStripeServer.start(apiKey: "sk_test_examples")
        let client = StripeClient(
            apiKey: "sk_test_examples", configuration: StripeClientConfiguration(baseURL: server.baseURL, timeout: 10))
        do {
            let meter = try await createBillingMeter(client: client)
            #expect(meter.eventName == "ai_search_api")
            let event = try await createBillingMeterEvent(client: client)
            #expect(event.identifier == "idmp_12345")
            let adjustment = try await createBillingMeterEventAdjustment(client: client)
            #expect(adjustment.cancel?.identifier == "idmp_12345")
        } catch {
            try await server.shutdown()
            throw error
        }
        try await server.shutdown()
    }
}
