/// `/v1/billing/meters`: create, retrieve, update, list, deactivate, reactivate.
extension FakeState {
    mutating func createMeter(_ params: Params, now: Int) throws(StripeError) -> JSONValue {
        try params.validateKeys(allowed: [
            "display_name", "event_name", "default_aggregation[formula]", "event_time_window",
            "customer_mapping[event_payload_key]", "customer_mapping[type]",
            "value_settings[event_payload_key]",
        ])
        let displayName = try params.requiredString("display_name", maxLength: 250)
        let eventName = try params.requiredString("event_name", maxLength: 100)
        guard params.contains("default_aggregation") else {
            throw .parameterMissing("default_aggregation")
        }
        let formula = try params.requiredEnumValue(
            "default_aggregation[formula]", as: Meter.Formula.self)
        var customerPayloadKey = "stripe_customer_id"
        if params.contains("customer_mapping") {
            customerPayloadKey = try params.requiredString(
                "customer_mapping[event_payload_key]", maxLength: 100)
            _ = try params.requiredEnumValue("customer_mapping[type]", as: Meter.MappingType.self)
        }
        let valuePayloadKey =
            try params.string("value_settings[event_payload_key]", maxLength: 100) ?? "value"
        let eventTimeWindow = try params.enumValue("event_time_window", as: TimeWindow.self)
        try requireNoActiveMeter(eventName: eventName)

        let meter = Meter(
            id: RandomID.make(prefix: "mtr_", length: 24), created: now, updated: now,
            displayName: displayName, eventName: eventName, formula: formula,
            customerPayloadKey: customerPayloadKey, valuePayloadKey: valuePayloadKey,
            eventTimeWindow: eventTimeWindow
        )
        meters.append(meter)
        return meter.json
    }

    func retrieveMeter(id: String, _ params: Params) throws(StripeError) -> JSONValue {
        try params.validateKeys(allowed: [])
        return try existingMeter(id).json
    }

    mutating func updateMeter(id: String, _ params: Params, now: Int) throws(StripeError)
        -> JSONValue
    {
        try params.validateKeys(allowed: ["display_name"])
        var meter = try existingMeter(id)
        if let displayName = try params.string("display_name", maxLength: 250) {
            meter.displayName = displayName
        }
        meter.updated = now
        save(meter)
        return meter.json
    }

    /// Newest first; ties in `created` keep the later-created meter first.
    func listMeters(_ params: Params) throws(StripeError) -> JSONValue {
        try params.validateKeys(allowed: PageRequest.keys.union(["status"]))
        let status = try params.enumValue("status", as: Meter.Status.self)
        let page = try PageRequest(params).page(
            of: meters.reversed(), id: \.id, object: "billing.meter",
            include: { status == nil || $0.status == status }
        )
        return .list(page.items.map(\.json), hasMore: page.hasMore, url: "/v1/billing/meters")
    }

    /// Deactivates or reactivates; repeating either is allowed and only moves `updated`.
    mutating func setStatus(_ status: Meter.Status, meterID: String, _ params: Params, now: Int)
        throws(StripeError) -> JSONValue
    {
        try params.validateKeys(allowed: [])
        var meter = try existingMeter(meterID)
        if status == .active, meter.status == .inactive {
            try requireNoActiveMeter(eventName: meter.eventName, except: meter.id)
        }
        meter.status = status
        meter.deactivatedAt = status == .inactive ? now : nil
        meter.updated = now
        save(meter)
        return meter.json
    }

    private func existingMeter(_ id: String) throws(StripeError) -> Meter {
        guard let meter = meter(id) else {
            throw .resourceMissing("billing.meter", id: id, param: "id", status: 404)
        }
        return meter
    }

    /// Stripe allows one active meter per event name (and may keep a deactivated one's).
    private func requireNoActiveMeter(eventName: String, except id: String? = nil) throws(StripeError) {
        if let existing = meterHolding(eventName: eventName), existing.id != id {
            throw .invalidRequest(
                "A meter with event_name '\(eventName)' already exists: \(existing.id).",
                code: "resource_already_exists", param: "event_name"
            )
        }
    }
}
