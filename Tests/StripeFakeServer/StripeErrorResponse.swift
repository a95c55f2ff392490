/// An error in Stripe's shape, `{"error": {"type", "code", "message", "param"}}`, absent keys
/// omitted.
struct StripeError: Error {
    var status: Int
    var type: String
    var code: String?
    var message: String
    var param: String?
    var extraHeaders: [(name: String, value: String)] = []

    var response: FakeResponse {
        var error: [String: JSONValue] = ["type": .string(type), "message": .string(message)]
        error["code"] = code.map(JSONValue.string)
        error["param"] = param.map(JSONValue.string)
        return FakeResponse(
            status: status, json: .object(["error": .object(error)]), extraHeaders: extraHeaders)
    }

    /// A 400 `invalid_request_error`.
    static func invalidRequest(_ message: String, code: String? = nil, param: String? = nil)
        -> StripeError
    {
        StripeError(
            status: 400, type: "invalid_request_error", code: code, message: message, param: param)
    }
}

// MARK: - The errors the fake returns

extension StripeError {
    static let missingAPIKey = StripeError(
        status: 401, type: "invalid_request_error",
        message:
            "You did not provide an API key. You need to provide your API key in the "
            + "Authorization header, using Bearer auth "
            + "(e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."
    )

    /// The key is masked to at most its first two `_`-terminated segments, e.g. `sk_test_****`.
    static func invalidAPIKey(_ key: String) -> StripeError {
        let segments = key.split(separator: "_", omittingEmptySubsequences: false)
        let prefix = segments.dropLast().prefix(2).map { $0 + "_" }.joined()
        return StripeError(
            status: 401, type: "invalid_request_error",
            message: "Invalid API Key provided: \(prefix)****")
    }

    static func unrecognizedURL(method: String, path: String) -> StripeError {
        StripeError(
            status: 404, type: "invalid_request_error",
            message: "Unrecognized request URL (\(method): \(path)).")
    }

    static func resourceMissing(_ object: String, id: String, param: String, status: Int = 400)
        -> StripeError
    {
        StripeError(
            status: status, type: "invalid_request_error", code: "resource_missing",
            message: "No such \(object): '\(id)'", param: param
        )
    }

    static func parameterUnknown(_ name: String) -> StripeError {
        invalidRequest(
            "Received unknown parameter: \(name)", code: "parameter_unknown", param: name)
    }

    static func parameterMissing(_ name: String) -> StripeError {
        invalidRequest("Missing required param: \(name).", code: "parameter_missing", param: name)
    }

    static func idempotencyMismatch(key: String) -> StripeError {
        StripeError(
            status: 400, type: "idempotency_error",
            message:
                "Keys for idempotent requests can only be used with the same parameters they "
                + "were first used with. Try using a key other than '\(key)' if you meant to "
                + "execute a different request."
        )
    }

    /// The error `failNext` injects: for 429 Stripe's rate-limit error, else an `api_error`.
    static func injected(status: Int, headers: [String: String]) -> StripeError {
        let extraHeaders = headers.sorted { $0.key < $1.key }.map {
            (name: $0.key, value: $0.value)
        }
        if status == 429 {
            return StripeError(
                status: status, type: "invalid_request_error", code: "rate_limit",
                message:
                    "Too many requests hit the API too quickly. We recommend an exponential "
                    + "backoff of your requests.",
                extraHeaders: extraHeaders
            )
        }
        return StripeError(
            status: status, type: "api_error",
            message: "An injected failure (HTTP \(status)) occurred in the fake Stripe server.",
            extraHeaders: extraHeaders
        )
    }
}
