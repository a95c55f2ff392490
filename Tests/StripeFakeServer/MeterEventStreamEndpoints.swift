import Foundation

/// Faults the fake's v2 meter event stream can inject, each on every `n`th stream request
/// (counted from 1), so that tests are repeatable.
public struct MeterEventStreamFaults: Sendable {
    /// Answer `429` with `Retry-After: 0`.
    public var rateLimitEvery: Int?
    /// Answer `500`.
    public var serverErrorEvery: Int?
    /// Take the events, then close the connection without an answer.
    public var dropAfterAcceptingEvery: Int?
    /// Wait this long before answering any stream request.
    public var responseDelay: Duration?
    /// How long a session's token is valid: 15 minutes at Stripe.
    public var sessionLifetime: TimeInterval
    /// Event names whose events make Stripe refuse the request with a `400`.
    public var refusedEventNames: Set<String>
    /// Stream requests after this many are taken but never answered, as a server that hangs.
    public var stallAfterRequests: Int?

    public init(
        rateLimitEvery: Int? = nil, serverErrorEvery: Int? = nil, dropAfterAcceptingEvery: Int? = nil,
        responseDelay: Duration? = nil, sessionLifetime: TimeInterval = 900, refusedEventNames: Set<String> = [],
        stallAfterRequests: Int? = nil
    ) {
        self.refusedEventNames = refusedEventNames
        self.stallAfterRequests = stallAfterRequests
        self.rateLimitEvery = rateLimitEvery
        self.serverErrorEvery = serverErrorEvery
        self.dropAfterAcceptingEvery = dropAfterAcceptingEvery
        self.responseDelay = responseDelay
        self.sessionLifetime = sessionLifetime
    }
}

/// What the fake's v2 meter event endpoints hold: sessions, and the events accepted by identifier.
struct MeterEventStreamState: Sendable {
    var faults = MeterEventStreamFaults()
    /// Each session's token and when it expires.
    var tokens: [String: Date] = [:]
    var streamRequests = 0
    /// How many times each identifier arrived in an accepted request; Stripe counts it once.
    var deliveries: [String: Int] = [:]
    /// The accepted events, in order, each counted once as Stripe does.
    var events: [[String: JSONValue]] = []

    /// Answers a v2 request: the session create with the secret key, the stream with a token.
    /// A stream request's JSON body, read before the state's lock is taken.
    struct Body: Sendable {
        /// The events, each checked: as Stripe keeps it, or why it is refused.
        var events: [Result<[String: JSONValue], CheckFailure>]?
        var eventNames: [String?]

