import Foundation
import StripeBilling
import TestSupport
import Testing

/// Stripe adds enum values over time (formula `last` came after the first meter docs): a value
/// the library does not know must survive decoding and encoding unchanged.
struct ForwardCompatibleEnumTests {
    private func meterJSON(replacing old: String, with new: String) throws -> Data {
        let text = String(decoding: try Fixtures.data("create-meter-response.json"), as: UTF8.self)
        #expect(text.contains(old))
        return Data(text.replacingOccurrences(of: old, with: new).utf8)
    }

    @Test func unknownFormulaSurvivesARoundTrip() throws {
        let json = try meterJSON(replacing: #""formula": "sum""#, with: #""formula": "median""#)
        let meter = try JSONDecoder().decode(BillingMeter.self, from: json)
        #expect(meter.defaultAggregation.formula == .unknown("median"))
        #expect(meter.defaultAggregation.formula.rawValue == "median")
        #expect(!meter.defaultAggregation.formula.isKnown)
        let encoded = try JSONTree(data: JSONEncoder().encode(meter))
        #expect(encoded == (try JSONTree(data: json)))
    }

    @Test func unknownValuesOfEveryEnumSurvive() throws {
        let replacements = [
            (#""type": "by_id""#, #""type": "by_email""#),
            (#""status": "active""#, #""status": "archived""#),
            (#""event_time_window": null"#, #""event_time_window": "minute""#),
        ]
        for (old, new) in replacements {
            let json = try meterJSON(replacing: old, with: new)
            let meter = try JSONDecoder().decode(BillingMeter.self, from: json)
            #expect(try JSONTree(data: JSONEncoder().encode(meter)) == JSONTree(data: json), "\(new)")
        }
    }

    @Test func knownValuesMapToTheirCases() {
        #expect(BillingMeter.DefaultAggregation.Formula.knownCases == [.count, .last, .sum])
        #expect(BillingMeter.DefaultAggregation.Formula(rawValue: "last") == .last)
        #expect(BillingMeter.DefaultAggregation.Formula.last.isKnown)
        #expect(BillingMeter.EventTimeWindow(rawValue: "hour") == .hour)
        #expect(BillingMeterEventAdjustment.AdjustmentType.cancel.rawValue == "cancel")
    }

    @Test func rawValuesMakeTheirCases() {
        typealias Formula = BillingMeter.DefaultAggregation.Formula
        guard case .last = Formula(rawValue: "last") else {
            Issue.record("'last' does not make .last")
            return
        }
        guard case .unknown("median") = Formula(rawValue: "median") else {
            Issue.record("'median' does not make .unknown(\"median\")")
            return
        }
    }
}
