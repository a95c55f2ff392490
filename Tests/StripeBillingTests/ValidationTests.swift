import Foundation
import StripeBilling
import Testing

/// Every invalid request is rejected before it is sent, with all of its problems, each naming
/// Stripe's parameter path.
struct ValidationTests {
    private func problems(_ build: () throws -> StripeRequest) -> [String] {
        do {
            _ = try build()
            return []
        } catch let error as StripeValidationError {
            return error.problems.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    private func text(_ length: Int) -> String {
        String(repeating: "a", count: length)
    }

    @Test func createReportsEveryProblem() {
        let problems = problems {
            try BillingMeter.createRequest(
                params: .init(
                    displayName: text(251), eventName: "",
                    defaultAggregation: .init(formula: .init(rawValue: "median")),
                    customerMapping: .init(eventPayloadKey: text(101), type: .init(rawValue: "by_email")),
                    eventTimeWindow: .init(rawValue: "week"),
                    valueSettings: .init(eventPayloadKey: ""),
                    expand: ["customer_mapping", text(5001)]))
        }
        #expect(problems == [
            "display_name must be at most 250 characters long, but is 251",
            "event_name is required and must not be empty",
            "default_aggregation[formula] must be one of 'count', 'last', 'sum', but is 'median'",
            "customer_mapping[event_payload_key] must be at most 100 characters long, but is 101",
            "customer_mapping[type] must be one of 'by_id', but is 'by_email'",
            "event_time_window must be one of 'day', 'hour', but is 'week'",
            "value_settings[event_payload_key] is required and must not be empty",
            "expand[1] must be at most 5000 characters long, but is 5001",
        ])
    }

    @Test func limitsAreInclusive() {
        let valid = problems {
            try BillingMeter.createRequest(
                params: .init(
                    displayName: text(250), eventName: text(100), defaultAggregation: .init(formula: .count),
                    customerMapping: .init(eventPayloadKey: text(100), type: .byId),
                    valueSettings: .init(eventPayloadKey: text(100))))
        }
        #expect(valid == [])
        #expect(problems { try BillingMeter.listRequest(params: .init(limit: 1)) } == [])
        #expect(problems { try BillingMeter.listRequest(params: .init(limit: 100)) } == [])
    }

    @Test func updateChecksTheIdAndTheUpdateLimit() {
        #expect(problems { try BillingMeter.updateRequest(id: "", params: .init(displayName: text(251))) } == [
            "id is required and must not be empty",
            "display_name must be at most 250 characters long, but is 251",
        ])
    }

    /// The reference says a meter's id has at most 5000 characters; the request builder holds
    /// every path parameter to its limit too.
    @Test func pathIdsAreHeldToTheirLimit() {
        #expect(problems { try BillingMeter.retrieveRequest(id: text(5000)) } == [])
        #expect(problems { try BillingMeter.retrieveRequest(id: text(6000)) } == [
            "id must be at most 5000 characters long, but is 6000"
        ])
    }

    @Test func updateParamsCarryOnlyUpdatableFields() {
        let properties = Mirror(reflecting: BillingMeter.UpdateParams()).children.map(\.label)
        #expect(properties == ["displayName", "expand"])
    }

    @Test func listLimitIsFromOneToAHundred() {
        #expect(problems { try BillingMeter.listRequest(params: .init(limit: 0)) } == ["limit must be at least 1, but is 0"])
        #expect(problems { try BillingMeter.listRequest(params: .init(limit: 101)) } == ["limit must be at most 100, but is 101"])
        #expect(problems { try BillingMeter.listRequest(params: .init(status: .init(rawValue: "archived"))) } == [
            "status must be one of 'active', 'inactive', but is 'archived'"
        ])
    }

    @Test func eventSummariesNeedACustomerAndAnOrderedWindow() {
        let start = Date(timeIntervalSince1970: 1_700_003_600)
        #expect(
            problems {
                try BillingMeter.eventSummariesRequest(
                    id: "mtr_123",
                    params: .init(
                        customer: "", startTime: start, endTime: start.addingTimeInterval(-3600),
                        valueGroupingWindow: .init(rawValue: "minute"), limit: 500))
            } == [
                "customer is required and must not be empty",
                "value_grouping_window must be one of 'day', 'hour', but is 'minute'",
                "limit must be at most 100, but is 500",
                "end_time must be after start_time (1700003600), but is 1700000000",
            ])
        #expect(
            problems {
                try BillingMeter.eventSummariesRequest(
                    id: "mtr_123", params: .init(customer: "cus_1", startTime: start, endTime: start))
            } == ["end_time must be after start_time (1700003600), but is 1700003600"])
    }

    @Test func meterEventLimits() {
        #expect(
            problems {
                try BillingMeterEvent.createRequest(
                    params: .init(eventName: text(101), payload: [:], identifier: text(101)))
            } == [
                "event_name must be at most 100 characters long, but is 101",
                "payload is required and must not be empty",
                "identifier must be at most 100 characters long, but is 101",
            ])
        #expect(
            problems {
                try BillingMeterEvent.createRequest(
                    params: .init(eventName: "tokens", payload: ["stripe_customer_id": "cus_1", "value": text(101)]))
            } == ["payload[value] must be at most 100 characters long, but is 101"])
    }

    @Test func adjustmentLimits() {
        #expect(
            problems {
                try BillingMeterEventAdjustment.createRequest(
                    params: .init(eventName: text(101), type: .init(rawValue: "range"), cancel: .init(identifier: text(101))))
            } == [
                "event_name must be at most 100 characters long, but is 101",
                "type must be one of 'cancel', but is 'range'",
                "cancel[identifier] must be at most 100 characters long, but is 101",
            ])
    }

    /// Stripe counts Unicode scalars: 125 flags are 250 scalars but only 125 Swift characters.
    @Test func lengthCountsUnicodeScalars() {
        func update(_ name: String) -> [String] {
            problems { try BillingMeter.updateRequest(id: "mtr_123", params: .init(displayName: name)) }
        }
        let flags = String(repeating: "🇩🇪", count: 126)
        #expect(flags.count == 126)
        #expect(update(flags) == ["display_name must be at most 250 characters long, but is 252"])
        #expect(update(String(repeating: "🇩🇪", count: 125)) == [])
        #expect(update(String(repeating: "é", count: 250)) == [])
        #expect(update(String(repeating: "e\u{301}", count: 126)) == [
            "display_name must be at most 250 characters long, but is 252"
        ])
    }

    @Test func errorDescriptionListsEveryProblem() {
        let error = StripeValidationError(problems: [
            ValidationProblem(param: "a", message: "is wrong"), ValidationProblem(param: "b[c]", message: "too"),
        ])
        #expect(error.description == "invalid request (2 problems): a is wrong; b[c] too")
    }
}
