import Foundation
import StripeBilling
import TestSupport
import Testing

/// How each kind of field decodes through `DecodedFields`: optionals missing or `null`, a
/// model's timestamps from Unix seconds, and the error a missing or mistyped field throws.
struct ModelDecodingTests {
    /// Stripe's example meter (`stripe-fixtures-billing-meter.json`), with `change` applied.
    private func meter(_ change: (inout [String: Any]) -> Void = { _ in }) throws -> Data {
        let root = try JSONSerialization.jsonObject(with: Fixtures.data("stripe-fixtures-billing-meter.json"))
        let fixtures = try #require((root as? [String: Any])?["fixtures3"] as? [String: Any])
        var meter = try #require(fixtures["billing.meter"] as? [String: Any])
        change(&meter)
        return try JSONSerialization.data(withJSONObject: meter)
    }

    @Test func optionalsAreNilWhenMissingOrNull() throws {
        let null = try JSONDecoder().decode(BillingMeter.self, from: meter())
        #expect(null.eventTimeWindow == nil)
        #expect(null.statusTransitions.deactivatedAt == nil)
        let missing = try JSONDecoder().decode(
            BillingMeter.self,
            from: meter {
                $0["event_time_window"] = nil
                $0["status_transitions"] = [String: Any]()
            })
        #expect(missing.eventTimeWindow == nil)
        #expect(missing.statusTransitions.deactivatedAt == nil)
    }

    @Test func timestampsAndValuesDecodeAsStripeSendsThem() throws {
        let decoded = try JSONDecoder().decode(
            BillingMeter.self,
            from: meter {
                $0["event_time_window"] = "hour"
                $0["status_transitions"] = ["deactivated_at": 1_700_000_000]
            })
        #expect(decoded.created == Date(timeIntervalSince1970: 1_234_567_890))
        #expect(decoded.statusTransitions.deactivatedAt == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(decoded.eventTimeWindow == .hour)
        #expect(decoded.customerMapping == .init(eventPayloadKey: "customer", type: .byId))
        #expect(decoded.livemode)
    }

    @Test func missingRequiredFieldNamesItsKey() throws {
        let json = try meter { $0["event_name"] = nil }
        do {
            _ = try JSONDecoder().decode(BillingMeter.self, from: json)
            Issue.record("decoded without event_name")
        } catch DecodingError.keyNotFound(let key, _) {
            #expect(key.stringValue == "event_name")
        }
    }

    @Test func mistypedNestedFieldNamesItsPath() throws {
        let json = try meter { $0["status_transitions"] = ["deactivated_at": "yesterday"] }
        do {
            _ = try JSONDecoder().decode(BillingMeter.self, from: json)
            Issue.record("decoded a string as a timestamp")
        } catch DecodingError.typeMismatch(_, let context) {
            #expect(context.codingPath.map(\.stringValue) == ["status_transitions", "deactivated_at"])
        }
    }

    @Test func paramsLeaveMissingOptionalsNilAndRequireTheRest() throws {
        let params = try JSONDecoder().decode(
            BillingMeter.ListParams.self, from: Data(#"{"limit": 3, "expand": null}"#.utf8))
        #expect(params == BillingMeter.ListParams(limit: 3))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(BillingMeter.CreateParams.self, from: Data(#"{"display_name": "x"}"#.utf8))
        }
    }
}
