import Dispatch
import Synchronization

/// How long each stage of a run took, for `gen --timings` and the benchmarks. Stages that run
/// beside others (the templates' loading) record themselves from their own thread.
public final class StageTimings: Sendable {
    private let recorded = Mutex<[(name: String, seconds: Double)]>([])

    public init() {}

    /// Each stage's name and seconds, in the order they ended.
    public var stages: [(name: String, seconds: Double)] {
        recorded.withLock { $0 }
    }

    /// Runs `body` as the stage `name`.
    func measure<Result>(_ name: String, _ body: () throws -> Result) rethrows -> Result {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            recorded.withLock { $0.append((name, seconds)) }
        }
        return try body()
    }
}
