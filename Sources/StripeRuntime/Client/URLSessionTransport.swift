import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends requests with `URLSession` (FoundationNetworking on Linux).
///
/// After a request gets no answer, later requests go through a new session of the same
/// configuration: on Linux, a session whose connection was dropped mid-request can leave every
/// later request on it waiting until its timeout.
public struct URLSessionTransport: HTTPTransport {
    private let sessions: Sessions

    /// A transport over `session`; by default an ephemeral session that caches nothing, so that
    /// every `GET` reaches Stripe.
    public init(session: URLSession? = nil) {
        sessions = Sessions(session ?? URLSession(configuration: Self.uncachedConfiguration()))
    }

    public func send(_ request: StripeHTTPRequest) async throws -> StripeHTTPResponse {
        var urlRequest = URLRequest(url: request.url, timeoutInterval: request.timeout)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        urlRequest.cachePolicy = .reloadIgnoringLocalCacheData
        for (name, value) in request.headers {
            urlRequest.setValue(value, forHTTPHeaderField: name)
        }
        let session = sessions.current
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch let error as URLError {
            sessions.replace(session)
            throw StripeTransportError(error, timeout: request.timeout)
        }
        guard let response = response as? HTTPURLResponse else {
            throw StripeTransportError(reason: "the answer is not HTTP")
        }
        var headers: [String: String] = [:]
        for case (let name as String, let value as String) in response.allHeaderFields {
            headers[name] = value
        }
        return StripeHTTPResponse(status: response.statusCode, headers: headers, body: data)
    }

    private static func uncachedConfiguration() -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        return configuration
    }

    /// The session requests go through, replaced by a new one of its configuration after a
    /// failure.
    private final class Sessions: Sendable {
        private let session: Mutex<URLSession>

        init(_ session: URLSession) {
            self.session = Mutex(session)
        }

        var current: URLSession { session.withLock { $0 } }

        /// Replaces `failed`, unless another request has replaced it already.
        func replace(_ failed: URLSession) {
            session.withLock { current in
                guard current === failed else { return }
                current = URLSession(configuration: failed.configuration)
                failed.finishTasksAndInvalidate()
            }
        }
    }
}

/// A request that got no answer, and why in words: what `StripeClient` retries, and what it
/// reports in a `StripeConnectionError` when the retries run out.
public struct StripeTransportError: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    /// The failure `error` reports, for a request that waited up to `timeout` seconds.
    init(_ error: URLError, timeout: TimeInterval) {
        switch error.code {
        case .timedOut: reason = "no answer within \(Int(timeout.rounded())) s"
        case .networkConnectionLost: reason = "the connection was dropped before the answer"
        case .cannotConnectToHost: reason = "the server refused the connection"
        case .cannotFindHost, .dnsLookupFailed: reason = "the host name does not resolve"
        case .notConnectedToInternet: reason = "there is no network connection"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            reason = "the TLS connection failed"
        case .badServerResponse, .cannotParseResponse, .zeroByteResource:
            reason = "the answer is not HTTP"
        case .cancelled: reason = "the request was cancelled"
        default: reason = "the request failed (URL error \(error.code.rawValue))"
        }
    }

    public var description: String { reason }
}
