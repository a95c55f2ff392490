import Foundation
import StripeBilling
import StripeFakeServer
import Testing

/// Every operation over real HTTP (URLSession on 127.0.0.1) against the stateful fake of Stripe's
/// meter endpoints, and the error paths a client meets there.
struct HTTPRoundTripTests {
    static let apiKey = "sk_test_fake_round_trip"

    /// Runs `body` with a fresh server and a client pointed at it; stops the server either way.
    private func withServer(
        retries: Int = 2, _ body: (FakeStripeServer, StripeClient) async throws -> Void
    ) async throws {
        let server = try await FakeStripeServer.start(apiKey: Self.apiKey)
        let client = StripeClient(apiKey: Self.apiKey, configuration: configuration(server.baseURL, retries: retries))
        do {
            try await body(server, client)
        } catch {
            try await server.shutdown()
            throw error
        }
        try await server.shutdown()
    }

    private func configuration(_ baseURL: URL, retries: Int = 2) -> StripeClientConfiguration {
        StripeClientConfiguration(
            baseURL: baseURL, timeout: 10, retryPolicy: RetryPolicy(maxRetries: retries, initialDelay: 0.01, maxDelay: 0.05))
    }

    private func createParams(_ eventName: String, formula: BillingMeter.DefaultAggregation.Formula = .sum)
        -> BillingMeter.CreateParams
    {
        BillingMeter.CreateParams(
            displayName: "Meter \(eventName)", eventName: eventName, defaultAggregation: .init(formula: formula))
    }

    @Test func meterLifecycle() async throws {
        try await withServer { _, client in
            let meters = client.billingMeters
            let created = try await meters.create(
                params: .init(
                    displayName: "Search API Calls", eventName: "ai_search_api", defaultAggregation: .init(formula: .sum),
                    customerMapping: .init(eventPayloadKey: "customer_id", type: .byId), eventTimeWindow: .hour,
                    valueSettings: .init(eventPayloadKey: "tokens"), expand: ["customer_mapping"]))
            #expect(created.id.hasPrefix("mtr_"))
            #expect(created.status == .active)
            #expect(created.customerMapping.eventPayloadKey == "customer_id")
            #expect(created.valueSettings.eventPayloadKey == "tokens")
            #expect(created.eventTimeWindow == .hour)
            #expect(try await meters.retrieve(id: created.id) == created)

            let renamed = try await meters.update(id: created.id, params: .init(displayName: "Search calls & more"))
            #expect(renamed.displayName == "Search calls & more")
            #expect(renamed.eventName == "ai_search_api")

            let deactivated = try await meters.deactivate(id: created.id)
            #expect(deactivated.status == .inactive)
            #expect(deactivated.statusTransitions.deactivatedAt != nil)
            let inactive = try await meters.list(params: .init(status: .inactive))
            #expect(inactive.data.map(\.id) == [created.id])
            let reactivated = try await meters.reactivate(id: created.id)
            #expect(reactivated.status == .active)
            #expect(reactivated.statusTransitions.deactivatedAt == nil)
        }
    }

    @Test func listsPageForwardsAndBackwards() async throws {
        try await withServer { server, client in
            var ids: [String] = []
            for index in 1...5 {
                ids.append(try await client.billingMeters.create(params: createParams("events_\(index)")).id)
            }
            let newestFirst = Array(ids.reversed())
            let firstPage = try await client.billingMeters.list(params: .init(limit: 2))
            #expect(firstPage.data.map(\.id) == Array(newestFirst.prefix(2)))
            #expect(firstPage.hasMore)

            var walked: [String] = []
            for try await meter in client.billingMeters.listAutoPaging(params: .init(limit: 2)) {
                walked.append(meter.id)
            }
            #expect(walked == newestFirst)
            let pageRequests = server.requests.filter { $0.method == "GET" && $0.path == "/v1/billing/meters" }
            #expect(pageRequests.suffix(3).map(\.query) == [
                "limit=2", "limit=2&starting_after=\(newestFirst[1])", "limit=2&starting_after=\(newestFirst[3])",
            ])

