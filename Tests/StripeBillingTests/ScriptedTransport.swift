import Foundation
import StripeBilling
import Synchronization
import TestSupport

/// A transport that answers from a script and records what it was sent, for tests of the client's
/// own behaviour (headers, retries, errors) without a network.
final class ScriptedTransport: HTTPTransport {
    /// One scripted answer: a response, or a failure before any response.
    enum Answer {
        case response(status: Int, headers: [String: String] = [:], body: String)
        case failure(URLError.Code)
    }

    private let state: Mutex<(answers: [Answer], requests: [StripeHTTPRequest])>

    init(_ answers: [Answer]) {
        state = Mutex((answers, []))
    }

    /// Every request sent, in order.
    var requests: [StripeHTTPRequest] { state.withLock { $0.requests } }

    func send(_ request: StripeHTTPRequest) async throws -> StripeHTTPResponse {
        let answer = state.withLock { state in
            state.requests.append(request)
            return state.answers.isEmpty ? nil : state.answers.removeFirst()
        }
        switch answer {
        case .response(let status, let headers, let body)?:
            return StripeHTTPResponse(status: status, headers: headers, body: Data(body.utf8))
        case .failure(let code)?:
            throw URLError(code)
        case nil:
            throw URLError(.resourceUnavailable)
        }
    }
}

extension ScriptedTransport.Answer {
    /// A `200` with a meter from Stripe's API reference.
    static func meter() throws -> Self {
        let body = String(decoding: try Fixtures.data("create-meter-response.json"), as: UTF8.self)
        return .response(status: 200, headers: ["Request-Id": "req_ok"], body: body)
    }

    /// A Stripe error response.
    static func error(_ status: Int, headers: [String: String] = [:], type: String = "api_error") -> Self {
        .response(
            status: status, headers: headers.merging(["Request-Id": "req_\(status)"]) { first, _ in first },
            body: #"{"error": {"type": "\#(type)", "message": "status \#(status)"}}"#)
    }
}
