import Foundation
import StripeBilling
import StripeRuntime

/// One usage event for Stripe's v2 meter event stream: the stream operation's generated event, so
/// that what the stream records is what the spec says Stripe takes.
///
/// Stripe counts an `identifier` once within 24 hours, so a retry that carries the same one cannot
/// double the event; the stream gives each event one when it is recorded, if it has none.
public typealias MeterEvent = V2BillingMeterEventStream.CreateParams.Event

extension MeterEvent {
    /// How far back and ahead of now Stripe takes an event's `timestamp`: 35 days back, 5 minutes
    /// ahead.
    static let acceptedTimes = (past: TimeInterval(35 * 86_400), future: TimeInterval(300))

    /// Stripe's rules for a stream event that can be checked before sending, each broken one named
    /// by its parameter: the spec's, then the time window, which depends on `now`.
    func problems(at now: Date) -> [ValidationProblem] {
        var validator = RequestValidator()
        validate(into: &validator, at: .root)
        var problems = validator.problems
        let window = now.addingTimeInterval(-Self.acceptedTimes.past)...now.addingTimeInterval(Self.acceptedTimes.future)
        if let timestamp, !window.contains(timestamp) {
            problems.append(
                ValidationProblem(param: "timestamp", message: "must be within the past 35 days or up to 5 minutes ahead"))
        }
        return problems
    }
}

/// What became of an event the stream accepted.
public struct MeterEventDelivery: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// Stripe took the event.
        case delivered
        /// The event was not delivered, for the reason given: Stripe refused it, or it could not
        /// be sent before the retry deadline or the shutdown.
        case failed(String)
    }

    /// The event's identifier, given or made when it was recorded.
    public var identifier: String
    public var outcome: Outcome
}
