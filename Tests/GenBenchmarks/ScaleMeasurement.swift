/// The runs of one `gen` binary on one synthetic project, summarized.
struct ScaleMeasurement {
    var label: String
    var objectCount: Int
    var runs: [GenRun]

    var medianSeconds: Double { median(runs.map(\.wallSeconds)) }
    var bestSeconds: Double { runs.map(\.wallSeconds).min() ?? 0 }
    /// The median wall time divided by the number of meter copies.
    var secondsPerObject: Double { medianSeconds / Double(objectCount) }
    /// The largest peak resident set of any run.
    var peakMemoryBytes: Int { runs.map(\.peakMemoryBytes).max() ?? 0 }

    /// Each stage's median time, in the order the first run printed them.
    var stageMedians: [StageTiming] {
        guard let first = runs.first else { return [] }
        return first.stages.map { stage in
            let times = runs.flatMap { $0.stages.filter { $0.name == stage.name }.map(\.seconds) }
            return StageTiming(name: stage.name, seconds: median(times))
        }
    }
}

/// The middle value, or the mean of the two middle values; 0 for no values.
func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// The indices in order on even rounds and reversed on odd ones, so neither side always runs
/// first.
func alternatingOrder(_ indices: Range<Int>, round: Int) -> [Int] {
    round.isMultiple(of: 2) ? Array(indices) : indices.reversed()
}
