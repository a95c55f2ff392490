import Foundation
import StripeBilling
import StripeRuntime

/// The stream's session token: created on first use, renewed before it expires, and one renewal
/// at a time for every sender.
actor MeterEventSession {
    private let client: StripeClient
    private let renewalMargin: TimeInterval
    private var token: (value: String, expiresAt: Date)?
    private var renewal: Task<V2BillingMeterEventSession, any Error>?

    init(client: StripeClient, renewalMargin: Duration) {
        self.client = client
        self.renewalMargin = renewalMargin.timeInterval
    }

    /// A token valid for at least the renewal margin.
    ///
    /// - Throws: `MeterEventSessionError` when no session could be created.
    func currentToken() async throws(MeterEventSessionError) -> String {
        if let token, token.expiresAt.timeIntervalSinceNow > renewalMargin {
            return token.value
        }
        let task: Task<V2BillingMeterEventSession, any Error>
        if let renewal {
            task = renewal
        } else {
            let client = client
            task = Task { try await client.v2BillingMeterEventSession.create() }
            renewal = task
        }
        do {
            let session = try await task.value
            if renewal == task { renewal = nil }
            token = (session.authenticationToken, session.expiresAt)
            return session.authenticationToken
        } catch {
            if renewal == task { renewal = nil }
            throw MeterEventSessionError(underlying: error)
        }
    }

    /// Forgets `value`, which Stripe said has expired, so that the next sender renews it.
    func expire(_ value: String) {
        if token?.value == value { token = nil }
    }
}

/// Why a meter event session could not be created.
struct MeterEventSessionError: Error, CustomStringConvertible {
    /// What `StripeClient` threw: `StripeAPIError`, `StripeConnectionError` or
    /// `StripeResponseError`.
    var underlying: any Error

    var description: String { "creating a meter event session: \(underlying)" }
}

extension Duration {
    /// The duration in seconds, as `Date` arithmetic takes it.
    package var timeInterval: TimeInterval {
        TimeInterval(components.seconds) + TimeInterval(components.attoseconds) / 1e18
    }
}
