import NIOHTTP1

/// A complete request, as the pipeline sees it.
struct FakeRequest: Sendable {
    var method: String
    var path: String
    var query: String
    var headers: [String: String]
    var body: String

    init(head: HTTPRequestHead, body: String) {
        let uri = head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        method = head.method.rawValue
        path = String(uri[0])
        query = uri.count > 1 ? String(uri[1]) : ""
        headers = Dictionary(head.headers.map { ($0.name.lowercased(), $0.value) }) {
            "\($0), \($1)"
        }
        self.body = body
    }

    /// The form this request carries: the body for POST, the query otherwise.
    var form: [(key: String, value: String)] {
        FormDecoding.pairs(method == "POST" ? body : query)
    }

    var recorded: RecordedRequest {
        RecordedRequest(
            method: method, path: path, query: query, headers: headers, body: body, form: form)
    }

    /// The request as recorded when its body is not a form (v2's JSON).
    var recordedWithoutForm: RecordedRequest {
        RecordedRequest(method: method, path: path, query: query, headers: headers, body: body, form: [])
    }
}

/// A complete JSON response.
struct FakeResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: String
    /// Close the connection instead of answering, as a connection dropped after the request was
    /// taken.
    var dropsConnection = false
    /// How long to wait before answering.
    var delay: Duration?

    /// A response with Stripe's standard headers: `Content-Type: application/json` and a fresh
    /// `Request-Id`.
    init(status: Int = 200, json: JSONValue, extraHeaders: [(name: String, value: String)] = []) {
        self.status = status
        self.headers =
            [
                ("Content-Type", "application/json"),
                ("Request-Id", RandomID.make(prefix: "req_", length: 14)),
            ] + extraHeaders
        self.body = json.encoded()
    }
}
