import Foundation
import StripeBilling
import Synchronization
import Testing

/// What the client adds to every request, when it retries, and what it never reveals; over a
/// scripted transport, so that each rule is checked on its own.
struct ClientBehaviourTests {
    static let apiKey = "sk_test_51SecretKeyThatMustNeverLeak"

    private func client(_ transport: ScriptedTransport, logger: (@Sendable (String) -> Void)? = nil) -> StripeClient {
        StripeClient(
            apiKey: Self.apiKey,
            configuration: StripeClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9")!,
                retryPolicy: RetryPolicy(maxRetries: 2, initialDelay: 0.001, maxDelay: 0.002), logger: logger),
            transport: transport)
    }

    private let create = BillingMeter.CreateParams(
        displayName: "Search API Calls", eventName: "ai_search_api", defaultAggregation: .init(formula: .sum))

    @Test func everyRequestIsAuthenticatedAndPinned() async throws {
        let transport = ScriptedTransport([try .meter(), try .meter()])
        _ = try await client(transport).billingMeters.create(params: create)
        _ = try await client(transport).billingMeters.retrieve(id: "mtr_123")
        let (post, get) = (transport.requests[0], transport.requests[1])
        for request in [post, get] {
            #expect(request.headers["Authorization"] == "Bearer \(Self.apiKey)")
            #expect(request.headers["Stripe-Version"] == "2026-09-30.endive")
        }
        #expect(post.headers["Content-Type"] == "application/x-www-form-urlencoded")
        #expect(UUID(uuidString: post.headers["Idempotency-Key"] ?? "") != nil)
        #expect(get.headers["Idempotency-Key"] == nil)
        #expect(get.headers["Content-Type"] == nil)
        #expect(post.url.absoluteString == "http://127.0.0.1:9/v1/billing/meters")
        #expect(get.url.absoluteString == "http://127.0.0.1:9/v1/billing/meters/mtr_123")
    }

    @Test func emptyPostStillDeclaresItsForm() async throws {
        let transport = ScriptedTransport([try .meter()])
        _ = try await client(transport).billingMeters.deactivate(id: "mtr_123", options: .init(idempotencyKey: "mine"))
        let request = try #require(transport.requests.first)
        #expect(request.body == Data())
        #expect(request.headers["Content-Type"] == "application/x-www-form-urlencoded")
        #expect(request.headers["Idempotency-Key"] == "mine")
    }

    @Test func invalidRequestsAreNeverSent() async throws {
        let transport = ScriptedTransport([])
        let invalid = BillingMeter.CreateParams(
            displayName: "", eventName: "tokens", defaultAggregation: .init(formula: .init(rawValue: "max")))
        await #expect(throws: StripeValidationError.self) {
            try await client(transport).billingMeters.create(params: invalid)
        }
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: [409, 429, 500, 503])
    func retriableStatusesAreRetriedWithTheSameIdempotencyKey(status: Int) async throws {
        let transport = ScriptedTransport([.error(status), try .meter()])
        let meter = try await client(transport).billingMeters.create(params: create)
        #expect(meter.displayName == "Search API Calls")
        let keys = transport.requests.map { $0.headers["Idempotency-Key"] }
        #expect(keys.count == 2)
        #expect(keys[0] != nil && keys[0] == keys[1])
    }

    @Test(arguments: [400, 401, 402, 403, 404])
    func otherClientErrorsAreNotRetried(status: Int) async throws {
        let transport = ScriptedTransport([.error(status, type: "invalid_request_error"), try .meter()])
        let error = await #expect(throws: StripeAPIError.self) {
            try await client(transport).billingMeters.retrieve(id: "mtr_123")
        }
        #expect(error?.status == status)
        #expect(error?.requestID == "req_\(status)")
        #expect(error?.type == .invalidRequestError)
        #expect(transport.requests.count == 1)
    }

    @Test func stripeShouldRetryDecides() async throws {
        let forced = ScriptedTransport([.error(400, headers: ["Stripe-Should-Retry": "true"]), try .meter()])
        _ = try await client(forced).billingMeters.retrieve(id: "mtr_123")
        #expect(forced.requests.count == 2)
        let forbidden = ScriptedTransport([.error(503, headers: ["Stripe-Should-Retry": "false"]), try .meter()])
        await #expect(throws: StripeAPIError.self) {
            try await client(forbidden).billingMeters.retrieve(id: "mtr_123")
        }
        #expect(forbidden.requests.count == 1)
    }

    @Test func retriesStopAfterTheLimit() async throws {
        let transport = ScriptedTransport([.error(500), .error(500), .error(500), try .meter()])
        let error = await #expect(throws: StripeAPIError.self) {
            try await client(transport).billingMeters.retrieve(id: "mtr_123")
        }
        #expect(error?.status == 500)
        #expect(transport.requests.count == 3)
    }

    @Test func networkErrorsAreRetriedThenReported() async throws {
        let recovered = ScriptedTransport([.failure(.networkConnectionLost), try .meter()])
        _ = try await client(recovered).billingMeters.create(params: create)
        #expect(recovered.requests.count == 2)
        let keys = Set(recovered.requests.map { $0.headers["Idempotency-Key"] })
        #expect(keys.count == 1)
        let down = ScriptedTransport([.failure(.cannotConnectToHost), .failure(.timedOut), .failure(.cannotConnectToHost)])
        let error = await #expect(throws: StripeConnectionError.self) {
            try await client(down).billingMeters.retrieve(id: "mtr_123")
        }
        #expect(error?.attempts == 3)
        #expect(error?.request == "GET /v1/billing/meters/mtr_123")
    }

    @Test func stripeErrorBodiesBecomeTypedErrors() async throws {
        let body = #"""
            {"error": {"type": "invalid_request_error", "code": "parameter_missing", "param": "default_aggregation[formula]",
            "message": "Missing required param: default_aggregation[formula].", "doc_url": "https://stripe.com/docs/error-codes/parameter-missing"}}
            """#
        let transport = ScriptedTransport([.response(status: 400, headers: ["request-id": "req_abc"], body: body)])
        let error = await #expect(throws: StripeAPIError.self) {
            try await client(transport).billingMeters.retrieve(id: "mtr_123")
        }
        #expect(
            error
                == StripeAPIError(
                    status: 400, requestID: "req_abc", type: .invalidRequestError, code: "parameter_missing",
                    message: "Missing required param: default_aggregation[formula].", param: "default_aggregation[formula]",
                    docURL: "https://stripe.com/docs/error-codes/parameter-missing"))
    }

    @Test func bodiesThatAreNotStripesAreReported() async throws {
        let transport = ScriptedTransport([.response(status: 502, body: "<html>Bad gateway</html>")])
        let error = await #expect(throws: StripeResponseError.self) {
            try await client(ScriptedTransport([.response(status: 200, body: "{}")])).billingMeters.retrieve(id: "mtr_1")
        }
        #expect(error?.reason.contains("is not a BillingMeter") == true)
        let gateway = await #expect(throws: StripeResponseError.self) {
            try await StripeClient(
                apiKey: Self.apiKey,
                configuration: StripeClientConfiguration(retryPolicy: RetryPolicy(maxRetries: 0)),
                transport: transport
            ).billingMeters.retrieve(id: "mtr_1")
        }
        #expect(gateway?.status == 502)
    }

    @Test func theAPIKeyNeverShows() async throws {
        let lines = Mutex<[String]>([])
        let echo = #"{"error": {"type": "invalid_request_error", "message": "Invalid API Key provided: \#(Self.apiKey)"}}"#
        let transport = ScriptedTransport([
            .failure(.timedOut), .response(status: 401, body: echo),
        ])
        let client = client(transport) { line in lines.withLock { $0.append(line) } }
        var texts = [client.description, client.debugDescription, String(reflecting: client)]
        var dumped = ""
        dump(client, to: &dumped)
        texts.append(dumped)
        do {
            _ = try await client.billingMeters.retrieve(id: "mtr_123")
        } catch {
            texts += [String(describing: error), String(reflecting: error), error.localizedDescription]
        }
        let request = try #require(transport.requests.first)
        var dumpedRequest = ""
        dump(request, to: &dumpedRequest)
        texts += [request.description, dumpedRequest] + lines.withLock { $0 }
        #expect(lines.withLock { $0.count } == 2)
        for text in texts {
            #expect(!text.contains(Self.apiKey), "\(text)")
            #expect(!text.contains("SecretKey"), "\(text)")
        }
    }
}
