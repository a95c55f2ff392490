/// Per-request settings.
public struct RequestOptions: Sendable, Hashable {
    /// The `Idempotency-Key` of a `POST`; when `nil`, the client makes one (a UUID) per call and
    /// keeps it across retries.
    public var idempotencyKey: String?
    /// The connected account to act for (`Stripe-Account`), if any.
    public var stripeAccount: String?

    public init(idempotencyKey: String? = nil, stripeAccount: String? = nil) {
        self.idempotencyKey = idempotencyKey
        self.stripeAccount = stripeAccount
    }
}
