/// Everything the fake remembers. Always accessed under the service's lock.
struct FakeState {
    /// Meters in creation order.
    var meters: [Meter] = []
    /// Meter events in arrival order.
    var events: [MeterEvent] = []
    var idempotentResults: [String: IdempotentResult] = [:]
    var injectedFailures: [InjectedFailure] = []
    /// The v2 meter event sessions and stream.
    var meterEventStream = MeterEventStreamState()
    var requests: [RecordedRequest] = []
    /// Whether a deactivated meter keeps its event name, as Stripe may: no other meter can take it.
    var eventNamesOutliveDeactivation = false
    /// How long the answer to a meter create waits, after the meter was made.
    var meterCreateAnswerDelay: Duration?

    func meter(_ id: String) -> Meter? {
        meters.first { $0.id == id }
    }

    func activeMeter(eventName: String) -> Meter? {
        meters.first { $0.eventName == eventName && $0.status == .active }
    }

    /// The meter whose event name another meter cannot take: the active one, or with
    /// `eventNamesOutliveDeactivation` any.
    func meterHolding(eventName: String) -> Meter? {
        meters.first { $0.eventName == eventName && ($0.status == .active || eventNamesOutliveDeactivation) }
    }

    /// Replaces the stored meter with the same id.
    mutating func save(_ meter: Meter) {
        if let index = meters.firstIndex(where: { $0.id == meter.id }) {
            meters[index] = meter
        }
    }
}
