import Foundation
import StripeFakeServer
import Testing

/// The built `meter-events` executable, run as a user runs it, against the fake Stripe.
@Suite(.serialized)
struct MeterEventsCommandTests {
    static let binary = Bundle.main.executableURL!.resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("meter-events")
    static let apiKey = "sk_test_command_secret"

    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("meter-events-\(UUID().uuidString)")

    /// Starts `meter-events send file` against `server`, its standard error collected in a file.
    private func start(_ file: URL, server: FakeStripeServer) throws -> (process: Process, errors: URL) {
        let errors = folder.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = [
            "send", file.path, "--api-base", server.baseURL.absoluteString, "--meter-events-base",
            server.baseURL.absoluteString,
        ]
        process.environment = ["STRIPE_API_KEY": Self.apiKey, "PATH": "/usr/bin:/bin"]
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, errors)
    }

    private func run(_ file: URL, server: FakeStripeServer) throws -> (status: Int32, errors: String) {
        let (process, errors) = try start(file, server: server)
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: errors, encoding: .utf8))
    }

    private func write(_ text: String, to name: String) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    private func withServer(_ body: (FakeStripeServer) async throws -> Void) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try await FakeStripeServer.serving(apiKey: Self.apiKey, body)
    }

    @Test func badLinesAreReportedAtTheirNumbersAndEveryGoodLineDelivered() async throws {
        try await withServer { server in
            let old = Int(Date().timeIntervalSince1970) - 40 * 86_400
            let lines = [
                #"{"event_name": "api_requests", "payload": {"stripe_customer_id": "cus_1", "value": 3}}"#,
                "{not json",
                #"{"payload": {"value": "1"}}"#,
                #"{"event_name": "\#(String(repeating: "x", count: 101))", "payload": {"value": "1"}}"#,
                #"{"event_name": "api_requests", "payload": {"value": true}, "timestamp": \#(old)}"#,
                "",
                #"{"event_name": "api_requests", "payload": {"value": 2.5, "active": true, "n": 0}, "identifier": "evt_given"}"#,
            ]
            let file = try write(lines.joined(separator: "\n") + "\n", to: "events.ndjson")
            let (status, errors) = try run(file, server: server)
            #expect(status == 1)
            for (line, message) in [
                (2, "not a JSON object"), (3, "no `event_name` string"),
                (4, "event_name must be at most 100 characters long, but is 101"),
                (5, "timestamp must be within the past 35 days or up to 5 minutes ahead"),
            ] {
                #expect(errors.contains("\(file.path):\(line): error: \(message)"), "line \(line): \(errors)")
            }
            #expect(errors.contains("meter-events: sent 2, skipped 4, retried 0, failed 0"), "\(errors)")
            #expect(server.meterEventDeliveries.count == 2)
            #expect(server.meterEventDeliveries["evt_given"] == 1)
            // Payload numbers and booleans are sent as their text.
            #expect(server.meterEventPayloads["evt_given"] == ["value": "2.5", "active": "true", "n": "0"])
            #expect(server.meterEventPayloads.values.contains(["stripe_customer_id": "cus_1", "value": "3"]))
            #expect(!errors.contains(Self.apiKey))
            let state = try String(contentsOf: URL(fileURLWithPath: file.path + ".meter-events-state"), encoding: .utf8)
            #expect(!state.contains(Self.apiKey) && !state.contains("mes_tok"))
        }
    }

    @Test func csvColumnsBecomeTheEventsFields() async throws {
        try await withServer { server in
            let file = try write(
                "event_name,identifier,payload.stripe_customer_id,payload.value\n"
                    + "api_requests,csv_1,cus_1,4\n\"api_requests\",\"csv_2\",\"cus_2\",\"5\"\n",
                to: "events.csv")
            let (status, errors) = try run(file, server: server)
            #expect(status == 0, "\(errors)")
            #expect(Set(server.meterEventDeliveries.keys) == ["csv_1", "csv_2"])
        }
    }

    /// Killed with SIGKILL mid-run, the same command run again finishes the file, and Stripe's
    /// count holds every line once: progress is kept only for what Stripe answered, and the
    /// events sent again carry the identifiers they had.
    @Test func aRunKilledMidWayGoesOnWhereItStoppedWithoutDoubling() async throws {
        try await withServer { server in
            // Stripe answers 12 requests, then hangs: the run is killed mid-way, with its first
            // answers saved and more events sent but unanswered.
            server.injectMeterEventStreamFaults(MeterEventStreamFaults(stallAfterRequests: 12))
            let count = 2_000
            let lines = (1...count).map { #"{"event_name": "api_requests", "payload": {"value": "\#($0)"}}"# }
            let file = try write(lines.joined(separator: "\n") + "\n", to: "events.ndjson")
            let stateFile = file.path + ".meter-events-state"
            let (process, _) = try start(file, server: server)
            func savedLine() -> Int {
                (try? Data(contentsOf: URL(fileURLWithPath: stateFile)))
                    .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Int] }?["settledThroughLine"] ?? 0
            }
            let giveUp = ContinuousClock.now + .seconds(60)
            while ContinuousClock.now < giveUp, server.meterEventStreamRequests <= 12 || savedLine() == 0 {
                try await Task.sleep(for: .milliseconds(50))
            }
            let saved = savedLine()
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            let sentBefore = server.meterEventDeliveries.count
            #expect(sentBefore > 0 && sentBefore < count)
            server.injectMeterEventStreamFaults(MeterEventStreamFaults())
            #expect(saved > 0 && saved <= sentBefore)
            let requestsBefore = server.meterEventStreamRequests
            let (status, errors) = try run(file, server: server)
            #expect(status == 0, "\(errors)")
            #expect(server.meterEventDeliveries.count == count)
            // The saved lines were not sent again; those after them went again with the same
            // identifiers, which Stripe counts once.
            #expect(server.meterEventStreamRequests - requestsBefore <= (count - saved) / 100 + 1)
        }
    }
}
