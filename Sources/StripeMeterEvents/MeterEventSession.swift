import Foundation
import StripeRuntime

/// The stream's session token: created on first use, renewed before it expires, and one renewal
/// at a time for every sender.
actor MeterEventSession {
    private let apiKey: String
    private let configuration: MeterEventStreamConfiguration
    private var token: (value: String, expiresAt: Date)?
    private var renewal: Task<(value: String, expiresAt: Date), any Error>?

    init(apiKey: String, configuration: MeterEventStreamConfiguration) {
        self.apiKey = apiKey
        self.configuration = configuration
    }

    /// A token valid for at least the renewal margin.
    func currentToken() async throws -> String {
        if let token, token.expiresAt.timeIntervalSinceNow > configuration.sessionRenewalMargin.timeInterval {
            return token.value
        }
        if let renewal { return try await renewal.value.value }
        let task = Task { try await createSession() }
        renewal = task
        defer { renewal = nil }
        let created = try await task.value
        token = created
        return created.value
    }

    /// Forgets `value`, which Stripe said has expired, so that the next sender renews it.
    func expire(_ value: String) {
        if token?.value == value { token = nil }
    }

    private func createSession() async throws -> (value: String, expiresAt: Date) {
        let request = StripeHTTPRequest(
            method: "POST", url: configuration.apiBase.appendingPathComponent("v2/billing/meter_event_session"),
            headers: ["Authorization": "Bearer \(apiKey)", "Content-Type": "application/json"], body: Data("{}".utf8),
            timeout: configuration.requestTimeout)
        let response = try await configuration.transport.send(request)
        guard (200..<300).contains(response.status) else {
            throw MeterEventStreamError(response: response, doing: "creating a meter event session")
        }
        let session = try JSONDecoder().decode(SessionBody.self, from: response.body)
        guard let expiresAt = RFC3339.date(from: session.expiresAt) else {
            throw MeterEventStreamError(
                status: response.status, type: nil, code: nil,
                message: "the meter event session's expires_at is not an RFC 3339 time")
        }
        return (session.authenticationToken, expiresAt)
    }

    private struct SessionBody: Decodable {
        var authenticationToken: String
        var expiresAt: String

        enum CodingKeys: String, CodingKey {
            case authenticationToken = "authentication_token"
            case expiresAt = "expires_at"
        }
    }
}

/// Stripe's answer to a v2 request that failed: its status and its error body.
struct MeterEventStreamError: Error, Sendable, CustomStringConvertible {
    var status: Int
    var type: String?
    var code: String?
    var message: String

    init(status: Int, type: String?, code: String?, message: String) {
        self.status = status
        self.type = type
        self.code = code
        self.message = message
    }

    /// The error in `response`'s v2 error body, `{"error": {"type", "code", "message"}}`.
    init(response: StripeHTTPResponse, doing action: String) {
        let body = try? JSONDecoder().decode(ErrorBody.self, from: response.body)
        self.init(
            status: response.status, type: body?.error.type, code: body?.error.code,
            message: body?.error.message ?? "HTTP \(response.status) while \(action)")
    }

    /// Whether the session token expired, so that a new session makes the request good.
    var isExpiredSession: Bool {
        status == 401 && code == "billing_meter_event_session_expired"
    }

    var description: String {
        "HTTP \(status)" + (code.map { " \($0)" } ?? "") + ": \(message)"
    }

    private struct ErrorBody: Decodable {
        struct Details: Decodable {
            var type: String?
            var code: String?
            var message: String?
        }

        var error: Details
    }
}

/// RFC 3339 times, as v2 sends them: `2026-12-07T08:30:00.000Z`.
package enum RFC3339 {
    package static func string(from date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted)
        ).replacingOccurrences(of: "+0000", with: "Z")
    }

    package static func date(from text: String) -> Date? {
        (try? Date(text, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true)))
            ?? (try? Date(text, strategy: .iso8601))
    }
}

extension Duration {
    /// The duration in seconds, as `Date` arithmetic takes it.
    package var timeInterval: TimeInterval {
        TimeInterval(components.seconds) + TimeInterval(components.attoseconds) / 1e18
    }
}
