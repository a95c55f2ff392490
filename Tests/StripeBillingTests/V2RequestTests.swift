import Foundation
import StripeBilling
import Testing

/// The generated v2 operations: JSON bodies with RFC 3339 times, the stream's host and session
/// token, validation from the spec with each parameter's path, and models that read Stripe's v2
/// answers (the examples of Stripe's v2 API reference).
struct V2RequestTests {
    static let apiKey = "sk_test_51SecretKeyThatMustNeverLeak"
    static let eventTime = Date(timeIntervalSince1970: 1_733_560_200.25)

    private func client(_ transport: ScriptedTransport) -> StripeClient {
        StripeClient(
            apiKey: Self.apiKey,
            configuration: StripeClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9")!, meterEventsBaseURL: URL(string: "http://127.0.0.1:10/")!,
                retryPolicy: RetryPolicy(maxRetries: 0)),
            transport: transport)
    }

    @Test func streamEventsAreJSONWithRFC3339Times() throws {
        let request = try V2BillingMeterEventStream.createRequest(
            params: .init(events: [
                .init(
                    eventName: "api_requests", payload: ["value": "3", "stripe_customer_id": "cus_1"],
                    identifier: "evt_\"1\"", timestamp: Self.eventTime),
                .init(eventName: "api_requests", payload: ["value": "1"]),
            ]))
        #expect(request.host == .meterEvents)
        #expect(request.authentication == .sessionToken)
        #expect(request.headers == ["Content-Type": "application/json"])
        #expect(request.fields == [])
        #expect(
            request.body
                == #"{"events":[{"event_name":"api_requests","payload":{"stripe_customer_id":"cus_1","value":"3"},"#
                + #""identifier":"evt_\"1\"","timestamp":"2024-12-07T08:30:00.250Z"},"#
                + #"{"event_name":"api_requests","payload":{"value":"1"}}]}"#)
        let parsed = try JSONSerialization.jsonObject(with: Data((request.body ?? "").utf8)) as? [String: Any]
        #expect((parsed?["events"] as? [[String: Any]])?.count == 2)
    }

    @Test func aNestedObjectAndAnEnumGoOutAsJSON() throws {
        let request = try V2BillingMeterEventAdjustment.createRequest(
            params: .init(eventName: "api_requests", type: .cancel, cancel: .init(identifier: "idmp_1")))
        #expect(request.host == .api)
        #expect(request.authentication == .secretKey)
        #expect(request.body == #"{"event_name":"api_requests","type":"cancel","cancel":{"identifier":"idmp_1"}}"#)
        #expect(try V2BillingMeterEventSession.createRequest().body == "{}")
    }

    @Test func theSpecsRulesNameEachParameterByItsPath() throws {
        let event = V2BillingMeterEventStream.CreateParams.Event(eventName: "api_requests", payload: ["value": "1"])
        #expect {
            try V2BillingMeterEventStream.createRequest(params: .init(events: Array(repeating: event, count: 101)))
        } throws: { error in
            "\(error)".contains("events must have at most 100 elements, but has 101")
        }
        let bad = V2BillingMeterEventStream.CreateParams.Event(
            eventName: String(repeating: "x", count: 101), payload: [:], identifier: "")
        #expect {
            try V2BillingMeterEventStream.createRequest(params: .init(events: [event, bad]))
        } throws: { error in
            let problems = (error as? StripeValidationError)?.problems.map(\.param) ?? []
            return problems == ["events[1][event_name]", "events[1][payload]"]
        }
        #expect(throws: StripeValidationError.self) { try V2BillingMeterEventStream.createRequest(params: .init(events: [])) }
    }

    @Test func theSessionDecodesStripesExample() throws {
        let json = """
            {"id": "mes_123", "object": "v2.billing.meter_event_session", "authentication_token": "token_12345678",
             "created": "2024-06-01T12:00:00.000Z", "expires_at": "2024-06-01T12:15:00.000Z", "livemode": false}
            """
        let session = try JSONDecoder().decode(V2BillingMeterEventSession.self, from: Data(json.utf8))
        #expect(session.authenticationToken == "token_12345678")
        #expect(session.expiresAt.timeIntervalSince(session.created) == 900)
        #expect(session.created == Date(timeIntervalSince1970: 1_717_243_200))
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(session)) as? [String: Any]
        #expect(encoded?["expires_at"] as? String == "2024-06-01T12:15:00.000Z")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                V2BillingMeterEventSession.self, from: Data(json.replacingOccurrences(of: "2024-06-01T12:15", with: "yesterday").utf8))
        }
    }

    @Test func theStreamGoesToItsHostWithTheSessionToken() async throws {
        let transport = ScriptedTransport([.response(status: 200, body: "{}")])
        let events = V2BillingMeterEventStream.CreateParams(events: [.init(eventName: "api_requests", payload: ["value": "1"])])
        try await client(transport).v2BillingMeterEventStream.create(params: events, sessionToken: "ek_test_token")
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "http://127.0.0.1:10/v2/billing/meter_event_stream")
        #expect(request.headers["Authorization"] == "Bearer ek_test_token")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["Stripe-Version"] == "2026-09-30.endive")
    }

    @Test func anExpiredSessionIsAStripeErrorThatNamesItAndHidesTheToken() async throws {
        let body = #"{"error": {"type": "temporary_session_expired", "code": "billing_meter_event_session_expired", "#
            + #""message": "The session ek_test_token has expired."}}"#
        let transport = ScriptedTransport([.response(status: 401, headers: ["Retry-After": "2"], body: body)])
        let events = V2BillingMeterEventStream.CreateParams(events: [.init(eventName: "api_requests", payload: ["value": "1"])])
        await #expect {
            try await client(transport).v2BillingMeterEventStream.create(params: events, sessionToken: "ek_test_token")
        } throws: { error in
            guard let error = error as? StripeAPIError else { return false }
            return error.type == .temporarySessionExpired && error.code == "billing_meter_event_session_expired"
                && error.retryAfter == 2 && !"\(error)".contains("ek_test_token")
        }
    }
}

/// The hand-written RFC 3339 writer agrees with Foundation's, before and after 1970.
struct RFC3339Tests {
    @Test func writtenTimesAgreeWithFoundation() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        var generator = SystemRandomNumberGenerator()
        let milliseconds = (0..<2_000).map { _ in Int64.random(in: -2_208_988_800_000...4_102_444_800_000, using: &generator) }
        for value in milliseconds + [0, -1, 951_782_400_000, 4_107_542_399_999] {
            let date = Date(timeIntervalSince1970: Double(value) / 1000)
            #expect(RFC3339.string(from: date) == formatter.string(from: date), "\(value)")
            #expect(RFC3339.date(from: RFC3339.string(from: date)).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) } == value)
        }
    }
}
