/// `GET /v1/billing/meters/{id}/event_summaries`: aggregates a customer's stored events on demand.
extension FakeState {
    /// One summary for `[start_time, end_time)`, or, with `value_grouping_window`, one per
    /// non-empty UTC hour/day bucket clipped to that range; newest bucket first.
    /// Empty buckets produce no summary.
    func listEventSummaries(meterID: String, _ params: Params) throws(StripeError) -> JSONValue {
        try params.validateKeys(
            allowed: PageRequest.keys.union([
                "customer", "start_time", "end_time", "value_grouping_window",
            ])
        )
        guard let meter = meter(meterID) else {
            throw .resourceMissing("billing.meter", id: meterID, param: "id", status: 404)
        }
        let customer = try params.requiredString("customer")
        let startTime = try params.requiredInteger("start_time")
        let endTime = try params.requiredInteger("end_time")
        guard startTime < endTime else {
            throw .invalidRequest("start_time must be earlier than end_time.", param: "start_time")
        }
        let window = try params.enumValue("value_grouping_window", as: TimeWindow.self)
        let pageRequest = try PageRequest(params)

        let matching = events.filter { event in
            !event.isCancelled && event.meterID == meter.id
                && event.payloadValue(meter.customerPayloadKey) == customer
                && (startTime..<endTime).contains(event.timestamp)
        }
        let buckets = Dictionary(grouping: matching) { event in
            window.map { event.timestamp - floorModulo(event.timestamp, $0.seconds) } ?? startTime
        }
        let summaries = buckets.map { bucketStart, events in
            let start = max(bucketStart, startTime)
            let end = window.map { min(bucketStart + $0.seconds, endTime) } ?? endTime
            return EventSummary(
                meterID: meter.id, customer: customer, startTime: start, endTime: end,
                value: meter.formula.aggregate(events, valueKey: meter.valuePayloadKey)
            )
        }
        .sorted { $0.startTime > $1.startTime }

        let page = try pageRequest.page(
            of: summaries, id: \.id, object: "billing.meter_event_summary")
        return .list(
            page.items.map(\.json), hasMore: page.hasMore,
            url: "/v1/billing/meters/\(meter.id)/event_summaries"
        )
    }
}

/// A computed `billing.meter_event_summary`.
private struct EventSummary {
    let meterID: String
    let customer: String
    let startTime: Int
    let endTime: Int
    let value: Double

    /// `mtrusg_` and a hash of meter, customer and bucket: the same bucket keeps its id.
    var id: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64-bit
        for byte in "\(meterID)|\(customer)|\(startTime)|\(endTime)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return "mtrusg_" + String(hash, radix: 16)
    }

    var json: JSONValue {
        .object([
            "id": .string(id),
            "object": "billing.meter_event_summary",
            "aggregated_value": .number(value),
            "end_time": .int(endTime),
            "livemode": .bool(false),
            "meter": .string(meterID),
            "start_time": .int(startTime),
        ])
    }
}

extension Meter.Formula {
    /// `count`: the number of events; `sum`: the sum of their values;
    /// `last`: the value of the latest event by timestamp (ties go to the later arrival).
    func aggregate(_ events: [MeterEvent], valueKey: String) -> Double {
        let values = events.map { Double($0.payloadValue(valueKey) ?? "") ?? 0 }
        switch self {
        case .count:
            return Double(events.count)
        case .sum:
            return values.reduce(0, +)
        case .last:
            let latest = events.indices.max {
                (events[$0].timestamp, $0) < (events[$1].timestamp, $1)
            }
            return latest.map { values[$0] } ?? 0
        }
    }
}

/// `value mod divisor`, in `0..<divisor` also for negative values.
private func floorModulo(_ value: Int, _ divisor: Int) -> Int {
    (value % divisor + divisor) % divisor
}
