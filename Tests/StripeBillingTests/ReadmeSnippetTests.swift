import Foundation
import StripeBilling
import StripeFakeServer
import Testing
import TestSupport

/// The README's Swift snippets, compiled and run against the fake Stripe: the README must show
/// the lines between each pair of `// README:` markers here as they are, after the line that
/// makes the client.
struct ReadmeSnippetTests {
    private static let apiKey = "sk_test_readme"

    /// The line that makes a client of Stripe itself in every snippet: compiled here, not run.
    private static func clientAsTheREADMEMakesIt() -> StripeClient {
        let client = StripeClient(apiKey: ProcessInfo.processInfo.environment["STRIPE_API_KEY"] ?? "")
        return client
    }

    private static let clientLine =
        "let client = StripeClient(apiKey: ProcessInfo.processInfo.environment[\"STRIPE_API_KEY\"] ?? \"\")"

    @Test func theQuickStartRuns() async throws {
        let (server, client) = try await Self.fake()
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
        // README: quick start, from here
        let meter = try await client.billingMeters.create(
            params: .init(displayName: "Search API calls", eventName: "ai_search_api", defaultAggregation: .init(formula: .sum)))
        for try await each in client.billingMeters.listAutoPaging() {
            print(each.id, each.eventName, each.status)
        }
        // README: quick start, to here
        try await server.shutdown()
        #expect(printed == ["\(meter.id) ai_search_api active"])
        try Self.expectREADMEShows("quick start", after: "import StripeBilling\n\n\(Self.clientLine)\n")
    }

    @Test func callingStripeRuns() async throws {
        let (server, client) = try await Self.fake()
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
        // README: calling Stripe, from here
        let meter = try await client.billingMeters.create(
            params: .init(
                displayName: "Search API Calls", eventName: "ai_search_api",
                defaultAggregation: .init(formula: .sum),
                customerMapping: .init(eventPayloadKey: "stripe_customer_id", type: .byId)))
        _ = try await client.billingMeterEvents.create(
            params: .init(eventName: "ai_search_api", payload: ["stripe_customer_id": "cus_123", "value": "25"]))
        for try await meter in client.billingMeters.listAutoPaging(params: .init(status: .active)) {
            print(meter.id, meter.displayName)
        }
        _ = try await client.billingMeters.deactivate(id: meter.id)  // Stripe can't delete meters
        // README: calling Stripe, to here
        #expect(try await client.billingMeters.retrieve(id: meter.id).status == .inactive)
        try await server.shutdown()
        #expect(printed == ["\(meter.id) Search API Calls"])
        try Self.expectREADMEShows("calling Stripe", after: "import StripeBilling\n\n\(Self.clientLine)\n")
    }

    @Test func aFormulaThisVersionDoesNotKnowIsKept() throws {
        var json = String(decoding: try Fixtures.data("create-meter-response.json"), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"formula\": \"sum\"", with: "\"formula\": \"median\"")
        let responseBody = Data(json.utf8)
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
        // README: unknown values, from here
        let meter = try JSONDecoder().decode(BillingMeter.self, from: responseBody)
        if case .unknown(let formula) = meter.defaultAggregation.formula {
            print("Stripe has a formula this library does not know yet: \(formula)")
        }
        // README: unknown values, to here
        #expect(printed == ["Stripe has a formula this library does not know yet: median"])
        try Self.expectREADMEShows("unknown values", after: "import StripeBilling\n\n")
    }

    @Test func theClientLineMakesAClientOfStripe() {
        #expect(Self.clientAsTheREADMEMakesIt().configuration.baseURL.absoluteString == "https://api.stripe.com")
    }

    private static func fake() async throws -> (FakeStripeServer, StripeClient) {
        let server = try await FakeStripeServer.start(apiKey: apiKey)
        let client = StripeClient(apiKey: apiKey, configuration: StripeClientConfiguration(baseURL: server.baseURL))
        return (server, client)
    }

    /// The README shows `preface`, then the lines of this file between the markers of `snippet`,
    /// dedented, then the end of the code block.
    private static func expectREADMEShows(_ snippet: String, after preface: String) throws {
        #expect(try Readme.shows(snippet, inFile: #filePath, after: preface), "\(snippet)")
    }
}