        init(_ request: FakeRequest) {
            guard request.path == "/v2/billing/meter_event_stream",
                request.headers["content-type"]?.hasPrefix("application/json") == true,
                let body = try? JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: Any],
                let events = body["events"] as? [[String: Any]]
            else {
                events = nil
                eventNames = []
                return
            }
            let now = Date()
            self.events = events.map { MeterEventStreamState.check($0, now: now) }
            eventNames = events.map { $0["event_name"] as? String }
        }
    }

    mutating func respond(to request: FakeRequest, body: Body, apiKey: String, now: Date) -> FakeResponse {
        let bearer = request.headers["authorization"].flatMap { header -> String? in
            header.hasPrefix("Bearer ") ? String(header.dropFirst("Bearer ".count)) : nil
        }
        switch (request.method, request.path) {
        case ("POST", "/v2/billing/meter_event_session"):
            guard bearer == apiKey else { return Self.error(401, "authentication_error", nil, "Invalid API key.") }
            let token = "mes_tok_" + RandomID.make(prefix: "", length: 24)
            let expiresAt = now.addingTimeInterval(faults.sessionLifetime)
            tokens[token] = expiresAt
            return FakeResponse(
                json: .object([
                    "id": .string(RandomID.make(prefix: "mes_", length: 14)),
                    "object": .string("v2.billing.meter_event_session"),
                    "authentication_token": .string(token),
                    "created": .string(Self.rfc3339(now)),
                    "expires_at": .string(Self.rfc3339(expiresAt)),
                    "livemode": .bool(false),
                ]))
        case ("POST", "/v2/billing/meter_event_stream"):
            return stream(body, token: bearer, now: now)
        default:
            return Self.error(404, "invalid_request_error", nil, "Unrecognized request URL (\(request.method): \(request.path)).")
        }
    }

    private mutating func stream(_ body: Body, token: String?, now: Date) -> FakeResponse {
        streamRequests += 1
        let count = streamRequests
        if let stall = faults.stallAfterRequests, count > stall {
            var response = Self.error(503, "api_error", nil, "The fake stalls.")
            response.delay = .seconds(3_600)
            return response
        }
        var response = answer(body, token: token, now: now, count: count)
        if let delay = faults.responseDelay { response.delay = delay }
        return response
    }

    private mutating func answer(_ body: Body, token: String?, now: Date, count: Int) -> FakeResponse {
        func every(_ n: Int?) -> Bool { n.map { $0 > 0 && count % $0 == 0 } ?? false }
        if every(faults.rateLimitEvery) {
            var response = Self.error(429, "rate_limit", "rate_limit", "Too many requests.")
            response.headers.append(("Retry-After", "0"))
            return response
        }
        if every(faults.serverErrorEvery) { return Self.error(500, "api_error", nil, "Something went wrong.") }
        guard let token, let expiresAt = tokens[token] else {
            return Self.error(401, "authentication_error", nil, "Invalid session token.")
        }
        guard expiresAt > now else {
            return Self.error(
                401, "temporary_session_expired", "billing_meter_event_session_expired",
                "The meter event session has expired; create a new one.")
        }
        guard let events = body.events else {
            return Self.error(400, "invalid_request_error", "parameter_missing", "The body needs `events`.")
        }
        guard (1...100).contains(events.count) else {
            return Self.error(400, "invalid_request_error", "parameter_invalid", "Send from 1 to 100 events.")
        }
        var accepted: [[String: JSONValue]] = []
        for (index, event) in events.enumerated() {
            if let name = body.eventNames[index], faults.refusedEventNames.contains(name) {
                return Self.error(400, "invalid_request_error", "parameter_invalid", "events[\(index)]: no meter for `\(name)`")
            }
            switch event {
            case .success(let checked): accepted.append(checked)
            case .failure(let message):
                return Self.error(400, "invalid_request_error", "parameter_invalid", "events[\(index)]: \(message)")
            }
        }
        for event in accepted {
            guard case .string(let identifier)? = event["identifier"] else { continue }
            deliveries[identifier, default: 0] += 1
            if deliveries[identifier] == 1 { self.events.append(event) }
        }
        var response = FakeResponse(json: .object([:]))
        response.dropsConnection = every(faults.dropAfterAcceptingEvery)
        return response
    }

    /// The event as Stripe keeps it, or why it is refused.
    fileprivate static func check(_ event: [String: Any], now: Date) -> Result<[String: JSONValue], CheckFailure> {
        guard let name = event["event_name"] as? String, !name.isEmpty, name.count <= 100 else {
            return .failure(CheckFailure(message: "`event_name` must be 1 to 100 characters"))
        }
        guard let payload = event["payload"] as? [String: Any], !payload.isEmpty else {
            return .failure(CheckFailure(message: "`payload` is required"))
        }
        var values: [String: JSONValue] = [:]
        for (key, value) in payload {
            guard let text = value as? String else {
                return .failure(CheckFailure(message: "`payload[\(key)]` must be a string"))
            }
            values[key] = .string(text)
        }
        let identifier = event["identifier"] as? String ?? RandomID.make(prefix: "gen_", length: 20)
        var checked: [String: JSONValue] = [
            "event_name": .string(name), "payload": .object(values), "identifier": .string(identifier),
        ]
        if let timestamp = event["timestamp"] as? String {
            guard let date = parseRFC3339(timestamp),
                date > now.addingTimeInterval(-35 * 86_400), date < now.addingTimeInterval(300)
            else {
                return .failure(CheckFailure(message: "`timestamp` must be within the past 35 days or 5 minutes ahead"))
            }
            checked["timestamp"] = .string(timestamp)
        }
        return .success(checked)
    }

    struct CheckFailure: Error {
        var message: String
    }

    private static func error(_ status: Int, _ type: String, _ code: String?, _ message: String) -> FakeResponse {
        var error: [String: JSONValue] = ["type": .string(type), "message": .string(message)]
        if let code { error["code"] = .string(code) }
        return FakeResponse(status: status, json: .object(["error": .object(error)]))
    }

    static func rfc3339(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
            .replacingOccurrences(of: "+0000", with: "Z")
    }

    private static func parseRFC3339(_ text: String) -> Date? {
        (try? Date(text, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true)))
            ?? (try? Date(text, strategy: .iso8601))
    }
}
