import Foundation
import StripeRuntime

/// Sends one batch of events on the stream until Stripe takes it: retrying what can be retried
/// with the same identifiers, renewing an expired session, and splitting a batch that Stripe
/// refuses to find the events it refuses, so that the good ones are delivered.
struct MeterEventBatch: Sendable {
    /// The most events one stream request may carry.
    static let maximumSize = 100

    let events: [MeterEvent]
    let session: MeterEventSession
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
                let response = try await configuration.transport.send(request(for: events, token: token))
                if (200..<300).contains(response.status) {
                    return events.map { MeterEventDelivery(identifier: $0.identifier ?? "", outcome: .delivered) }
                }
                let error = MeterEventStreamError(response: response, doing: "sending meter events")
                lastFailure = error.description
                if error.isExpiredSession {
                    await session.expire(token)
                    wait = nil
                } else if response.status == 400 {
                    return await isolateRefused(events, refusal: error, until: deadline)
                } else if response.status == 429 || response.status == 409 || response.status >= 500 {
                    wait = backoff(after: attempt, retryAfter: response.header("Retry-After"))
                } else {
                    return events.map { MeterEventDelivery(identifier: $0.identifier ?? "", outcome: .failed(error.description)) }
                }
            } catch let error as MeterEventStreamError where !(error.status == 429 || error.status >= 500) {
                // The session cannot be created: the key is wrong or Stripe refuses it.
                return events.map { MeterEventDelivery(identifier: $0.identifier ?? "", outcome: .failed(error.description)) }
            } catch {
                // No answer: the connection failed, dropped or timed out. The events may have
                // arrived; their identifiers make sending them again safe.
                lastFailure = "\(error)"
                wait = backoff(after: attempt, retryAfter: nil)
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
        _ events: [MeterEvent], refusal: MeterEventStreamError,
        until deadline: @escaping @Sendable () -> ContinuousClock.Instant
    ) async -> [MeterEventDelivery] {
        guard events.count > 1 else {
            return [MeterEventDelivery(identifier: events[0].identifier ?? "", outcome: .failed(refusal.description))]
        }
        let middle = events.count / 2
        let first = await deliver(Array(events[..<middle]), until: deadline)
        return await first + deliver(Array(events[middle...]), until: deadline)
    }

    /// Full jitter over an exponential backoff, never shorter than Stripe's `Retry-After`.
    private func backoff(after retries: Int, retryAfter: String?) -> Duration {
        let ceiling = min(configuration.initialBackoff * (1 << min(retries, 20)), configuration.maximumBackoff)
        let jittered = ceiling * Double.random(in: 0...1)
        let requested = retryAfter.flatMap(Double.init).map { Duration.milliseconds(Int($0 * 1000)) } ?? .zero
        return max(jittered, requested)
    }

    private func request(for events: [MeterEvent], token: String) -> StripeHTTPRequest {
        StripeHTTPRequest(
            method: "POST", url: configuration.meterEventsBase.appendingPathComponent("v2/billing/meter_event_stream"),
            headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
            body: StreamBody.json(events), timeout: configuration.requestTimeout)
    }
}

/// The stream's JSON body, `{"events": [{"event_name", "payload", "identifier", "timestamp"}]}`,
/// written directly: batches are sent at volume, and `JSONEncoder` costs several times more.
enum StreamBody {
    static func json(_ events: [MeterEvent]) -> Data {
        var json: [UInt8] = []
        json.reserveCapacity(events.count * 160)
        json += #"{"events":["#.utf8
        for (index, event) in events.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json += #"{"event_name":"#.utf8
            appendString(event.eventName, to: &json)
            json += #","payload":{"#.utf8
            for (position, (key, value)) in event.payload.sorted(by: { $0.key < $1.key }).enumerated() {
                if position > 0 { json.append(UInt8(ascii: ",")) }
                appendString(key, to: &json)
                json.append(UInt8(ascii: ":"))
                appendString(value, to: &json)
            }
            json.append(UInt8(ascii: "}"))
            if let identifier = event.identifier {
                json += #","identifier":"#.utf8
                appendString(identifier, to: &json)
            }
            if let timestamp = event.timestamp {
                json += #","timestamp":"#.utf8
                appendString(RFC3339.string(from: timestamp), to: &json)
            }
            json.append(UInt8(ascii: "}"))
        }
        json += "]}".utf8
        return Data(json)
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped.
    private static func appendString(_ text: String, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                json += [UInt8(ascii: "\\"), byte]
            case 0..<0x20:
                json += "\\u00".utf8
                json += [hexDigit(byte >> 4), hexDigit(byte & 0xf)]
            default:
                json.append(byte)
            }
        }
        json.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
