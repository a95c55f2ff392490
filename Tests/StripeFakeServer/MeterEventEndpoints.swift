import Foundation

/// `/v1/billing/meter_events` and `/v1/billing/meter_event_adjustments`.
extension FakeState {
    private enum AdjustmentType: String, CaseIterable { case cancel }

    mutating func createMeterEvent(_ params: Params, now: Int) throws(StripeError) -> JSONValue {
        try params.validateKeys(
            allowed: ["event_name", "identifier", "timestamp"], maps: ["payload"])
        let eventName = try params.requiredString("event_name", maxLength: 100)
        let payload = params.map("payload")
        guard !payload.isEmpty else { throw .parameterMissing("payload") }
        let identifier =
            try params.string("identifier", maxLength: 100) ?? UUID().uuidString.lowercased()
        let timestamp = try params.integer("timestamp") ?? now

        guard let meter = activeMeter(eventName: eventName) else {
            throw .invalidRequest(
                "No active meter was found matching event_name '\(eventName)'.", param: "event_name"
            )
        }
        let event = MeterEvent(
            identifier: identifier, eventName: eventName, meterID: meter.id,
            payload: payload, timestamp: timestamp, created: now
        )
        for key in [meter.customerPayloadKey, meter.valuePayloadKey]
        where event.payloadValue(key) == nil {
            throw .parameterMissing("payload[\(key)]")
        }
        let value = event.payloadValue(meter.valuePayloadKey) ?? ""
        guard let number = Double(value), number.isFinite else {
            throw .invalidRequest(
                "Invalid payload[\(meter.valuePayloadKey)]: '\(value)' is not a number.",
                param: "payload[\(meter.valuePayloadKey)]"
            )
        }
        guard !events.contains(where: { $0.identifier == identifier }) else {
            throw .invalidRequest(
                "A meter event with identifier '\(identifier)' already exists.",
                code: "resource_already_exists", param: "identifier"
            )
        }
        events.append(event)
        return event.json
    }

    /// Cancels one stored event, named by its identifier; the cancellation takes effect at once.
    mutating func createMeterEventAdjustment(_ params: Params) throws(StripeError) -> JSONValue {
        try params.validateKeys(allowed: ["event_name", "type", "cancel[identifier]"])
        let eventName = try params.requiredString("event_name", maxLength: 100)
        let type = try params.requiredEnumValue("type", as: AdjustmentType.self)
        let identifier = try params.requiredString("cancel[identifier]", maxLength: 100)
        guard
            let index = events.firstIndex(where: {
                $0.identifier == identifier && $0.eventName == eventName
            })
        else {
            throw .invalidRequest(
                "No meter event with identifier '\(identifier)' and event_name '\(eventName)' "
                    + "was found.",
                code: "resource_missing", param: "cancel[identifier]"
            )
        }
        events[index].isCancelled = true
        return .object([
            "object": "billing.meter_event_adjustment",
            "cancel": .object(["identifier": .string(identifier)]),
            "event_name": .string(eventName),
            "livemode": .bool(false),
            "status": "pending",
            "type": .string(type.rawValue),
        ])
    }
}
