import AsyncHTTPClient
import Foundation
import NIOCore
import StripeRuntime

/// Sends requests with AsyncHTTPClient: pools of kept-alive HTTP/1.1 connections on SwiftNIO,
/// which go on working when a connection drops mid-request. The transport for recording usage
/// at volume: `MeterEventStreamConfiguration(transport: AsyncHTTPClientTransport())`.
public struct AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient

    /// A transport over `client`, by default AsyncHTTPClient's shared one.
    public init(client: HTTPClient = .shared) {
        self.client = client
    }

    /// The most bytes of an answer read: Stripe's are far smaller.
    private static let largestBody = 64 << 20

    public func send(_ request: StripeHTTPRequest) async throws -> StripeHTTPResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = .init(rawValue: request.method)
        for (name, value) in request.headers {
            outgoing.headers.add(name: name, value: value)
        }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        do {
            let response = try await client.execute(outgoing, timeout: .milliseconds(Int64(request.timeout * 1000)))
            let body = try await response.body.collect(upTo: Self.largestBody)
            let headers = Dictionary(response.headers.map { ($0.name, $0.value) }) { first, second in "\(first), \(second)" }
            return StripeHTTPResponse(status: Int(response.status.code), headers: headers, body: Data(body.readableBytesView))
        } catch let error as HTTPClientError {
            throw StripeTransportError(reason: Self.reason(for: error, timeout: request.timeout))
        }
    }

    private static func reason(for error: HTTPClientError, timeout: TimeInterval) -> String {
        switch error {
        case .deadlineExceeded, .readTimeout: "no answer within \(Int(timeout.rounded())) s"
        case .remoteConnectionClosed: "the connection was dropped before the answer"
        case .connectTimeout: "the connection could not be made within \(Int(timeout.rounded())) s"
        default: "the request failed (\(error))"
        }
    }
}
