import Foundation
import StripeBilling
import TestSupport
import Testing

/// The generated models decode Stripe's own example objects and encode them back unchanged.
struct ModelRoundTripTests {
    /// Decodes `json` as `Model`, encodes the result, and returns it with the re-encoded JSON.
    private func roundTrip<Model: Codable>(_ type: Model.Type, _ json: Data) throws -> (Model, JSONTree) {
        let model = try JSONDecoder().decode(Model.self, from: json)
        let encoded = try JSONEncoder().encode(model)
        return (model, try JSONTree(data: encoded))
    }

    /// Each example object of `set` (`fixtures3` or `fixtures3_beta`) by its object name, as JSON.
    private func fixtures(_ set: String) throws -> [String: Data] {
        let root = try JSONSerialization.jsonObject(with: Fixtures.data("stripe-fixtures-billing-meter.json"))
        let objects = try #require((root as? [String: Any])?[set] as? [String: Any])
        return try objects.mapValues { try JSONSerialization.data(withJSONObject: $0) }
    }

    @Test(arguments: ["fixtures3", "fixtures3_beta"])
    func stripeFixturesRoundTrip(set: String) throws {
        let objects = try fixtures(set)
        #expect(objects.keys.sorted() == [
            "billing.meter", "billing.meter_event", "billing.meter_event_adjustment", "billing.meter_event_summary",
        ])
        for (name, json) in objects {
            let expected = try JSONTree(data: json)
            let encoded: JSONTree
            switch name {
            case "billing.meter": encoded = try roundTrip(BillingMeter.self, json).1
            case "billing.meter_event": encoded = try roundTrip(BillingMeterEvent.self, json).1
            case "billing.meter_event_adjustment": encoded = try roundTrip(BillingMeterEventAdjustment.self, json).1
            default: encoded = try roundTrip(BillingMeterEventSummary.self, json).1
            }
            #expect(encoded == expected, "\(set).\(name) changed in a round trip")
        }
    }

    @Test func stripeFixtureValues() throws {
        let json = try #require(try fixtures("fixtures3")["billing.meter"])
        let meter = try JSONDecoder().decode(BillingMeter.self, from: json)
        #expect(meter.id == "meter_123")
        #expect(meter.customerMapping.type == .byId)
        #expect(meter.defaultAggregation.formula == .sum)
        #expect(meter.created == Date(timeIntervalSince1970: 1_234_567_890))
        #expect(meter.status == .active)
        #expect(meter.statusTransitions.deactivatedAt == nil)

        let eventJSON = try #require(try fixtures("fixtures3")["billing.meter_event"])
        let event = try JSONDecoder().decode(BillingMeterEvent.self, from: eventJSON)
        #expect(event.payload == ["stripe_customer_id": "cus_123", "value": "25"])

        let summaryJSON = try #require(try fixtures("fixtures3")["billing.meter_event_summary"])
        let summary = try JSONDecoder().decode(BillingMeterEventSummary.self, from: summaryJSON)
        #expect(summary.aggregatedValue == 25)
        #expect(summary.meter == "mtr_test_61Q8nQMqIFK9fRQmr41CMAXJrFdZ5MnA")
    }

    @Test func createResponseFromTheAPIReference() throws {
        let json = try Fixtures.data("create-meter-response.json")
        let (meter, encoded) = try roundTrip(BillingMeter.self, json)
        #expect(encoded == (try JSONTree(data: json)))
        #expect(meter.id == "mtr_test_61Q8nQMqIFK9fRQmr41CMAXJrFdZ5MnA")
        #expect(meter.displayName == "Search API Calls")
        #expect(meter.eventTimeWindow == nil)
        #expect(meter.statusTransitions.deactivatedAt == nil)
        #expect(meter.valueSettings.eventPayloadKey == "value")
        #expect(meter.created == Date(timeIntervalSince1970: 1_704_824_589))
        // `null` stays `null` on the way out rather than disappearing.
        #expect(encoded["event_time_window"] == .null)
        #expect(encoded["status_transitions"]?["deactivated_at"] == .null)
    }

    @Test func listEnvelope() throws {
        let meter = String(decoding: try Fixtures.data("create-meter-response.json"), as: UTF8.self)
        let json = Data(#"{"object": "list", "data": [\#(meter)], "has_more": true, "url": "/v1/billing/meters"}"#.utf8)
        let (page, encoded) = try roundTrip(StripeList<BillingMeter>.self, json)
        #expect(page.hasMore)
        #expect(page.data.map(\.id) == ["mtr_test_61Q8nQMqIFK9fRQmr41CMAXJrFdZ5MnA"])
        #expect(encoded == (try JSONTree(data: json)))
    }
}
