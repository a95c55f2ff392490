import Foundation

/// Sends one HTTP request and returns the response. `StripeClient` adds everything Stripe needs
/// (headers, retries, error decoding); a transport only moves bytes.
///
/// Throw when no response arrived (connection refused, timeout, …): the client retries such
/// failures. An HTTP error status is a response, not a thrown error.
public protocol HTTPTransport: Sendable {
    func send(_ request: StripeHTTPRequest) async throws -> StripeHTTPResponse
}

/// An HTTP request as it goes on the wire.
public struct StripeHTTPRequest: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var method: String
    public var url: URL
    /// Header names as Stripe spells them: `Authorization`, `Stripe-Version`, …
    public var headers: [String: String]
    public var body: Data?
    /// How long to wait for the response, in seconds.
    public var timeout: TimeInterval

    public init(method: String, url: URL, headers: [String: String], body: Data?, timeout: TimeInterval) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The method and URL; headers are left out, as they carry the API key.
    public var description: String { "\(method) \(url.absoluteString)" }

    public var debugDescription: String { description }

    /// Shows the headers with `Authorization` redacted.
    public var customMirror: Mirror {
        var shown = headers
        if shown["Authorization"] != nil { shown["Authorization"] = "Bearer [redacted]" }
        return Mirror(
            self,
            children: ["method": method, "url": url, "headers": shown, "body": body as Any, "timeout": timeout])
    }
}

/// An HTTP response.
public struct StripeHTTPResponse: Sendable {
    public var status: Int
    /// Header names in lowercase.
    public var headers: [String: String]
    public var body: Data

    /// A response; header names are lowercased.
    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }) { first, _ in first }
        self.body = body
    }

    /// The value of a header, whatever the case of `name`.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }
}
