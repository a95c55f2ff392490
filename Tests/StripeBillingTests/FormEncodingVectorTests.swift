import Foundation
import StripeBilling
import TestSupport
import Testing

/// The generated request builders encode parameters byte for byte as Stripe's official Python
/// SDK does, for the reference vectors and for our own unicode, reserved-character and
/// parameter-smuggling cases (made with the same SDK; see `Tests/Fixtures/README.md`).
struct FormEncodingVectorTests {
    struct VectorFile: Decodable {
        var vectors: [Vector]
    }

    struct Vector: Decodable, CustomTestStringConvertible {
        var name: String
        var operation: String
        var method: String
        var path: String
        var params: JSONTree
        var encoded: String
        var pairs: [[String]]

        var testDescription: String { name }
    }

    static let vectors = ["stripe-form-encoding-vectors.json", "form-encoding-extra-vectors.json"].flatMap { file in
        (try? JSONDecoder().decode(VectorFile.self, from: Fixtures.data(file)).vectors) ?? []
    }

    @Test func everyFixtureFileHasVectors() {
        #expect(Self.vectors.count == 14)
    }

    @Test(arguments: vectors)
    func builderMatchesStripePython(_ vector: Vector) throws {
        let request = try Self.request(for: vector)
        #expect(request.method.rawValue == vector.method)
        #expect(request.path == vector.path)
        let encoded = try #require(vector.method == "GET" ? request.query : request.body)
        #expect(encoded.split(separator: "&").sorted() == vector.encoded.split(separator: "&").sorted())
        #expect(request.fields.map { [$0.key, $0.value] }.sorted(by: Self.byKey) == vector.pairs.sorted(by: Self.byKey))
    }

    @Test func smuggledParameterStaysInsideItsValue() throws {
        let request = try BillingMeter.updateRequest(
            id: "mtr_123", params: .init(displayName: "Tokens&event_name=evil"))
        #expect(request.body == "display_name=Tokens%26event_name%3Devil")
        #expect(request.fields.map(\.key) == ["display_name"])
    }

    @Test func payloadEntriesAreSortedByKey() throws {
        let request = try BillingMeterEvent.createRequest(
            params: .init(eventName: "tokens", payload: ["value": "3", "stripe_customer_id": "cus_1", "b": "x"]))
        #expect(request.body == "event_name=tokens&payload[b]=x&payload[stripe_customer_id]=cus_1&payload[value]=3")
    }

    @Test func timestampsAreUnixSeconds() throws {
        let request = try BillingMeterEvent.createRequest(
            params: .init(
                eventName: "tokens", payload: ["stripe_customer_id": "cus_1"],
                timestamp: Date(timeIntervalSince1970: 1_700_000_000.75)))
        #expect(request.fields.last == FormField(key: "timestamp", value: "1700000000"))
    }

    @Test func booleansAreLowercaseWords() {
        var form = FormEncoder()
        form.encode(true, at: FormKey("a"))
        form.encode(false, at: FormKey("b"))
        form.encode(Bool?.none, at: FormKey("c"))
        #expect(FormURLEncoding.encode(form.fields) == "a=true&b=false")
    }

    @Test func idsStayOnePathSegment() throws {
        let request = try BillingMeter.retrieveRequest(id: "mtr_1/../x?y#z")
        #expect(request.path == "/v1/billing/meters/mtr_1%2F%2E%2E%2Fx%3Fy%23z")
        #expect(try BillingMeter.deactivateRequest(id: "..").path == "/v1/billing/meters/%2E%2E/deactivate")
    }

    @Test func postWithoutParamsHasAnEmptyFormBody() throws {
        let request = try BillingMeter.deactivateRequest(id: "mtr_123")
        #expect(request.method == .post)
        #expect(request.body == "")
        #expect(request.headers == ["Content-Type": "application/x-www-form-urlencoded"])
    }

    private static func byKey(_ left: [String], _ right: [String]) -> Bool {
        left.lexicographicallyPrecedes(right)
    }

    /// The vector's params, through the typed parameters of its operation.
    private static func request(for vector: Vector) throws -> StripeRequest {
        let params = vector.params
        let id = vector.path.split(separator: "/").dropFirst(3).first.map(String.init) ?? ""
        switch vector.operation {
        case "billing.meter.create":
            return try BillingMeter.createRequest(
                params: .init(
                    displayName: params.string("display_name") ?? "",
                    eventName: params.string("event_name") ?? "",
                    defaultAggregation: .init(formula: .init(rawValue: params["default_aggregation"]?.string("formula") ?? "")),
                    customerMapping: params["customer_mapping"].map { mapping in
                        .init(
                            eventPayloadKey: mapping.string("event_payload_key") ?? "",
                            type: .init(rawValue: mapping.string("type") ?? ""))
                    },
                    eventTimeWindow: params.string("event_time_window").map(BillingMeter.EventTimeWindow.init(rawValue:)),
                    valueSettings: params["value_settings"].map { .init(eventPayloadKey: $0.string("event_payload_key") ?? "") },
                    expand: params.strings("expand")))
        case "billing.meter.update":
            return try BillingMeter.updateRequest(
                id: id, params: .init(displayName: params.string("display_name"), expand: params.strings("expand")))
        case "billing.meter.retrieve":
            return try BillingMeter.retrieveRequest(id: id, params: .init(expand: params.strings("expand")))
        case "billing.meter.list":
            return try BillingMeter.listRequest(
                params: .init(
                    status: params.string("status").map(BillingMeter.Status.init(rawValue:)), limit: params.int("limit"),
                    startingAfter: params.string("starting_after"), endingBefore: params.string("ending_before")))
        case "billing.meter.event_summaries":
            return try BillingMeter.eventSummariesRequest(
                id: id,
                params: .init(
                    customer: params.string("customer") ?? "",
                    startTime: Date(timeIntervalSince1970: Double(params.int("start_time") ?? 0)),
                    endTime: Date(timeIntervalSince1970: Double(params.int("end_time") ?? 0)),
                    valueGroupingWindow: params.string("value_grouping_window").map { .init(rawValue: $0) },
                    limit: params.int("limit")))
        case "billing.meter_event.create":
            return try BillingMeterEvent.createRequest(
                params: .init(
                    eventName: params.string("event_name") ?? "", payload: params.stringMap("payload") ?? [:],
                    identifier: params.string("identifier"),
                    timestamp: params.int("timestamp").map { Date(timeIntervalSince1970: Double($0)) }))
        case "billing.meter_event_adjustment.create":
            return try BillingMeterEventAdjustment.createRequest(
                params: .init(
                    eventName: params.string("event_name") ?? "",
                    type: .init(rawValue: params.string("type") ?? ""),
                    cancel: params["cancel"].map { .init(identifier: $0.string("identifier")) }))
        default:
            throw VectorError.unknownOperation(vector.operation)
        }
    }

    enum VectorError: Error {
        case unknownOperation(String)
    }
}

extension JSONTree {
    func string(_ key: String) -> String? {
        if case .string(let value)? = self[key] { return value }
        return nil
    }

    func int(_ key: String) -> Int? {
        if case .number(let value)? = self[key] { return Int(value) }
        return nil
    }

    func strings(_ key: String) -> [String]? {
        guard case .array(let elements)? = self[key] else { return nil }
        return elements.compactMap { if case .string(let value) = $0 { value } else { nil } }
    }

    func stringMap(_ key: String) -> [String: String]? {
        guard case .object(let members)? = self[key] else { return nil }
        return members.compactMapValues { if case .string(let value) = $0 { value } else { nil } }
    }
}
