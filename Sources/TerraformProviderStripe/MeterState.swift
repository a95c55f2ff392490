import StripeBilling
import TerraformPlugin

/// The `stripe_meter` state of a `BillingMeter`.
enum MeterState {
    /// The blocks Stripe fills in when a create leaves them out, with the values it gives them
    /// (the spec's defaults of their fields).
    static let stripeDefaults: [String: TerraformValue] = [
        "customer_mapping": .object([
            "event_payload_key": .string("stripe_customer_id"), "type": .string("by_id"),
        ]),
        "value_settings": .object(["event_payload_key": .string("value")]),
    ]

    /// The state of `meter`. A block that holds Stripe's default stays out of the state when
    /// `reference` (the plan or prior state) leaves it out, or when there is no reference, as
    /// after an import: Terraform requires blocks to follow the configuration, and a
    /// configuration that leaves them out must not see a difference.
    static func value(of meter: BillingMeter, shapedLike reference: TerraformValue)
        -> TerraformValue
    {
        var attributes: [String: TerraformValue] = [
            "id": .string(meter.id),
            "created": .number(.integer(UnixTime.seconds(of: meter.created))),
            "display_name": .string(meter.displayName),
            "event_name": .string(meter.eventName),
            "event_time_window": meter.eventTimeWindow.map { .string($0.rawValue) } ?? .null,
            "livemode": .bool(meter.livemode),
            "status": .string(meter.status.rawValue),
            "status_transitions": .list([
                .object([
                    "deactivated_at": meter.statusTransitions.deactivatedAt.map {
                        .number(.integer(UnixTime.seconds(of: $0)))
                    } ?? .null
                ])
            ]),
            "updated": .number(.integer(UnixTime.seconds(of: meter.updated))),
            "default_aggregation": .list([
                .object(["formula": .string(meter.defaultAggregation.formula.rawValue)])
            ]),
        ]
        let blocks: [String: TerraformValue] = [
            "customer_mapping": .object([
                "event_payload_key": .string(meter.customerMapping.eventPayloadKey),
                "type": .string(meter.customerMapping.type.rawValue),
            ]),
            "value_settings": .object([
                "event_payload_key": .string(meter.valueSettings.eventPayloadKey)
            ]),
        ]
        for (name, block) in blocks {
            let leftOut = reference[name].elements.isEmpty
            attributes[name] = leftOut && block == stripeDefaults[name] ? .list([]) : .list([block])
        }
        return .object(attributes)
    }
}
