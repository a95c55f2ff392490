import ArgumentParser
import Foundation
import StripeFakeServer

/// `GenBenchmarks meter-events`: `meter-events send` and Stripe's Python SDK used as Stripe's
/// example uses it (a session, then batches of 100, one request at a time) deliver the same
/// events to the fake Stripe, one after the other in one run; their events per second, processor
/// time per event and peak memory, and the ratios.
struct MeterEventsBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meter-events",
        abstract: "meter-events send beside the official Python SDK (stripe==16.1.0), against the fake Stripe.")

    @Option(help: "How many events to send.")
    var events = 200_000

    @Option(help: "The built meter-events.")
    var meterEvents = ".build/release/meter-events"

    @Option(help: "A Python with stripe==16.1.0 installed, such as a venv's bin/python.")
    var python: String

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("meter-events-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("events.ndjson")
        let lines = (0..<events).map { index in
            #"{"event_name": "api_requests", "payload": {"stripe_customer_id": "cus_\#(index % 97)", "value": "\#(index % 10 + 1)"}}"#
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        let script = folder.appendingPathComponent("send.py")
        try Data(Self.pythonScript.utf8).write(to: script)
        let processes = ChildProcess(logFolder: folder)
        let apiKey = "sk_test_benchmark"
        setenv("STRIPE_API_KEY", apiKey, 1)

        let ours = try await measure("meter-events send") { base in
            try processes.runChecked(
                meterEvents, ["send", input.path, "--api-base", base, "--meter-events-base", base])
        }
        let sdk = try await measure("Python SDK") { base in
            try processes.runChecked(python, [script.path, input.path, base, apiKey])
        }
        print("meter-events ÷ Python SDK: \(String(format: "%.2f", ours.rate / sdk.rate))× the events per second, "
            + "\(String(format: "%.3f", ours.cpuPerEvent / sdk.cpuPerEvent))× the processor time per event")
    }

    private struct Measurement {
        var rate: Double
        var cpuPerEvent: Double
    }

    /// Runs `send` against a fresh fake Stripe, checks that every event arrived once, and prints
    /// the figures.
    private func measure(_ label: String, _ send: (String) throws -> ChildProcessResult) async throws -> Measurement {
        let server = try await FakeStripeServer.start(apiKey: "sk_test_benchmark")
        let result: ChildProcessResult
        do {
            result = try send(server.baseURL.absoluteString)
        } catch {
            try await server.shutdown()
            throw error
        }
        let delivered = server.meterEventDeliveries.count
        try await server.shutdown()
        guard delivered == events else {
            throw ValidationError("\(label) delivered \(delivered) of \(events) events")
        }
        let measurement = Measurement(
            rate: Double(events) / result.wallSeconds, cpuPerEvent: result.cpuSeconds / Double(events))
        print(
            "\(label): \(events) events in \(String(format: "%.2f", result.wallSeconds)) s, "
                + "\(Int(measurement.rate)) events/s, \(String(format: "%.1f", measurement.cpuPerEvent * 1e6)) µs of "
                + "processor time per event, peak \(String(format: "%.1f", Double(result.peakMemoryBytes) / 1e6)) MB")
        return measurement
    }

    /// Stripe's pattern with its Python SDK: a session, then batches of 100, one request at a time.
    static let pythonScript = """
        import json, sys
        import stripe

        path, base, key = sys.argv[1:4]
        bases = {"api": base, "meter_events": base}
        session = stripe.StripeClient(key, base_addresses=bases).v2.billing.meter_event_session.create()
        stream = stripe.StripeClient(session.authentication_token, base_addresses=bases)
        batch = []
        with open(path) as lines:
            for line in lines:
                event = json.loads(line)
                batch.append({"event_name": event["event_name"], "payload": event["payload"]})
                if len(batch) == 100:
                    stream.v2.billing.meter_event_stream.create({"events": batch})
                    batch = []
        if batch:
            stream.v2.billing.meter_event_stream.create({"events": batch})

        """
}
