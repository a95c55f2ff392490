import Foundation
import StripeAsyncHTTPClient
import StripeMeterEvents
import Synchronization

/// `meter-events send`: the events of a file, one a line, delivered on Stripe's v2 meter event
/// stream, resumably.
public struct MeterEventSender: Sendable {
    public var file: String
    public var format: EventFileFormat
    /// Where progress is kept: `--state`, or `<file>.meter-events-state` beside the input.
    public var statePath: String
    public var apiBase: URL
    public var meterEventsBase: URL
    public var apiKey: String

    public init(
        file: String, format: EventFileFormat, statePath: String?, apiBase: URL, meterEventsBase: URL, apiKey: String
    ) {
        self.file = file
        self.format = format
        self.statePath = statePath ?? file + ".meter-events-state"
        self.apiBase = apiBase
        self.meterEventsBase = meterEventsBase
        self.apiKey = apiKey
    }

    /// Sends the file and returns the exit status: 0 when every event was delivered, 1 when a
    /// line was bad or an event refused, 2 when the file or the state cannot be read or written.
    /// Errors, progress and the summary go to standard error.
    public func run() async -> Int32 {
        let started = ContinuousClock.now
        do {
            let state = try SendState.load(from: statePath)
            let progress = SendProgress(state: state)
            let stream = MeterEventStream(
                apiKey: apiKey,
                configuration: MeterEventStreamConfiguration(
                    apiBase: apiBase, meterEventsBase: meterEventsBase, transport: AsyncHTTPClientTransport()))
            let statePath = statePath
            let answers = Task {
                for await report in stream.deliveries {
                    progress.answered(report.identifier, delivered: report.outcome == .delivered)
                    if case .failed(let reason) = report.outcome {
                        Self.print("\(file): error: event \(report.identifier) was not delivered: \(reason)")
                    }
                }
            }
            // Progress is saved a few times a second, only as far as Stripe has answered.
            let saver = Task {
                var saved = state
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(200))
                    let current = progress.state
                    if current != saved, (try? current.save(to: statePath)) != nil { saved = current }
                }
            }
            let display = ProgressDisplay(started: started)
            try await read(into: stream, progress: progress, resumingAfter: state.settledThroughLine, display: display)
            _ = await stream.shutdown(within: .seconds(300))
            await answers.value
            // The saver stops before the last save, so that it cannot write an older state after it.
            saver.cancel()
            await saver.value
            let final = progress.state
            try final.save(to: statePath)
            display.finish(
                "meter-events: sent \(final.delivered - state.delivered), skipped \(final.badLines - state.badLines), "
                    + "retried \(stream.retries), failed \(final.failed - state.failed), elapsed "
                    + ProgressDisplay.seconds(ContinuousClock.now - started))
            return final.badLines > 0 || final.failed > 0 ? 1 : 0
        } catch let error as CommandError {
            Self.print("meter-events: error: \(error.message)")
            return error.status
        } catch {
            Self.print("meter-events: error: cannot read '\(file)'")
            return 2
        }
    }

    private func read(
        into stream: MeterEventStream, progress: SendProgress, resumingAfter settled: Int, display: ProgressDisplay
    ) async throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        var lines = try LineReader(path: file)
        var reader = EventLineReader(format: format)
        var number = 0
        while let line = try lines.next() {
            number += 1
            let isHeader = format == .csv && number == 1
            guard number > settled || isHeader else { continue }
            do {
                guard let event = try reader.event(from: line, number: number), let identifier = event.identifier else {
                    if number > settled { progress.skipped(number, isBad: false) }
                    continue
                }
                progress.reading(identifier, at: number)
                do {
                    try await stream.record(event)
                } catch {
                    Self.print("\(file):\(number): error: \(error)")
                    progress.refused(identifier, at: number)
                }
            } catch {
                if isHeader { throw CommandError(status: 2, message: "\(file):1: \(error.message)") }
                Self.print("\(file):\(number): error: \(error.message)")
                progress.skipped(number, isBad: true)
            }
            if number.isMultiple(of: 500) {
                display.update(sent: progress.state.delivered, fraction: size > 0 ? Double(lines.bytesRead) / Double(size) : 0)
            }
        }
    }

    /// Writes `line` to standard error.
    static func print(_ line: String, terminator: Bool = true) {
        FileHandle.standardError.write(Data((line + (terminator ? "\n" : "")).utf8))
    }
}

/// A progress bar on a terminal (events sent, events per second, time left), nothing otherwise.
final class ProgressDisplay: Sendable {
    private let started: ContinuousClock.Instant
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lastDrawn = Mutex<ContinuousClock.Instant?>(nil)

    init(started: ContinuousClock.Instant) {
        self.started = started
    }

    func update(sent: Int, fraction: Double) {
        guard isTerminal else { return }
        let now = ContinuousClock.now
        let shouldDraw = lastDrawn.withLock { last in
            guard last.map({ now - $0 > .milliseconds(200) }) ?? true else { return false }
            last = now
            return true
        }
        guard shouldDraw else { return }
        let elapsed = (now - started).timeInterval
        let rate = elapsed > 0 ? Double(sent) / elapsed : 0
        let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let width = 30
        let filled = Int((fraction * Double(width)).rounded())
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        MeterEventSender.print(
            "\r\u{1B}[K[\(bar)] \(sent) sent, \(Int(rate))/s, about \(Int(left.rounded())) s left", terminator: false)
    }

    func finish(_ summary: String) {
        if isTerminal { MeterEventSender.print("\r\u{1B}[K", terminator: false) }
        MeterEventSender.print(summary)
    }

    static func seconds(_ duration: Duration) -> String {
        String(format: "%.1f s", duration.timeInterval)
    }
}
