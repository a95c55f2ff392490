import Foundation

/// An error response from Stripe: `{"error": {"type", "code", "message", "param", …}}` (v2 errors
/// have no `param`).
public struct StripeAPIError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of error Stripe reports.
    public enum ErrorType: StripeEnum {
        /// A problem on Stripe's side.
        case apiError
        /// A card was declined or could not be charged.
        case cardError
        /// An idempotency key was reused with other parameters.
        case idempotencyError
        /// The request had invalid parameters.
        case invalidRequestError
        /// A v2 session token, such as a meter event session's, has expired: make a new session.
        case temporarySessionExpired
        /// A type this version of the library does not know.
        case unknown(String)

        public static let knownCases: [Self] = [
            .apiError, .cardError, .idempotencyError, .invalidRequestError, .temporarySessionExpired,
        ]

        public init(rawValue: String) {
            switch rawValue {
            case "api_error": self = .apiError
            case "card_error": self = .cardError
            case "idempotency_error": self = .idempotencyError
            case "invalid_request_error": self = .invalidRequestError
            case "temporary_session_expired": self = .temporarySessionExpired
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .apiError: "api_error"
            case .cardError: "card_error"
            case .idempotencyError: "idempotency_error"
            case .invalidRequestError: "invalid_request_error"
            case .temporarySessionExpired: "temporary_session_expired"
            case .unknown(let value): value
            }
        }
    }

    /// The HTTP status.
    public var status: Int
    /// The `Request-Id` header, which Stripe's support asks for.
    public var requestID: String?
    public var type: ErrorType
    /// A short code such as `resource_missing` or `parameter_missing`.
    public var code: String?
    /// A human-readable explanation.
    public var message: String?
    /// The parameter at fault, in Stripe's form encoding: `default_aggregation[formula]`.
    public var param: String?
    /// A link to the documentation of `code`.
    public var docURL: String?
    /// A link to the request in the Stripe Dashboard's logs.
    public var requestLogURL: String?
    /// How long Stripe asked the client to wait before trying again (`Retry-After`), in seconds.
    public var retryAfter: TimeInterval?

    public init(
        status: Int, requestID: String?, type: ErrorType, code: String? = nil, message: String? = nil,
        param: String? = nil, docURL: String? = nil, requestLogURL: String? = nil, retryAfter: TimeInterval? = nil
    ) {
        self.status = status
        self.requestID = requestID
        self.type = type
        self.code = code
        self.message = message
        self.param = param
        self.docURL = docURL
        self.requestLogURL = requestLogURL
        self.retryAfter = retryAfter
    }

    public var description: String {
        var text = "Stripe error \(status) \(type.rawValue)"
        if let code { text += " (\(code))" }
        if let param { text += " for '\(param)'" }
        if let message { text += ": \(message)" }
        if let requestID { text += " [\(requestID)]" }
        return text
    }
}

/// No response arrived: the connection failed or timed out, on every attempt.
public struct StripeConnectionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The method and path of the request.
    public var request: String
    /// How many times the request was sent.
    public var attempts: Int
    /// What the transport reported on the last attempt.
    public var reason: String

    public init(request: String, attempts: Int, reason: String) {
        self.request = request
        self.attempts = attempts
        self.reason = reason
    }

    public var description: String {
        "could not reach Stripe for \(request) after \(attempts) attempt(s): \(reason)"
    }
}

/// A response that is not what Stripe sends: a body that does not decode as the expected object
/// or as a Stripe error.
public struct StripeResponseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var status: Int
    public var requestID: String?
    /// What did not decode, and why.
    public var reason: String

    public init(status: Int, requestID: String?, reason: String) {
        self.status = status
        self.requestID = requestID
        self.reason = reason
    }

    public var description: String {
        "unexpected response \(status)\(requestID.map { " [\($0)]" } ?? ""): \(reason)"
    }
}
