import Foundation
import StripeRuntime

/// How a `MeterEventStream` reaches Stripe, batches, retries and holds events.
public struct MeterEventStreamConfiguration: Sendable {
    /// Where meter event sessions are created: `https://api.stripe.com`.
    public var apiBase: URL
    /// Where the stream is: `https://meter-events.stripe.com`.
    public var meterEventsBase: URL
    /// How long a batch of fewer than 100 events waits for more before it is sent.
    public var batchDelay: Duration
    /// How many stream requests may be in flight at once.
    public var concurrentRequests: Int
    /// How many accepted events may wait or be in flight; recording waits while it is full.
    public var bufferCapacity: Int
    /// How long a batch is retried, from its first attempt, before its events are reported failed.
    public var retryDeadline: Duration
    /// The first retry's longest wait; each retry doubles it, up to `maximumBackoff`, with full
    /// jitter, and never less than a `Retry-After` that Stripe sends.
    public var initialBackoff: Duration
    public var maximumBackoff: Duration
    /// How long before its `expires_at` a session token is renewed.
    public var sessionRenewalMargin: Duration
    /// How long a request may take before it counts as failed and is retried.
    public var requestTimeout: TimeInterval
    public var transport: any HTTPTransport

    public init(
        apiBase: URL = URL(string: "https://api.stripe.com")!,
        meterEventsBase: URL = URL(string: "https://meter-events.stripe.com")!,
        batchDelay: Duration = .milliseconds(100), concurrentRequests: Int = 4, bufferCapacity: Int = 10_000,
        retryDeadline: Duration = .seconds(120), initialBackoff: Duration = .milliseconds(500),
        maximumBackoff: Duration = .seconds(8), sessionRenewalMargin: Duration = .seconds(60),
        requestTimeout: TimeInterval = 30, transport: any HTTPTransport = URLSessionTransport()
    ) {
        self.apiBase = apiBase
        self.meterEventsBase = meterEventsBase
        self.batchDelay = batchDelay
        self.concurrentRequests = max(concurrentRequests, 1)
        self.bufferCapacity = max(bufferCapacity, MeterEventBatch.maximumSize)
        self.retryDeadline = retryDeadline
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.sessionRenewalMargin = sessionRenewalMargin
        self.requestTimeout = requestTimeout
        self.transport = transport
    }
}
