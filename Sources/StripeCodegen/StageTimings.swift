import Dispatch

/// How long each stage of a run took, for `gen --timings` and the benchmarks.
public final class StageTimings {
    /// Each stage's name and seconds, in the order they ran.
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    /// Runs `body` as the stage `name`.
    func measure<Result>(_ name: String, _ body: () throws -> Result) rethrows -> Result {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try body()
    }
}
