import Foundation
import StripeRuntime

/// One usage event for Stripe's v2 meter event stream.
public struct MeterEvent: Sendable, Hashable {
    /// The `event_name` of the meter it counts toward.
    public var eventName: String
    /// The meter's payload keys, such as `stripe_customer_id` and `value`, as text.
    public var payload: [String: String]
    /// Stripe counts an identifier once within 24 hours, so a retry that carries the same one
    /// cannot double the event. The stream gives each event one when it is recorded, if it has
    /// none.
    public var identifier: String?
    /// When the event happened: within the past 35 days or up to 5 minutes ahead; Stripe takes
    /// the time it receives the event when `nil`.
    public var timestamp: Date?

    public init(eventName: String, payload: [String: String], identifier: String? = nil, timestamp: Date? = nil) {
        self.eventName = eventName
        self.payload = payload
        self.identifier = identifier
        self.timestamp = timestamp
    }

    /// Stripe's rules for a stream event that can be checked before sending, each broken one named
    /// by its parameter.
    func problems(at now: Date) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if eventName.isEmpty || eventName.unicodeScalars.count > 100 {
            problems.append(ValidationProblem(param: "event_name", message: "must be 1 to 100 characters long"))
        }
        if payload.isEmpty {
            problems.append(ValidationProblem(param: "payload", message: "is required and must not be empty"))
        }
        if let identifier, identifier.isEmpty || identifier.unicodeScalars.count > 100 {
            problems.append(ValidationProblem(param: "identifier", message: "must be 1 to 100 characters long"))
        }
        if let timestamp, !(now.addingTimeInterval(-35 * 86_400)...now.addingTimeInterval(300)).contains(timestamp) {
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
