import Foundation

/// Where and how a `StripeClient` sends its requests.
public struct StripeClientConfiguration: Sendable {
    /// Stripe's API, or a server that stands in for it.
    public var baseURL: URL
    /// The meter event stream's server, or one that stands in for it.
    public var meterEventsBaseURL: URL
    /// How long to wait for each response, in seconds (Stripe's SDKs wait 80).
    public var timeout: TimeInterval
    /// When to try a request again.
    public var retryPolicy: RetryPolicy
    /// Receives one line per attempt: method, path, status, request id, retries. Lines never
    /// contain the API key or any header.
    public var logger: (@Sendable (String) -> Void)?

    public init(
        baseURL: URL = URL(string: "https://api.stripe.com")!,
        meterEventsBaseURL: URL = URL(string: "https://meter-events.stripe.com")!,
        timeout: TimeInterval = 80,
        retryPolicy: RetryPolicy = RetryPolicy(),
        logger: (@Sendable (String) -> Void)? = nil
    ) {
        self.baseURL = baseURL
        self.meterEventsBaseURL = meterEventsBaseURL
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.logger = logger
    }
}

/// Retries with exponential backoff, as Stripe's SDKs do: for network errors, `409`, `429`,
/// `5xx` and responses that say `Stripe-Should-Retry: true`, never for other `4xx` or when the
/// response says `Stripe-Should-Retry: false`. A retried `POST` keeps its idempotency key.
public struct RetryPolicy: Sendable {
    /// Retries after the first attempt; `0` turns retrying off.
    public var maxRetries: Int
    /// The wait before the first retry, in seconds; it doubles with each retry.
    public var initialDelay: TimeInterval
    /// The longest wait between attempts, in seconds.
    public var maxDelay: TimeInterval

    public init(maxRetries: Int = 2, initialDelay: TimeInterval = 0.5, maxDelay: TimeInterval = 8) {
        self.maxRetries = maxRetries
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
    }

    /// Whether a response with this status and headers should be tried again.
    public func shouldRetry(_ response: StripeHTTPResponse) -> Bool {
        switch response.header("Stripe-Should-Retry") {
        case "true": return true
        case "false": return false
        default: return [409, 429].contains(response.status) || response.status >= 500
        }
    }

    /// The wait before retry number `retry` (from 1): the doubled delay with jitter (between half
    /// and all of it, but no less than `initialDelay`), or longer when the response's
    /// `Retry-After` asks for it (up to a minute).
    public func delay(beforeRetry retry: Int, after response: StripeHTTPResponse?) -> TimeInterval {
        let backoff = min(initialDelay * pow(2, Double(retry - 1)), maxDelay)
        let jittered = max(initialDelay, backoff * Double.random(in: 0.5...1))
        guard let retryAfter = response?.header("Retry-After").flatMap(TimeInterval.init), retryAfter <= 60 else {
            return jittered
        }
        return max(jittered, retryAfter)
    }
}
