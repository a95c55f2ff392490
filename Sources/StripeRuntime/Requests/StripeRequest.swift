import Foundation

/// An API request, built and checked but not sent: what `StripeClient` sends, and what tests can
/// compare byte for byte with what Stripe's SDKs send.
public struct StripeRequest: Hashable, Sendable {
    /// `GET` or `POST`.
    public enum Method: String, Hashable, Sendable {
        case get = "GET"
        case post = "POST"
    }

    public var method: Method
    /// The path, with every id escaped as one segment: `/v1/billing/meters/mtr_123`.
    public var path: String
    /// The parameters: the query of a `GET`, the form body of a `POST`.
    public var fields: [FormField]

    /// A request whose parameters are `params`, encoded in the order their type declares them.
    package init(method: Method, path: String, params: some RequestParams) {
        var form = FormEncoder()
        params.encode(to: &form, at: .root)
        self.method = method
        self.path = path
        self.fields = form.fields
    }

    /// `id` escaped as one path segment, so that `mtr_1/../x` cannot change the path.
    package static func pathSegment(_ id: String) -> String {
        FormURLEncoding.escapePathSegment(id)
    }

    /// The encoded query string of a `GET` (without `?`), `nil` for a `POST` or without fields.
    public var query: String? {
        method == .get && !fields.isEmpty ? FormURLEncoding.encode(fields) : nil
    }

    /// The encoded form body of a `POST`, empty when it has no fields; `nil` for a `GET`.
    public var body: String? {
        method == .post ? FormURLEncoding.encode(fields) : nil
    }

    /// The headers the request itself needs: a `POST` always declares its form body, even an
    /// empty one. `StripeClient` adds authorization, the API version and the idempotency key.
    public var headers: [String: String] {
        method == .post ? ["Content-Type": "application/x-www-form-urlencoded"] : [:]
    }
}

extension StripeRequest {
    /// The request of an operation, once its parameters are checked against Stripe's rules:
    /// `method` on `path`, whose `{name}` placeholders become the values of `pathParams`, each
    /// escaped as one segment, with `params` as its fields. A path parameter must not be empty,
    /// nor longer than its limit.
    ///
    /// - Throws: `StripeValidationError` listing every problem, those of the path first.
    package init(
        _ method: Method, _ path: String, pathParams: [PathParam] = [], params: some RequestParams
    ) throws(StripeValidationError) {
        var validator = RequestValidator()
        var filledPath = path
        for param in pathParams {
            let key = FormKey(param.name)
            validator.checkNotEmpty(param.value, at: key)
            if let maxLength = param.maxLength {
                validator.checkLength(param.value, max: maxLength, at: key)
            }
            filledPath = filledPath.replacingOccurrences(of: "{\(param.name)}", with: Self.pathSegment(param.value))
        }
        params.validate(into: &validator, at: .root)
        try validator.throwIfInvalid()
        self.init(method: method, path: filledPath, params: params)
    }
}

/// A value of a request's path, such as a meter's id, and the most characters Stripe accepts in it.
package struct PathParam: Sendable {
    package var name: String
    package var value: String
    package var maxLength: Int?

    package init(_ name: String, _ value: String, maxLength: Int? = nil) {
        self.name = name
        self.value = value
        self.maxLength = maxLength
    }
}
