/// The endpoints the fake serves, matched from a method and a raw (still percent-encoded) path.
enum Route: Equatable {
    case createMeter
    case listMeters
    case retrieveMeter(id: String)
    case updateMeter(id: String)
    case deactivateMeter(id: String)
    case reactivateMeter(id: String)
    case listEventSummaries(meterID: String)
    case createMeterEvent
    case createMeterEventAdjustment

    /// Splits the raw path on `/` before decoding, so an id holding an encoded `/` stays one
    /// segment.
    init?(method: String, path: String) {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 4, segments[0].isEmpty, segments[1] == "v1",
            segments[2] == "billing"
        else {
            return nil
        }
        let resource = Array(segments.dropFirst(3))
        switch (method, resource.count, resource[0]) {
        case ("POST", 1, "meters"): self = .createMeter
        case ("GET", 1, "meters"): self = .listMeters
        case ("POST", 1, "meter_events"): self = .createMeterEvent
        case ("POST", 1, "meter_event_adjustments"): self = .createMeterEventAdjustment
        case (_, 2...3, "meters") where !resource[1].isEmpty:
            let id = FormDecoding.percentDecode(resource[1], plusIsSpace: false)
            switch (method, resource.count == 3 ? resource[2] : nil) {
            case ("GET", nil): self = .retrieveMeter(id: id)
            case ("POST", nil): self = .updateMeter(id: id)
            case ("POST", "deactivate"): self = .deactivateMeter(id: id)
            case ("POST", "reactivate"): self = .reactivateMeter(id: id)
            case ("GET", "event_summaries"): self = .listEventSummaries(meterID: id)
            default: return nil
            }
        default: return nil
        }
    }
}

extension FakeState {
    /// Runs the endpoint for `route`, returning the JSON to send with status 200.
    mutating func perform(_ route: Route, params: Params, now: Int) throws(StripeError) -> JSONValue
    {
        switch route {
        case .createMeter: try createMeter(params, now: now)
        case .listMeters: try listMeters(params)
        case .retrieveMeter(let id): try retrieveMeter(id: id, params)
        case .updateMeter(let id): try updateMeter(id: id, params, now: now)
        case .deactivateMeter(let id): try setStatus(.inactive, meterID: id, params, now: now)
        case .reactivateMeter(let id): try setStatus(.active, meterID: id, params, now: now)
        case .listEventSummaries(let id): try listEventSummaries(meterID: id, params)
        case .createMeterEvent: try createMeterEvent(params, now: now)
        case .createMeterEventAdjustment: try createMeterEventAdjustment(params)
        }
    }
}
