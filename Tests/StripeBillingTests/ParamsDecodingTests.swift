import Foundation
import StripeBilling
import Testing

/// Parameters decode from JSON keyed by Stripe's parameter names, as other descriptions of a
/// request (a Terraform configuration) reach them.
struct ParamsDecodingTests {
    @Test func createParamsDecodeFromStripeNames() throws {
        let json = """
            {"display_name": "API calls", "event_name": "api_call",
             "default_aggregation": {"formula": "sum"},
             "customer_mapping": {"event_payload_key": "customer", "type": "by_id"},
             "event_time_window": "hour"}
            """
        let params = try JSONDecoder().decode(BillingMeter.CreateParams.self, from: Data(json.utf8))
        #expect(
            params
                == BillingMeter.CreateParams(
                    displayName: "API calls", eventName: "api_call", defaultAggregation: .init(formula: .sum),
                    customerMapping: .init(eventPayloadKey: "customer", type: .byId), eventTimeWindow: .hour))
    }

    @Test func timestampsDecodeFromUnixSeconds() throws {
        let json = #"{"customer": "cus_1", "start_time": 1700000000, "end_time": 1700003600}"#
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        let params = try decoder.decode(BillingMeter.EventSummariesParams.self, from: Data(json.utf8))
        #expect(params.startTime == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(params.endTime == Date(timeIntervalSince1970: 1_700_003_600))
    }
}
