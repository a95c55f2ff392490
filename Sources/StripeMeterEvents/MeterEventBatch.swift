import Foundation
import StripeBilling
import StripeRuntime

/// Sends one batch of events on the stream until Stripe takes it: retrying what can be retried
/// with the same identifiers, renewing an expired session, and splitting a batch that Stripe
/// refuses to find the events it refuses, so that the good ones are delivered.
struct MeterEventBatch: Sendable {
    /// The most events one stream request may carry.
    static let maximumSize = 100

    let events: [MeterEvent]
    let session: MeterEventSession
    /// Sends the stream's requests, without retries of its own: the batch retries them.
    let client: StripeClient
    let configuration: MeterEventStreamConfiguration
    /// Counts each request sent again.
    let retries: RetryCount

    /// What became of each event, in order. Gives up on events still undelivered at `deadline`,
    /// which is read before each wait: a shutdown can bring it forward.
    func deliver(until deadline: @escaping @Sendable () -> ContinuousClock.Instant) async -> [MeterEventDelivery] {
        await deliver(events, until: deadline)
    }

    private func deliver(
        _ events: [MeterEvent], until deadline: @escaping @Sendable () -> ContinuousClock.Instant
    ) async -> [MeterEventDelivery] {
        var attempt = 0
        var lastFailure = "no attempt was made"
        while !Task.isCancelled {
            let wait: Duration?
            do {
                let token = try await session.currentToken()
                do {
                    try await client.v2BillingMeterEventStream.create(params: .init(events: events), sessionToken: token)
                    return events.map { MeterEventDelivery(identifier: $0.identifier ?? "", outcome: .delivered) }
                } catch let error as StripeAPIError where error.isExpiredSession {
                    lastFailure = error.description
                    await session.expire(token)
                    wait = nil
                }
            } catch let error as StripeAPIError where error.status == 400 {
                return await isolateRefused(events, refusal: error.description, until: deadline)
            } catch let error as StripeResponseError where error.status == 400 {
                return await isolateRefused(events, refusal: error.description, until: deadline)
            } catch let failure {
                let error = (failure as? MeterEventSessionError)?.underlying ?? failure
                lastFailure = "\(failure)"
                switch error {
                case let error as StripeAPIError where MeterEventFailure.isTemporary(status: error.status):
                    wait = backoff(after: attempt, retryAfter: error.retryAfter)
                case let error as StripeResponseError where MeterEventFailure.isTemporary(status: error.status):
                    wait = backoff(after: attempt, retryAfter: nil)
                case is StripeConnectionError:
                    // No answer: the connection failed, dropped or timed out. The events may have
                    // arrived; their identifiers make sending them again safe.
                    wait = backoff(after: attempt, retryAfter: nil)
                default:
                    // The key is refused, or Stripe refuses the request for good.
                    return events.map { MeterEventDelivery(identifier: $0.identifier ?? "", outcome: .failed(lastFailure)) }
                }
            }
            attempt += 1
            if let wait {
                guard ContinuousClock.now + wait < deadline() else { break }
                try? await Task.sleep(for: wait)
            } else if attempt > 10 {
                break
            }
            retries.increment()
        }
        let reason = "not delivered before the retry deadline; last: \(lastFailure)"
        return events.map { MeterEventDelivery(identifier: $0.identifier ?? "", outcome: .failed(reason)) }
    }

    /// A batch Stripe refused as a whole: one event alone is refused; otherwise each half is sent
    /// on its own, so that the refused events are found and the others delivered.
    private func isolateRefused(
        _ events: [MeterEvent], refusal: String, until deadline: @escaping @Sendable () -> ContinuousClock.Instant
    ) async -> [MeterEventDelivery] {
        guard events.count > 1 else {
            return [MeterEventDelivery(identifier: events[0].identifier ?? "", outcome: .failed(refusal))]
        }
        let middle = events.count / 2
        let first = await deliver(Array(events[..<middle]), until: deadline)
        return await first + deliver(Array(events[middle...]), until: deadline)
    }

    /// Full jitter over an exponential backoff, never shorter than Stripe's `Retry-After`.
    private func backoff(after retries: Int, retryAfter: TimeInterval?) -> Duration {
        let ceiling = min(configuration.initialBackoff * (1 << min(retries, 20)), configuration.maximumBackoff)
        let jittered = ceiling * Double.random(in: 0...1)
        let requested = retryAfter.map { Duration.milliseconds(Int($0 * 1000)) } ?? .zero
        return max(jittered, requested)
    }
}

/// What the stream makes of Stripe's failures.
enum MeterEventFailure {
    /// Whether a request answered with `status` may succeed when sent again: Stripe was busy
    /// (`429`), in conflict (`409`) or failing (`5xx`).
    static func isTemporary(status: Int) -> Bool {
        status == 429 || status == 409 || status >= 500
    }
}

extension StripeAPIError {
    /// Whether the session token expired, so that a new session makes the request good.
    var isExpiredSession: Bool {
        status == 401 && code == "billing_meter_event_session_expired"
    }
}
