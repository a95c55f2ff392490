import Foundation

/// Sends `StripeRequest`s to Stripe's API and decodes the answers.
///
/// Every request carries `Authorization: Bearer <key>` and the pinned `Stripe-Version`; every
/// `POST` carries an `Idempotency-Key` (the caller's or a new UUID, kept across retries). Errors
/// are thrown as `StripeAPIError`, `StripeConnectionError` or `StripeResponseError`; requests
/// that break Stripe's rules never get here, their builders throw `StripeValidationError`.
///
/// The API key appears in no description, mirror, log line or error.
public struct StripeClient: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The `Stripe-Version` sent with every request.
    public let apiVersion: String
    public let configuration: StripeClientConfiguration
    private let apiKey: String
    private let transport: any HTTPTransport

    /// A client that authenticates with `apiKey` and pins `apiVersion`.
    public init(
        apiKey: String,
        apiVersion: String,
        configuration: StripeClientConfiguration = StripeClientConfiguration(),
        transport: any HTTPTransport = URLSessionTransport()
    ) {
        self.apiKey = apiKey
        self.apiVersion = apiVersion
        self.configuration = configuration
        self.transport = transport
    }

    public var description: String {
        "StripeClient(apiVersion: \(apiVersion), baseURL: \(configuration.baseURL.absoluteString))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["apiVersion": apiVersion, "baseURL": configuration.baseURL])
    }

    /// Sends `request`, retrying as `configuration.retryPolicy` says, and decodes the response.
    /// A request that authenticates with a session token is sent with `sessionToken`.
    public func send<Response: Decodable>(
        _ request: StripeRequest,
        sessionToken: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws -> Response {
        let response = try await sendUntilAnswered(request, sessionToken: sessionToken, options: options)
        return try decode(Response.self, from: response, redacting: sessionToken)
    }

    /// Sends a request whose answer holds nothing, such as the meter event stream's `{}`.
    public func send(
        _ request: StripeRequest,
        sessionToken: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws {
        _ = try await sendUntilAnswered(request, sessionToken: sessionToken, options: options)
    }

    /// The successful response to `request`, after the retries the policy allows.
    private func sendUntilAnswered(
        _ request: StripeRequest, sessionToken: String?, options: RequestOptions
    ) async throws -> StripeHTTPResponse {
        let httpRequest = try httpRequest(for: request, sessionToken: sessionToken, options: options)
        let policy = configuration.retryPolicy
        let name = "\(request.method.rawValue) \(request.path)"
        var attempt = 1
        while true {
            let response: StripeHTTPResponse
            do {
                response = try await transport.send(httpRequest)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                let reason = redacted(String(describing: error), sessionToken)
                guard attempt <= policy.maxRetries else {
                    log("\(name) attempt \(attempt) failed: \(reason)")
                    throw StripeConnectionError(request: name, attempts: attempt, reason: reason)
                }
                try await wait(beforeRetry: attempt, after: nil, note: "\(name) attempt \(attempt) failed: \(reason)")
                attempt += 1
                continue
            }
            let requestID = response.header("Request-Id")
            let outcome = "\(name) attempt \(attempt) → \(response.status) [\(requestID ?? "no request id")]"
            if (200..<300).contains(response.status) {
                log(outcome)
                return response
            }
            guard attempt <= policy.maxRetries, policy.shouldRetry(response) else {
                log(outcome)
                throw apiError(from: response, redacting: sessionToken)
            }
            try await wait(beforeRetry: attempt, after: response, note: outcome)
            attempt += 1
        }
    }

    private func httpRequest(
        for request: StripeRequest, sessionToken: String?, options: RequestOptions
    ) throws -> StripeHTTPRequest {
        let base = switch request.host {
        case .api: configuration.baseURL.absoluteString
        case .meterEvents: configuration.meterEventsBaseURL.absoluteString
        }
        let root = base.hasSuffix("/") ? String(base.dropLast()) : base
        let address = root + request.path + (request.query.map { "?" + $0 } ?? "")
        guard let url = URL(string: address) else {
            throw StripeResponseError(status: 0, requestID: nil, reason: "'\(address)' is not a valid URL")
        }
        var headers = request.headers
        switch request.authentication {
        case .secretKey:
            headers["Authorization"] = "Bearer \(apiKey)"
        case .sessionToken:
            guard let sessionToken else {
                throw StripeResponseError(
                    status: 0, requestID: nil,
                    reason: "\(request.method.rawValue) \(request.path) needs a session token, and none was given")
            }
            headers["Authorization"] = "Bearer \(sessionToken)"
        }
        headers["Stripe-Version"] = apiVersion
        if request.method == .post {
            headers["Idempotency-Key"] = options.idempotencyKey ?? UUID().uuidString
        }
        if let account = options.stripeAccount {
            headers["Stripe-Account"] = account
        }
        return StripeHTTPRequest(
            method: request.method.rawValue, url: url, headers: headers, body: request.encodedBody,
            timeout: configuration.timeout)
    }

    private func wait(beforeRetry retry: Int, after response: StripeHTTPResponse?, note: String) async throws {
        let delay = configuration.retryPolicy.delay(beforeRetry: retry, after: response)
        log("\(note); retrying in \(String(format: "%.2f", delay))s")
        try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
    }

    private func decode<Response: Decodable>(
        _ type: Response.Type, from response: StripeHTTPResponse, redacting sessionToken: String?
    ) throws -> Response {
        do {
            return try JSONDecoder().decode(type, from: response.body)
        } catch {
            throw StripeResponseError(
                status: response.status, requestID: response.header("Request-Id"),
                reason: redacted("the body is not a \(type): \(error)", sessionToken))
        }
    }

    /// The error of a v1 or v2 error body: both are `{"error": {"type", "code", "message", …}}`.
    private func apiError(from response: StripeHTTPResponse, redacting sessionToken: String?) -> any Error {
        let requestID = response.header("Request-Id")
        guard let body = try? JSONDecoder().decode(StripeErrorBody.self, from: response.body) else {
            let text = redacted(String(decoding: response.body.prefix(200), as: UTF8.self), sessionToken)
            return StripeResponseError(
                status: response.status, requestID: requestID, reason: "the error body is not Stripe's: \(text)")
        }
        let details = body.error
        return StripeAPIError(
            status: response.status, requestID: requestID, type: .init(rawValue: details.type), code: details.code,
            message: details.message.map { redacted($0, sessionToken) }, param: details.param,
            docURL: details.docURL, requestLogURL: details.requestLogURL,
            retryAfter: response.header("Retry-After").flatMap(TimeInterval.init))
    }

    /// `text` without the API key or the session token, in case a server or transport echoes them.
    private func redacted(_ text: String, _ sessionToken: String? = nil) -> String {
        [apiKey, sessionToken ?? ""].filter { !$0.isEmpty }.reduce(text) { text, secret in
            text.replacingOccurrences(of: secret, with: "[redacted]")
        }
    }

    private func log(_ line: String) {
        configuration.logger?(redacted(line))
    }
}
