import Foundation
import StripeBilling
import StripeFakeServer
import Testing

/// The README's quick start, compiled and run against the fake Stripe: the README must show these
/// lines as they are here.
struct QuickStartTests {
    /// The quick start's code after the client is made, as the README shows it.
    private static func quickStart(client: StripeClient) async throws -> [String] {
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
        // README: quick start, from here
        let meter = try await client.billingMeters.create(
            params: .init(displayName: "Search API calls", eventName: "ai_search_api", defaultAggregation: .init(formula: .sum)))
        for try await each in client.billingMeters.listAutoPaging() {
            print(each.id, each.eventName, each.status)
        }
        // README: quick start, to here
        #expect(printed == ["\(meter.id) ai_search_api active"])
        return printed
    }

    /// The quick start's first line, which makes a client of Stripe itself: compiled, not run.
    private static func clientAsTheQuickStartMakesIt() -> StripeClient {
        let client = StripeClient(apiKey: ProcessInfo.processInfo.environment["STRIPE_API_KEY"] ?? "")
        return client
    }

    @Test func theQuickStartRunsAndTheREADMEShowsIt() async throws {
        let server = try await FakeStripeServer.start(apiKey: "sk_test_quick_start")
        let client = StripeClient(
            apiKey: "sk_test_quick_start", configuration: StripeClientConfiguration(baseURL: server.baseURL))
        #expect(try await Self.quickStart(client: client).count == 1)
        #expect(Self.clientAsTheQuickStartMakesIt().configuration.baseURL.absoluteString == "https://api.stripe.com")
        try await server.shutdown()

        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let start = try #require(source.range(of: "// README: quick start, from here\n"))
        let end = try #require(source.range(of: "        // README: quick start, to here"))
        let lines = source[start.upperBound..<end.lowerBound].split(separator: "\n").map { $0.dropFirst(8) }
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md"),
            encoding: .utf8)
        let clientLine = "let client = StripeClient(apiKey: ProcessInfo.processInfo.environment[\"STRIPE_API_KEY\"] ?? \"\")"
        #expect(readme.contains("import StripeBilling\n\n\(clientLine)\n" + lines.joined(separator: "\n") + "\n```"))
    }
}
