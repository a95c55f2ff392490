import ArgumentParser
import Foundation
import MeterEventsCommand

/// `meter-events`: usage events recorded on Stripe's v2 meter event stream.
@main
struct MeterEvents: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meter-events",
        abstract: "Records usage events on Stripe's v2 meter event stream.",
        subcommands: [Send.self])
}

struct Send: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sends the events of FILE, one a line, exactly once, resuming where an earlier run stopped.",
        discussion: """
            The secret key comes from STRIPE_API_KEY only, and appears in no output or file. A line \
            without an identifier gets one made from its number and text, the same on every run. \
            Exit status: 0 when every event was delivered, 1 when a line was bad or an event \
            refused, 2 for a usage, file or state error.
            """)

    @Argument(help: "The events: NDJSON, or CSV with a header row.")
    var file: String

    @Option(help: "ndjson or csv (default: from the file's extension, else ndjson).")
    var format: String?

    @Option(help: "Where progress is kept (default: FILE.meter-events-state).")
    var state: String?

    @Option(help: "Where meter event sessions are created.")
    var apiBase = "https://api.stripe.com"

    @Option(help: "Where the meter event stream is.")
    var meterEventsBase = "https://meter-events.stripe.com"

    func run() async throws {
        guard let apiKey = ProcessInfo.processInfo.environment["STRIPE_API_KEY"], !apiKey.isEmpty else {
            throw ValidationError("set STRIPE_API_KEY to a Stripe secret key")
        }
        let formatName = format ?? (file.lowercased().hasSuffix(".csv") ? "csv" : "ndjson")
        guard let format = EventFileFormat(rawValue: formatName) else {
            throw ValidationError("--format must be ndjson or csv, not '\(formatName)'")
        }
        guard let apiBase = URL(string: apiBase), let meterEventsBase = URL(string: meterEventsBase),
            ["http", "https"].contains(apiBase.scheme), ["http", "https"].contains(meterEventsBase.scheme)
        else { throw ValidationError("--api-base and --meter-events-base must be http or https URLs") }
        let sender = MeterEventSender(
            file: file, format: format, statePath: state, apiBase: apiBase, meterEventsBase: meterEventsBase,
            apiKey: apiKey)
        let status = await sender.run()
        if status != 0 { throw ExitCode(status) }
    }
}

