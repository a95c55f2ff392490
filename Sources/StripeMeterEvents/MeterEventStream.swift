import Foundation
import StripeBilling
import StripeRuntime
import Synchronization

/// Records usage on Stripe's v2 meter event stream for a whole process: you record events, it
/// delivers them, exactly once.
///
/// - Each event gets an `identifier` when it is recorded, if it has none, and keeps it through
///   every retry; Stripe counts an identifier once within 24 hours, so a retry of an event that
///   arrived cannot double it.
/// - Events go in batches of up to 100, when a batch is full or `batchDelay` after its first
///   event, with up to `concurrentRequests` requests in flight.
/// - The session token is made on first use and renewed before it expires, one renewal at a time;
///   an expired token is renewed and the batch sent again.
/// - `429`, `409`, `5xx`, connection errors, dropped connections and timeouts are retried with
///   exponential backoff and full jitter, honouring `Retry-After`, until `retryDeadline`. A batch
///   Stripe refuses with a `400` is split until the refused events are found; the others are
///   delivered.
/// - Recording waits while `bufferCapacity` events are waiting or in flight.
/// - `deliveries` reports what became of every event; nothing recorded is dropped unreported.
public actor MeterEventStream {
    /// What became of each recorded event, as it is known. Reports are kept until they are read.
    public nonisolated let deliveries: AsyncStream<MeterEventDelivery>
    private let reporter: AsyncStream<MeterEventDelivery>.Continuation
    private let configuration: MeterEventStreamConfiguration
    private let client: StripeClient
    private let session: MeterEventSession
    private let shutdownDeadline = ShutdownDeadline()
    private let retryCount = RetryCount()
    private var pending: [MeterEvent] = []
    private var eventsInFlight = 0
    private var requestsInFlight = 0
    /// Whether a batch short of 100 events goes now: its delay passed, or a flush asked for it.
    private var isDue = false
    private var delay: Task<Void, Never>?
    private var waitingForSpace: [CheckedContinuation<Void, Never>] = []
    private var waitingForIdle: [CheckedContinuation<Void, Never>] = []
    private var isShutDown = false
    private var failedAtShutdown: [MeterEventDelivery] = []

    /// How many stream requests have been sent again after a failure, so far.
    public nonisolated var retries: Int { retryCount.value }

    /// A stream that authenticates with the secret `apiKey`, which it shows nowhere.
    public init(apiKey: String, configuration: MeterEventStreamConfiguration = .init()) {
        self.configuration = configuration
        // The batches retry on their own terms (deadline, backoff, splitting), so the client does not.
        client = StripeClient(
            apiKey: apiKey,
            configuration: StripeClientConfiguration(
                baseURL: configuration.apiBase, meterEventsBaseURL: configuration.meterEventsBase,
                timeout: configuration.requestTimeout, retryPolicy: RetryPolicy(maxRetries: 0)),
            transport: configuration.transport)
        session = MeterEventSession(client: client, renewalMargin: configuration.sessionRenewalMargin)
        (deliveries, reporter) = AsyncStream.makeStream()
    }

    /// Accepts `event` for delivery and returns its identifier, waiting while the buffer is full.
    ///
    /// - Throws: `MeterEventRejection` when the event breaks a rule of Stripe's, each named by
    ///   its parameter, or after `shutdown(within:)`. A refused event is not delivered.
    @discardableResult
    public func record(_ event: MeterEvent) async throws(MeterEventRejection) -> String {
        guard !isShutDown else {
            throw MeterEventRejection(problems: [ValidationProblem(param: "stream", message: "is shut down")])
        }
        let problems = event.problems(at: Date())
        guard problems.isEmpty else { throw MeterEventRejection(problems: problems) }
        var event = event
        let identifier = event.identifier ?? UUID().uuidString.lowercased()
        event.identifier = identifier
        while pending.count + eventsInFlight >= configuration.bufferCapacity {
            await withCheckedContinuation { waitingForSpace.append($0) }
        }
        pending.append(event)
        dispatch()
        return identifier
    }

    /// Sends every event recorded so far, and returns when each is delivered or has failed.
    public func flush() async {
        isDue = true
        dispatch()
        guard !pending.isEmpty || requestsInFlight > 0 else { return }
        await withCheckedContinuation { waitingForIdle.append($0) }
    }

    /// Stops accepting events, delivers those accepted for at most `limit`, ends `deliveries`,
    /// and returns the events that were not delivered, with why.
    public func shutdown(within limit: Duration) async -> [MeterEventDelivery] {
        isShutDown = true
        shutdownDeadline.set(.now + limit)
        await flush()
        delay?.cancel()
        reporter.finish()
        return failedAtShutdown
    }

    /// Starts a request for each batch that is full, or due, while fewer than
    /// `concurrentRequests` are in flight; the rest waits for its delay or a request to end.
    private func dispatch() {
        while requestsInFlight < configuration.concurrentRequests, !pending.isEmpty,
            pending.count >= MeterEventBatch.maximumSize || isDue
        {
            let events = Array(pending.prefix(MeterEventBatch.maximumSize))
            pending.removeFirst(events.count)
            requestsInFlight += 1
            eventsInFlight += events.count
            let batch = MeterEventBatch(
                events: events, session: session, client: client, configuration: configuration, retries: retryCount)
            let ownDeadline = ContinuousClock.now + configuration.retryDeadline
            let shutdownDeadline = shutdownDeadline
            Task {
                let results = await batch.deliver { min(ownDeadline, shutdownDeadline.value ?? ownDeadline) }
                self.finish(results)
            }
        }
        if pending.isEmpty {
            isDue = false
        } else if !isDue, delay == nil {
            let wait = configuration.batchDelay
            delay = Task {
                try? await Task.sleep(for: wait)
                self.delayPassed()
            }
        }
    }

    private func delayPassed() {
        delay = nil
        isDue = true
        dispatch()
    }

    private func finish(_ results: [MeterEventDelivery]) {
        requestsInFlight -= 1
        eventsInFlight -= results.count
        for result in results {
            reporter.yield(result)
            if isShutDown, case .failed = result.outcome { failedAtShutdown.append(result) }
        }
        let waiting = waitingForSpace
        waitingForSpace = []
        waiting.forEach { $0.resume() }
        dispatch()
        if pending.isEmpty, requestsInFlight == 0 {
            let idle = waitingForIdle
            waitingForIdle = []
            idle.forEach { $0.resume() }
        }
    }
}

/// Why `MeterEventStream.record(_:)` refused an event.
public struct MeterEventRejection: Error, Sendable, CustomStringConvertible {
    /// Each broken rule, named by its parameter.
    public var problems: [ValidationProblem]

    public var description: String {
        problems.map(\.description).joined(separator: "; ")
    }
}

/// The time by which a shutdown wants every batch delivered, which batches in flight read.
private final class ShutdownDeadline: Sendable {
    private let instant = Mutex<ContinuousClock.Instant?>(nil)

    var value: ContinuousClock.Instant? { instant.withLock { $0 } }

    func set(_ deadline: ContinuousClock.Instant) {
        instant.withLock { $0 = deadline }
    }
}

/// How many requests have been sent again, across every batch.
final class RetryCount: Sendable {
    private let count = Mutex(0)

    var value: Int { count.withLock { $0 } }

    func increment() {
        count.withLock { $0 += 1 }
    }
}
