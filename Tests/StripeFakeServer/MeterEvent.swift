/// A stored `billing.meter_event`.
struct MeterEvent {
    let identifier: String
    let eventName: String
    /// The meter that was active for `eventName` when the event arrived.
    let meterID: String
    let payload: [(key: String, value: String)]
    let timestamp: Int
    let created: Int
    var isCancelled = false

    /// The last payload value under `key`.
    func payloadValue(_ key: String) -> String? {
        payload.last { $0.key == key }?.value
    }

    var json: JSONValue {
        .object([
            "object": "billing.meter_event",
            "created": .int(created),
            "event_name": .string(eventName),
            "identifier": .string(identifier),
            "livemode": .bool(false),
            "payload": .object(
                Dictionary(payload.map { ($0.key, JSONValue.string($0.value)) }) { _, last in last }
            ),
            "timestamp": .int(timestamp),
        ])
    }
}
