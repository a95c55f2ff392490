import Foundation

/// An API request, built and checked but not sent: what `StripeClient` sends, and what tests can
/// compare byte for byte with what Stripe's SDKs send.
public struct StripeRequest: Hashable, Sendable {
    /// `GET` or `POST`.
    public enum Method: String, Hashable, Sendable {
        case get = "GET"
        case post = "POST"
    }

    /// The server a request goes to; `StripeClientConfiguration` gives each one's address.
    public enum Host: Hashable, Sendable {
        /// Stripe's API, `https://api.stripe.com`.
        case api
        /// The meter event stream's own server, `https://meter-events.stripe.com`.
        case meterEvents
    }

    /// What a request authenticates with.
    public enum Authentication: Hashable, Sendable {
        /// The account's secret key, which the client holds.
        case secretKey
        /// A short-lived token, such as a meter event session's, which the caller passes along.
        case sessionToken
    }

    /// The parameters as they travel.
    public enum Content: Hashable, Sendable {
        /// Form fields: the query of a `GET`, the form-encoded body of a `POST` (v1).
        case form([FormField])
        /// A JSON body (v2).
        case json(Data)
    }

    public var method: Method
    /// The path, with every id escaped as one segment: `/v1/billing/meters/mtr_123`.
    public var path: String
    public var host: Host
    public var authentication: Authentication
    public var content: Content

    /// A form request whose parameters are `params`, encoded in the order their type declares them.
    package init(
        method: Method, path: String, host: Host = .api, authentication: Authentication = .secretKey,
        params: some RequestParams
    ) {
        var form = FormEncoder()
        params.encode(to: &form, at: .root)
        self.init(method: method, path: path, host: host, authentication: authentication, content: .form(form.fields))
    }

    /// A JSON request whose body is `params`, members in the order their type declares them.
    package init(
        method: Method, path: String, host: Host = .api, authentication: Authentication = .secretKey,
        params: some JSONRequestParams
    ) {
        self.init(
            method: method, path: path, host: host, authentication: authentication, content: .json(JSONWriter.data(params)))
    }

    private init(method: Method, path: String, host: Host, authentication: Authentication, content: Content) {
        self.method = method
        self.path = path
        self.host = host
        self.authentication = authentication
        self.content = content
    }

    /// `id` escaped as one path segment, so that `mtr_1/../x` cannot change the path.
    package static func pathSegment(_ id: String) -> String {
        FormURLEncoding.escapePathSegment(id)
    }

    /// The form fields, in order; none for a JSON request.
    public var fields: [FormField] {
        if case .form(let fields) = content { fields } else { [] }
    }

    /// The encoded query string of a `GET` (without `?`), `nil` for a `POST` or without fields.
    public var query: String? {
        method == .get && !fields.isEmpty ? FormURLEncoding.encode(fields) : nil
    }

    /// The body of a `POST` as text: the encoded form, empty when it has no fields, or the JSON;
    /// `nil` for a `GET`.
    public var body: String? {
        encodedBody.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The body of a `POST` as it is sent; `nil` for a `GET`.
    package var encodedBody: Data? {
        guard method == .post else { return nil }
        switch content {
        case .form(let fields): return Data(FormURLEncoding.encode(fields).utf8)
        case .json(let json): return json
        }
    }

    /// The headers the request itself needs: a `POST` always declares its body, even an empty
    /// one. `StripeClient` adds authorization, the API version and the idempotency key.
    public var headers: [String: String] {
        guard method == .post else { return [:] }
        switch content {
        case .form: return ["Content-Type": "application/x-www-form-urlencoded"]
        case .json: return ["Content-Type": "application/json"]
        }
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
        let filledPath = try Self.checked(path, pathParams: pathParams, params: params)
        self.init(method: method, path: filledPath, params: params)
    }

    /// The request of a v2 operation, once its parameters are checked: as above, with a JSON body,
    /// sent to `host` with `authentication`.
    ///
    /// - Throws: `StripeValidationError` listing every problem, those of the path first.
    package init(
        _ method: Method, _ path: String, host: Host = .api, authentication: Authentication = .secretKey,
        pathParams: [PathParam] = [], params: some JSONRequestParams
    ) throws(StripeValidationError) {
        let filledPath = try Self.checked(path, pathParams: pathParams, params: params)
        self.init(method: method, path: filledPath, host: host, authentication: authentication, params: params)
    }

    /// `path` with its placeholders filled in, once the path parameters and `params` are checked.
    private static func checked(
        _ path: String, pathParams: [PathParam], params: some ValidatedParams
    ) throws(StripeValidationError) -> String {
        var validator = RequestValidator()
        var filledPath = path
        for param in pathParams {
            let key = FormKey(param.name)
            validator.checkNotEmpty(param.value, at: key)
            if let maxLength = param.maxLength {
                validator.checkLength(param.value, max: maxLength, at: key)
            }
            filledPath = filledPath.replacingOccurrences(of: "{\(param.name)}", with: pathSegment(param.value))
        }
        params.validate(into: &validator, at: .root)
        try validator.throwIfInvalid()
        return filledPath
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
