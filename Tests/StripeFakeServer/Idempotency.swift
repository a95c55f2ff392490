/// The stored outcome of a successful POST sent with an `Idempotency-Key`. A replay sends it back
/// as it was, `Request-Id` included, plus `Idempotent-Replayed: true`.
struct IdempotentResult {
    /// `METHOD path` of the first request.
    let endpoint: String
    let body: String
    let response: FakeResponse
}

extension FakeState {
    /// The replay for a request that reuses `key`, nil if the key is new.
    /// Throws `idempotency_error` when the key was first used for a different path or body.
    func replay(key: String, for request: FakeRequest) throws(StripeError) -> FakeResponse? {
        guard let stored = idempotentResults[key] else { return nil }
        guard stored.endpoint == "\(request.method) \(request.path)", stored.body == request.body
        else {
            throw .idempotencyMismatch(key: key)
        }
        var response = stored.response
        response.headers.append(("Idempotent-Replayed", "true"))
        return response
    }

    /// Stores `response` for replay if the request carried a key and succeeded.
    mutating func storeIdempotentResult(
        key: String?, for request: FakeRequest, response: FakeResponse
    ) {
        guard let key, (200..<300).contains(response.status) else { return }
        idempotentResults[key] = IdempotentResult(
            endpoint: "\(request.method) \(request.path)", body: request.body, response: response
        )
    }
}