            var backwards: [String] = []
            let fromOldest = BillingMeter.ListParams(limit: 2, endingBefore: ids[0])
            for try await meter in client.billingMeters.listAutoPaging(params: fromOldest) {
                backwards.append(meter.id)
            }
            #expect(backwards == Array(ids.dropFirst()))
        }
    }

    @Test func meterEventsSummariesAndAdjustments() async throws {
        try await withServer { _, client in
            let meter = try await client.billingMeters.create(params: createParams("tokens"))
            let hour = Date(timeIntervalSince1970: 1_699_999_200)  // 2023-11-14 22:00 UTC, on the hour
            for (index, value) in ["10", "5.5", "4"].enumerated() {
                let event = try await client.billingMeterEvents.create(
                    params: .init(
                        eventName: "tokens", payload: ["stripe_customer_id": "cus_1", "value": value],
                        identifier: "event_\(index)", timestamp: hour.addingTimeInterval(Double(index) * 60)))
                #expect(event.identifier == "event_\(index)")
                #expect(event.payload["value"] == value)
            }
            _ = try await client.billingMeterEvents.create(
                params: .init(eventName: "tokens", payload: ["stripe_customer_id": "cus_2", "value": "100"], timestamp: hour))
            let window = BillingMeter.EventSummariesParams(
                customer: "cus_1", startTime: hour, endTime: hour.addingTimeInterval(3600))
            let summaries = try await client.billingMeters.eventSummaries(id: meter.id, params: window)
            #expect(summaries.data.map(\.aggregatedValue) == [19.5])
            #expect(summaries.data.first?.meter == meter.id)

            let adjustment = try await client.billingMeterEventAdjustments.create(
                params: .init(eventName: "tokens", type: .cancel, cancel: .init(identifier: "event_0")))
            #expect(adjustment.type == .cancel)
            #expect(adjustment.cancel?.identifier == "event_0")

            var hourly: [Double] = []
            var grouped = window
            grouped.valueGroupingWindow = .hour
            for try await summary in client.billingMeters.eventSummariesAutoPaging(id: meter.id, params: grouped) {
                hourly.append(summary.aggregatedValue)
            }
            #expect(hourly == [9.5])
        }
    }

    @Test func stripeRejectionsCarryTheirParam() async throws {
        try await withServer { _, client in
            _ = try await client.billingMeters.create(params: createParams("duplicate"))
            let duplicate = await #expect(throws: StripeAPIError.self) {
                try await client.billingMeters.create(params: createParams("duplicate"))
            }
            #expect(duplicate?.status == 400)
            #expect(duplicate?.param == "event_name")
            #expect(duplicate?.requestID?.hasPrefix("req_") == true)

            let missing = await #expect(throws: StripeAPIError.self) {
                try await client.billingMeters.retrieve(id: "mtr_1/../x")
            }
            #expect(missing?.status == 404)
            #expect(missing?.code == "resource_missing")
            #expect(missing?.message?.contains("mtr_1/../x") == true)
        }
    }

    @Test func wrongKeyIsUnauthorizedAndNotEchoed() async throws {
        try await withServer { server, _ in
            let wrongKey = "sk_test_wrong_key_value"
            let client = StripeClient(apiKey: wrongKey, configuration: configuration(server.baseURL))
            let error = await #expect(throws: StripeAPIError.self) {
                try await client.billingMeters.list()
            }
            #expect(error?.status == 401)
            #expect(error.map { String(describing: $0).contains(wrongKey) } == false)
            #expect(server.requests.count == 1)
        }
    }

    @Test func rateLimitIsRetriedWithTheSameIdempotencyKey() async throws {
        try await withServer { server, client in
            server.failNext(1, path: "/v1/billing/meters", status: 429)
            let meter = try await client.billingMeters.create(params: createParams("retried"))
            let posts = server.requests.filter { $0.method == "POST" && $0.path == "/v1/billing/meters" }
            #expect(posts.count == 2)
            #expect(posts[0].headers["idempotency-key"] != nil)
            #expect(posts[0].headers["idempotency-key"] == posts[1].headers["idempotency-key"])
            #expect(posts[0].body == posts[1].body)
            #expect(try await client.billingMeters.list().data.map(\.id) == [meter.id])
        }
    }

    @Test func everyRequestCarriesWhatStripeChecks() async throws {
        try await withServer { server, client in
            let meter = try await client.billingMeters.create(params: createParams("headers"))
            _ = try await client.billingMeters.deactivate(id: meter.id)
            for request in server.requests {
                #expect(request.headers["authorization"] == "Bearer \(Self.apiKey)")
                #expect(request.headers["stripe-version"] == StripeClient.generatedAPIVersion)
                #expect(request.headers["content-type"] == "application/x-www-form-urlencoded")
            }
            #expect(server.requests.last?.body == "")
        }
    }

    @Test func connectionRefusedIsReportedAfterRetries() async throws {
        let server = try await FakeStripeServer.start(apiKey: Self.apiKey)
        let closedURL = server.baseURL
        try await server.shutdown()
        let client = StripeClient(apiKey: Self.apiKey, configuration: configuration(closedURL, retries: 1))
        let error = await #expect(throws: StripeConnectionError.self) {
            try await client.billingMeters.retrieve(id: "mtr_123")
        }
        #expect(error?.attempts == 2)
    }
}
