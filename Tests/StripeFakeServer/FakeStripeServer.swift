import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A stateful, in-memory fake of Stripe's billing meter API, served over HTTP on 127.0.0.1.
///
/// Start one per test with ``start(apiKey:apiVersion:)`` and point the client at ``baseURL``.
/// Every request is recorded, then checked in this order: `Authorization: Bearer <apiKey>`
/// (401), `Stripe-Version` (400), a form `Content-Type` on POST (400), injected failures
/// (``failNext(_:path:status:headers:)``), the route (404), `Idempotency-Key` replay, then the
/// endpoint's parameters and state.
public final class FakeStripeServer: Sendable {
    /// The port the server listens on.
    public let port: Int
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let service: FakeStripeService
    private let isShutDown = NIOLockedValueBox(false)

    private init(
        port: Int, group: MultiThreadedEventLoopGroup, channel: any Channel,
        service: FakeStripeService
    ) {
        self.port = port
        self.group = group
        self.channel = channel
        self.service = service
    }

    /// Starts listening on 127.0.0.1 on a free port (bind port 0, read the real port back).
    public static func start(
        apiKey: String = "sk_test_fake",
        apiVersion: String = "2026-09-30.endive"
    ) async throws -> FakeStripeServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let service = FakeStripeService(apiKey: apiKey, apiVersion: apiVersion)
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                        try channel.pipeline.syncOperations.addHandler(
                            HTTPHandler(service: service))
                    }
                }
                .bind(host: "127.0.0.1", port: 0)
                .get()
            guard let port = channel.localAddress?.port else {
                throw ChannelError.unknownLocalAddress
            }
            return FakeStripeServer(port: port, group: group, channel: channel, service: service)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// `http://127.0.0.1:<port>`
    public var baseURL: URL {
        URL(string: "http://127.0.0.1:\(port)")!
    }

    /// Closes the listening channel and the event loop group. Calling it again does nothing.
    public func shutdown() async throws {
        let alreadyShutDown = isShutDown.withLockedValue { isShutDown in
            defer { isShutDown = true }
            return isShutDown
        }
        guard !alreadyShutDown else { return }
        try await channel.close()
        try await group.shutdownGracefully()
    }

    /// Makes the next `count` requests whose path equals `path` (any path if nil) fail with
    /// `status`, a Stripe error body of type "api_error" (for 429: type "invalid_request_error",
    /// code "rate_limit"), and the extra response headers given
    /// (e.g. `["Stripe-Should-Retry": "true"]`). Failed requests are still recorded.
    ///
    /// `path` is compared with the raw request path, without the query. Injected failures apply
    /// after the header checks (API key, `Stripe-Version`, `Content-Type`) and before routing,
    /// parameter validation and idempotency; they are never stored for replay. A `count` below 1
    /// does nothing.
    public func failNext(
        _ count: Int = 1, path: String? = nil, status: Int, headers: [String: String] = [:]
    ) {
        service.injectFailure(
            InjectedFailure(remaining: count, path: path, status: status, headers: headers))
    }

    /// From now on a deactivated meter keeps its event name, as Stripe may: creating another
    /// meter with it is refused (`400`, `param: event_name`), and so is reactivating.
    public func keepEventNamesOfDeactivatedMeters() {
        service.configure { $0.eventNamesOutliveDeactivation = true }
    }

    /// From now on the answer to a meter create waits `delay` after the meter was made: a client
    /// killed meanwhile leaves the meter behind without knowing it.
    public func delayMeterCreateAnswers(by delay: Duration) {
        service.configure { $0.meterCreateAnswerDelay = delay }
    }

    /// The meters, in creation order: their ids, event names and statuses.
    public var meters: [(id: String, eventName: String, isActive: Bool)] {
        service.meters.map { ($0.id, $0.eventName, $0.status == .active) }
    }

    /// Every request received, in order.
    public var requests: [RecordedRequest] {
        service.recordedRequests
    }

    /// The faults the v2 meter event stream injects from now on.
    public func injectMeterEventStreamFaults(_ faults: MeterEventStreamFaults) {
        service.setMeterEventStreamFaults(faults)
    }

    /// How many times each event identifier arrived on the v2 stream in a request it accepted;
    /// Stripe counts an identifier once within 24 hours, so more than 1 is a duplicate it dropped.
    public var meterEventDeliveries: [String: Int] {
        service.meterEventStream.deliveries
    }

    /// The payload of each event the v2 stream took, by identifier, as Stripe keeps it.
    public var meterEventPayloads: [String: [String: String]] {
        var payloads: [String: [String: String]] = [:]
        for event in service.meterEventStream.events {
            guard case .string(let identifier)? = event["identifier"], case .object(let payload)? = event["payload"]
            else { continue }
            payloads[identifier] = payload.compactMapValues { value in
                if case .string(let text) = value { text } else { nil }
            }
        }
        return payloads
    }

    /// How many requests reached the v2 stream endpoint.
    public var meterEventStreamRequests: Int {
        service.meterEventStream.streamRequests
    }
}
