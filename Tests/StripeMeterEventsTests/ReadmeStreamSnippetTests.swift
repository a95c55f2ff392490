import Foundation
import StripeAsyncHTTPClient
import StripeFakeServer
import StripeMeterEvents
import Synchronization
import Testing
import TestSupport

/// The README's "Recording usage" snippet, run against the fake Stripe: the README must show the
/// lines between the `// README:` markers here, after the lines that make the stream.
struct ReadmeStreamSnippetTests {
    @Test func theRecordingUsageSnippetRunsAndTheREADMEShowsIt() async throws {
        try await FakeStripeServer.serving(apiKey: "sk_test_readme_stream") { server in
            let stream = MeterEventStream(
                apiKey: "sk_test_readme_stream",
                configuration: MeterEventStreamConfiguration(
                    apiBase: server.baseURL, meterEventsBase: server.baseURL, transport: AsyncHTTPClientTransport()))
            let printed = Printed()
            func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
            // README: recording usage, from here
            let id = try await stream.record(
                MeterEvent(eventName: "ai_search_api", payload: ["stripe_customer_id": "cus_123", "value": "25"]))
            Task { for await report in stream.deliveries { print(report.identifier, report.outcome) } }
            let undelivered = await stream.shutdown(within: .seconds(30))  // at exit
            // README: recording usage, to here
            #expect(undelivered.isEmpty)
            #expect(server.meterEventDeliveries[id] == 1)
            let deadline = Date().addingTimeInterval(5)
            while printed.lines.isEmpty, Date() < deadline { try await Task.sleep(for: .milliseconds(10)) }
            #expect(printed.lines == ["\(id) delivered"])
        }
        let preface = "    configuration: MeterEventStreamConfiguration(transport: AsyncHTTPClientTransport()))\n"
        #expect(try Readme.shows("recording usage", inFile: #filePath, after: preface))
    }
}

/// Lines printed from another task.
private final class Printed: Sendable {
    private let storage = Mutex<[String]>([])

    var lines: [String] { storage.withLock { $0 } }

    func append(_ line: String) {
        storage.withLock { $0.append(line) }
    }
}
