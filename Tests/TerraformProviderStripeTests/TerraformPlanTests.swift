import StripeBilling
import Testing
import TerraformProviderStripe

@testable import TerraformProviderStripeResources

/// The seed doc's rule: "Once created, you can update the display_name. Other attribute edits will
/// trigger a destroy action (archival) and creation of a new meter entry."
struct TerraformPlanTests {
    static let prior = BillingMeter.CreateParams(
        displayName: "Search API Calls", eventName: "ai_search_api", defaultAggregation: .init(formula: .sum),
        customerMapping: .init(eventPayloadKey: "stripe_customer_id", type: .byId), eventTimeWindow: .hour,
        valueSettings: .init(eventPayloadKey: "value"))

    private func plan(_ change: (inout BillingMeter.CreateParams) -> Void) -> TerraformPlan<BillingMeter.UpdateParams> {
        var desired = Self.prior
        change(&desired)
        return BillingMeterResource.plan(prior: Self.prior, desired: desired)
    }

    @Test func identicalConfigurationChangesNothing() {
        #expect(plan { _ in } == .noChange)
        #expect(plan { $0.expand = ["customer_mapping"] } == .noChange)
    }

    @Test func displayNameUpdatesInPlace() {
        #expect(plan { $0.displayName = "Search calls" } == .update(.init(displayName: "Search calls")))
    }

    @Test func eachCreateOnlyAttributeForcesReplacement() {
        #expect(plan { $0.eventName = "search" } == .replace(forcedBy: ["event_name"]))
        #expect(plan { $0.defaultAggregation = .init(formula: .last) } == .replace(forcedBy: ["default_aggregation"]))
        #expect(
            plan { $0.customerMapping = .init(eventPayloadKey: "customer_id", type: .byId) }
                == .replace(forcedBy: ["customer_mapping"]))
        #expect(plan { $0.eventTimeWindow = .day } == .replace(forcedBy: ["event_time_window"]))
        #expect(plan { $0.eventTimeWindow = nil } == .replace(forcedBy: ["event_time_window"]))
        #expect(plan { $0.valueSettings = .init(eventPayloadKey: "tokens") } == .replace(forcedBy: ["value_settings"]))
    }

    @Test func replacementListsEveryForcingAttributeAndWinsOverAnUpdate() {
        let changed = plan {
            $0.displayName = "Renamed"
            $0.eventName = "renamed"
            $0.defaultAggregation = .init(formula: .count)
        }
        // In the order of the object's fields.
        #expect(changed == .replace(forcedBy: ["default_aggregation", "event_name"]))
    }

    /// Stripe fills in `customer_mapping` and `value_settings` when a meter is created without
    /// them; leaving them out of the configuration keeps what the meter has.
    @Test func omittedSettingsThatStripeFillsInAreKept() {
        #expect(plan { $0.customerMapping = nil } == .noChange)
        #expect(plan { $0.valueSettings = nil } == .noChange)
    }
}
