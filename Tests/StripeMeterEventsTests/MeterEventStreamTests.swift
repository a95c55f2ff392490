import Foundation
import StripeAsyncHTTPClient
import StripeFakeServer
import StripeMeterEvents
import StripeRuntime
import Synchronization
import Testing

/// The stream against the fake's v2 endpoints and their faults: every event Stripe's count holds
/// once, whatever fails on the way.
@Suite(.serialized)
struct MeterEventStreamTests {
    static let apiKey = "sk_test_stream"

    /// A stream on `server`, with quick retries and batch delays for tests.
    private func stream(
        on server: FakeStripeServer, concurrentRequests: Int = 4, bufferCapacity: Int = 10_000,
        retryDeadline: Duration = .seconds(30), renewalMargin: Duration = .zero
    ) -> MeterEventStream {
        MeterEventStream(
            apiKey: Self.apiKey,
            configuration: MeterEventStreamConfiguration(
                apiBase: server.baseURL, meterEventsBase: server.baseURL, batchDelay: .milliseconds(20),
                concurrentRequests: concurrentRequests, bufferCapacity: bufferCapacity, retryDeadline: retryDeadline,
                initialBackoff: .milliseconds(5), maximumBackoff: .milliseconds(50), sessionRenewalMargin: renewalMargin,
                requestTimeout: 5, transport: AsyncHTTPClientTransport()))
    }

    private func event(_ index: Int, name: String = "api_requests") -> MeterEvent {
        MeterEvent(eventName: name, payload: ["stripe_customer_id": "cus_\(index % 7)", "value": "\(index)"])
    }

    /// Every report, once `stream` has been shut down.
    private func reports(of stream: MeterEventStream) async -> [MeterEventDelivery] {
        var reports: [MeterEventDelivery] = []
        for await report in stream.deliveries { reports.append(report) }
        return reports
    }

    private func withServer(_ body: (FakeStripeServer) async throws -> Void) async throws {
        try await FakeStripeServer.serving(apiKey: Self.apiKey, body)
    }

    @Test func everyEventCountsOnceUnderEveryFaultTogether() async throws {
        try await withServer { server in
            server.injectMeterEventStreamFaults(
                MeterEventStreamFaults(
                    rateLimitEvery: 3, serverErrorEvery: 5, dropAfterAcceptingEvery: 4,
                    responseDelay: .milliseconds(20), sessionLifetime: 0.1))
            let stream = stream(on: server)
            var identifiers: Set<String> = []
            for index in 0..<2_000 {
                identifiers.insert(try await stream.record(event(index)))
            }
            let failed = await stream.shutdown(within: .seconds(60))
            let reports = await reports(of: stream)
            #expect(failed.isEmpty)
            #expect(reports.count == 2_000)
            #expect(reports.allSatisfy { $0.outcome == .delivered })
            #expect(Set(reports.map(\.identifier)) == identifiers)
            let deliveries = server.meterEventDeliveries
            // Stripe's count: each identifier once. Dropped connections made the stream send
            // some again, with the same identifiers, which Stripe dropped.
            #expect(Set(deliveries.keys) == identifiers)
            #expect(deliveries.values.contains { $0 > 1 })
            let sessions = server.requests.filter { $0.path == "/v2/billing/meter_event_session" }.count
            #expect(sessions > 1, "the 0.1 s tokens expired mid-run and were renewed")
        }
    }

    @Test func aTokenThatExpiresMidRunIsRenewedAndTheBatchSentAgain() async throws {
        try await withServer { server in
            server.injectMeterEventStreamFaults(
                MeterEventStreamFaults(responseDelay: .milliseconds(200), sessionLifetime: 0.3))
            let stream = stream(on: server, concurrentRequests: 1)
            for index in 0..<300 {
                try await stream.record(event(index))
            }
            #expect(await stream.shutdown(within: .seconds(30)).isEmpty)
            #expect(server.meterEventDeliveries.count == 300)
            #expect(server.requests.filter { $0.path == "/v2/billing/meter_event_session" }.count >= 2)
            #expect(!server.requests.contains { $0.headers["authorization"]?.contains(Self.apiKey) == true && $0.path.hasSuffix("stream") })
        }
    }

