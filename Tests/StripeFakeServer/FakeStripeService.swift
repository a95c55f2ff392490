import Foundation
import NIOConcurrencyHelpers

/// Turns requests into responses: the header checks, failure injection, routing and idempotency
/// around the endpoints, all under one lock so every request sees a consistent state.
final class FakeStripeService: Sendable {
    private let apiKey: String
    private let apiVersion: String
    private let state = NIOLockedValueBox(FakeState())

    init(apiKey: String, apiVersion: String) {
        self.apiKey = apiKey
        self.apiVersion = apiVersion
    }

    var recordedRequests: [RecordedRequest] {
        state.withLockedValue { $0.requests }
    }

    func injectFailure(_ failure: InjectedFailure) {
        guard failure.remaining > 0 else { return }
        state.withLockedValue { $0.injectedFailures.append(failure) }
    }

    /// Records `request` and answers it.
    func respond(to request: FakeRequest) -> FakeResponse {
        if request.path.hasPrefix("/v2/billing/meter_event_s") {
            // The body is read before the lock is taken, so that requests are read in parallel.
            let body = MeterEventStreamState.Body(request)
            return state.withLockedValue { state in
                state.requests.append(request.recordedWithoutForm)
                return state.meterEventStream.respond(to: request, body: body, apiKey: apiKey, now: Date())
            }
        }
        return state.withLockedValue { state in
            state.requests.append(request.recorded)
            do throws(StripeError) {
                return try process(request, state: &state)
            } catch {
                return error.response
            }
        }
    }

    /// The checks, in order: API key, `Stripe-Version`, POST `Content-Type`, injected failures,
    /// route, idempotent replay, then the endpoint itself.
    private func process(_ request: FakeRequest, state: inout FakeState) throws(StripeError)
        -> FakeResponse
    {
        try checkHeaders(of: request)
        if let failure = state.takeInjectedFailure(path: request.path) {
            throw failure
        }
        guard let route = Route(method: request.method, path: request.path) else {
            throw .unrecognizedURL(method: request.method, path: request.path)
        }
        let idempotencyKey = request.method == "POST" ? request.headers["idempotency-key"] : nil
        if let idempotencyKey, let replay = try state.replay(key: idempotencyKey, for: request) {
            return replay
        }
        let now = Int(Date().timeIntervalSince1970)
        var response = FakeResponse(
            json: try state.perform(route, params: Params(pairs: request.form), now: now))
        state.storeIdempotentResult(key: idempotencyKey, for: request, response: response)
        if case .createMeter = route { response.delay = state.meterCreateAnswerDelay }
        return response
    }

    private func checkHeaders(of request: FakeRequest) throws(StripeError) {
        guard let authorization = request.headers["authorization"] else {
            throw .missingAPIKey
        }
        let bearer = "Bearer "
        let key =
            authorization.hasPrefix(bearer) ? String(authorization.dropFirst(bearer.count)) : ""
        guard key == apiKey else {
            throw .invalidAPIKey(key)
        }
        guard let version = request.headers["stripe-version"] else {
            throw .invalidRequest("This fake requires the Stripe-Version header (\(apiVersion)).")
        }
        guard version == apiVersion else {
            throw .invalidRequest(
                "Invalid Stripe API version: \(version). This fake serves \(apiVersion).")
        }
        if request.method == "POST" {
            let mediaType = request.headers["content-type"]?
                .split(separator: ";").first?
                .trimmingCharacters(in: .whitespaces)
                .lowercased()
            guard mediaType == "application/x-www-form-urlencoded" else {
                let given = request.headers["content-type"] ?? "none"
                throw .invalidRequest(
                    "Invalid request: POST bodies must have Content-Type "
                        + "application/x-www-form-urlencoded (got \(given))."
                )
            }
        }
    }
}

extension FakeStripeService {
    /// Changes the fake's behaviour from now on.
    func configure(_ change: (inout FakeState) -> Void) {
        state.withLockedValue { change(&$0) }
    }

    /// The meters, in creation order.
    var meters: [Meter] {
        state.withLockedValue { $0.meters }
    }

    func setMeterEventStreamFaults(_ faults: MeterEventStreamFaults) {
        state.withLockedValue { $0.meterEventStream.faults = faults }
    }

    var meterEventStream: MeterEventStreamState {
        state.withLockedValue { $0.meterEventStream }
    }
}
