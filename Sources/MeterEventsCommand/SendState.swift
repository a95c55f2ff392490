import Foundation
import Synchronization

/// How far a `meter-events send` over one input has got, kept durably so that a run killed at
/// any moment goes on where it stopped: every line up to `settledThroughLine` was answered by
/// Stripe (delivered, or refused for good) or skipped as holding no event.
struct SendState: Codable, Equatable {
    var settledThroughLine = 0
    var delivered = 0
    var badLines = 0
    var failed = 0

    /// The state at `path`, or a new one when there is none.
    static func load(from path: String) throws(CommandError) -> SendState {
        guard FileManager.default.fileExists(atPath: path) else { return SendState() }
        guard let data = FileManager.default.contents(atPath: path),
            let state = try? JSONDecoder().decode(SendState.self, from: data)
        else { throw CommandError(status: 2, message: "the state file '\(path)' is not one meter-events wrote") }
        return state
    }

    /// Writes the state to `path` atomically: to a temporary file beside it, flushed to disk,
    /// then renamed over it.
    func save(to path: String) throws(CommandError) {
        let temporary = path + ".\(UUID().uuidString).tmp"
        do {
            let data = try JSONEncoder().encode(self)
            guard FileManager.default.createFile(atPath: temporary, contents: data) else {
                throw CommandError(status: 2, message: "cannot write the state file '\(path)'")
            }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            try handle.synchronize()
            try handle.close()
            guard rename(temporary, path) == 0 else {
                throw CommandError(status: 2, message: "cannot write the state file '\(path)'")
            }
        } catch let error as CommandError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CommandError(status: 2, message: "cannot write the state file '\(path)'")
        }
    }
}

/// The lines of a run between reading and Stripe's answer: which are settled, and how far all of
/// them are. Called for every line and every answer, so it takes a lock rather than being an actor.
final class SendProgress: Sendable {
    private struct Lines {
        var state: SendState
        var lineOfEvent: [String: Int] = [:]
        var settledBeyond: Set<Int> = []

        mutating func settle(_ line: Int) {
            settledBeyond.insert(line)
            while settledBeyond.remove(state.settledThroughLine + 1) != nil {
                state.settledThroughLine += 1
            }
        }
    }

    private let lines: Mutex<Lines>

    init(state: SendState) {
        lines = Mutex(Lines(state: state))
    }

    var state: SendState { lines.withLock { $0.state } }

    /// An event read from `line`, about to be recorded.
    func reading(_ identifier: String, at line: Int) {
        lines.withLock { $0.lineOfEvent[identifier] = line }
    }

    /// A line that holds no event; `isBad` when it was reported.
    func skipped(_ line: Int, isBad: Bool) {
        lines.withLock { lines in
            if isBad { lines.state.badLines += 1 }
            lines.settle(line)
        }
    }

    /// An event read from `line` that the stream refused: the line is bad.
    func refused(_ identifier: String, at line: Int) {
        lines.withLock { lines in
            lines.lineOfEvent[identifier] = nil
            lines.state.badLines += 1
            lines.settle(line)
        }
    }

    /// Stripe's answer for one event.
    func answered(_ identifier: String, delivered: Bool) {
        lines.withLock { lines in
            guard let line = lines.lineOfEvent.removeValue(forKey: identifier) else { return }
            if delivered { lines.state.delivered += 1 } else { lines.state.failed += 1 }
            lines.settle(line)
        }
    }
}