    @Test func aBatchStripeRefusesIsSplitAndItsGoodEventsDelivered() async throws {
        try await withServer { server in
            server.injectMeterEventStreamFaults(MeterEventStreamFaults(refusedEventNames: ["no_such_meter"]))
            let stream = stream(on: server, concurrentRequests: 1)
            var bad: Set<String> = []
            for index in 0..<100 {
                let identifier = try await stream.record(event(index, name: index % 37 == 5 ? "no_such_meter" : "api_requests"))
                if index % 37 == 5 { bad.insert(identifier) }
            }
            _ = await stream.shutdown(within: .seconds(30))
            let reports = await reports(of: stream)
            let failed = reports.filter { $0.outcome != .delivered }
            #expect(Set(failed.map(\.identifier)) == bad)
            #expect(failed.allSatisfy { "\($0.outcome)".contains("no meter for `no_such_meter`") })
            #expect(server.meterEventDeliveries.count == 100 - bad.count)
        }
    }

    @Test func recordingWaitsWhileTheBufferIsFull() async throws {
        try await withServer { server in
            server.injectMeterEventStreamFaults(MeterEventStreamFaults(responseDelay: .milliseconds(1_500)))
            let stream = stream(on: server, concurrentRequests: 1, bufferCapacity: 100)
            let recorded = Mutex(0)
            let recording = Task {
                for index in 0..<250 {
                    try await stream.record(event(index))
                    recorded.withLock { $0 += 1 }
                }
            }
            try await Task.sleep(for: .milliseconds(500))
            // The first 100 fill the buffer; the 101st waits for the first batch's answer.
            #expect(recorded.withLock { $0 } == 100)
            try await recording.value
            #expect(await stream.shutdown(within: .seconds(30)).isEmpty)
            #expect(server.meterEventDeliveries.count == 250)
        }
    }

    @Test func shutdownDeliversWhatIsInFlightOrSaysWhatItCouldNot() async throws {
        try await withServer { server in
            server.injectMeterEventStreamFaults(MeterEventStreamFaults(responseDelay: .milliseconds(300)))
            let stream = stream(on: server)
            for index in 0..<250 {
                try await stream.record(event(index))
            }
            #expect(await stream.shutdown(within: .seconds(30)).isEmpty)
            #expect(server.meterEventDeliveries.count == 250)
            await #expect(throws: MeterEventRejection.self) { try await stream.record(event(0)) }
        }
        try await withServer { server in
            server.injectMeterEventStreamFaults(MeterEventStreamFaults(serverErrorEvery: 1))
            let stream = stream(on: server)
            for index in 0..<150 {
                try await stream.record(event(index))
            }
            let started = ContinuousClock.now
            let failed = await stream.shutdown(within: .milliseconds(300))
            #expect(ContinuousClock.now - started < .seconds(5))
            #expect(failed.count == 150)
            #expect(failed.allSatisfy { "\($0.outcome)".contains("not delivered before the retry deadline") })
        }
    }

    /// Bodies are written by hand: text that JSON must escape arrives as it was recorded.
    @Test func payloadTextArrivesAsItWasRecorded() async throws {
        try await withServer { server in
            let stream = stream(on: server)
            let text = "a \"quote\", a \\ backslash, a\nline, a \u{1} control, é and 😀"
            let identifier = try await stream.record(
                MeterEvent(eventName: "api_requests", payload: ["value": "1", "note": text], identifier: "evt_text"))
            #expect(await stream.shutdown(within: .seconds(10)).isEmpty)
            #expect(server.meterEventPayloads[identifier] == ["value": "1", "note": text])
        }
    }

    @Test func recordRefusesAnEventThatBreaksStripesRules() async throws {
        try await withServer { server in
            let stream = stream(on: server)
            let tooOld = Date().addingTimeInterval(-36 * 86_400)
            await #expect {
                try await stream.record(MeterEvent(eventName: "", payload: [:], timestamp: tooOld))
            } throws: { error in
                "\(error)" == "event_name is required and must not be empty; payload is required and must not be empty; "
                    + "timestamp must be within the past 35 days or up to 5 minutes ahead"
            }
            #expect(await stream.shutdown(within: .seconds(5)).isEmpty)
            #expect(server.meterEventStreamRequests == 0)
        }
    }
}
