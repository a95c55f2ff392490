import StripeBilling
import TerraformPlugin

extension BillingMeter.CreateParams {
    /// The parameters that create the meter a `stripe_meter` configuration or state describes;
    /// an unknown or null string reads as empty.
    ///
    /// With `fillingStripeDefaults`, a block left out reads as the value Stripe gives it, so
    /// that leaving a block out and writing Stripe's default describe the same meter.
    init(terraform value: TerraformValue, fillingStripeDefaults: Bool) {
        func block(_ name: String) -> TerraformValue? {
            value[name].elements.first
                ?? (fillingStripeDefaults ? MeterState.stripeDefaults[name] : nil)
        }
        self.init(
            displayName: value["display_name"].stringValue ?? "",
            eventName: value["event_name"].stringValue ?? "",
            defaultAggregation: .init(
                formula: .init(
                    rawValue: value["default_aggregation"].elements.first?["formula"].stringValue
                        ?? "")),
            customerMapping: block("customer_mapping").map { mapping in
                .init(
                    eventPayloadKey: mapping["event_payload_key"].stringValue ?? "",
                    type: .init(rawValue: mapping["type"].stringValue ?? ""))
            },
            eventTimeWindow: value["event_time_window"].stringValue.map(
                BillingMeter.EventTimeWindow.init(rawValue:)),
            valueSettings: block("value_settings").map { settings in
                .init(eventPayloadKey: settings["event_payload_key"].stringValue ?? "")
            }
        )
    }
}
