import Testing

@testable import StripeCodegen

struct SwiftNamingTests {
    @Test func typeNames() {
        #expect(SwiftNaming.typeName("billing.meter") == "BillingMeter")
        #expect(SwiftNaming.typeName("billing.meter_event_adjustment") == "BillingMeterEventAdjustment")
        #expect(SwiftNaming.typeName("customer_mapping") == "CustomerMapping")
    }

    @Test func memberNames() {
        #expect(SwiftNaming.memberName("event_time_window") == "eventTimeWindow")
        #expect(SwiftNaming.memberName("id") == "id")
        #expect(SwiftNaming.memberName("by_id") == "byId")
        #expect(SwiftNaming.memberName("billing.meter") == "billingMeter")
        #expect(SwiftNaming.memberName("2fa") == "_2fa")
    }

    @Test func keywordsAreEscaped() {
        #expect(SwiftNaming.memberName("default") == "`default`")
        #expect(SwiftNaming.memberName("protocol") == "`protocol`")
        #expect(SwiftNaming.memberName("self") == "`self`")
        #expect(SwiftNaming.unescapedMemberName("default") == "default")
        #expect(SwiftNaming.memberName("type") == "type")
    }

    @Test func identifiers() {
        #expect(SwiftNaming.isIdentifier("MappingType"))
        #expect(!SwiftNaming.isIdentifier("Mapping-Type"))
        #expect(!SwiftNaming.isIdentifier("1Type"))
        #expect(!SwiftNaming.isIdentifier(""))
    }

    @Test func nestedTypeNamesInTheModel() throws {
        let model = try RepositorySpec.model()
        let meter = try #require(model.objects.first { $0.stripeName == "billing.meter" })
        let aggregation = try #require(meter.fields.first { $0.name == "default_aggregation" })
        guard case .object(let nested) = aggregation.type, case .enumeration(let formula) = nested.fields.first?.type else {
            Issue.record("default_aggregation should be an object with an enum")
            return
        }
        #expect(nested.qualifiedSwiftName == "BillingMeter.DefaultAggregation")
        #expect(formula.qualifiedSwiftName == "BillingMeter.DefaultAggregation.Formula")
        #expect(formula.values.map(\.rawValue) == ["count", "last", "sum"])
    }
}
