/// A stored `billing.meter`.
struct Meter {
    enum Formula: String, CaseIterable { case count, last, sum }
    enum Status: String, CaseIterable { case active, inactive }
    enum MappingType: String, CaseIterable { case byID = "by_id" }

    let id: String
    let created: Int
    var updated: Int
    var displayName: String
    let eventName: String
    let formula: Formula
    let customerPayloadKey: String
    let valuePayloadKey: String
    let eventTimeWindow: TimeWindow?
    var status = Status.active
    var deactivatedAt: Int?

    var json: JSONValue {
        .object([
            "id": .string(id),
            "object": "billing.meter",
            "created": .int(created),
            "customer_mapping": .object([
                "event_payload_key": .string(customerPayloadKey),
                "type": .string(MappingType.byID.rawValue),
            ]),
            "default_aggregation": .object(["formula": .string(formula.rawValue)]),
            "display_name": .string(displayName),
            "event_name": .string(eventName),
            "event_time_window": .string(eventTimeWindow?.rawValue),
            "livemode": .bool(false),
            "status": .string(status.rawValue),
            "status_transitions": .object(["deactivated_at": .int(deactivatedAt)]),
            "updated": .int(updated),
            "value_settings": .object(["event_payload_key": .string(valuePayloadKey)]),
        ])
    }
}

/// A UTC-aligned time window: a meter's `event_time_window` or a `value_grouping_window`.
enum TimeWindow: String, CaseIterable {
    case day, hour

    var seconds: Int {
        switch self {
        case .day: 86_400
        case .hour: 3_600
        }
    }
}
