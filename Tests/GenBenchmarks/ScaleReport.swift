import Foundation

/// Prints the scale benchmark's results as aligned text lines.
enum ScaleReport {
    /// One line per binary, its stages below it, then each other binary's time per object
    /// against the first's.
    static func printSize(_ measurements: [ScaleMeasurement]) {
        guard let first = measurements.first else { return }
        let alternation = measurements.count > 1 ? ", alternating" : ""
        line("N = \(first.objectCount) (runs of each gen: \(first.runs.count)\(alternation)):")
        for measurement in measurements {
            line(
                "  \(padded(measurement.label)) median \(seconds(measurement.medianSeconds))"
                    + "  best \(seconds(measurement.bestSeconds))"
                    + "  per object \(milliseconds(measurement.secondsPerObject))"
                    + "  peak \(megabytes(measurement.peakMemoryBytes))")
            for stage in measurement.stageMedians {
                line("    stage \(padded(stage.name)) \(seconds(stage.seconds))")
            }
        }
        for other in measurements.dropFirst() {
            line(
                "  \(other.label) ÷ \(first.label), time per object: "
                    + ratio(other.secondsPerObject / first.secondsPerObject))
        }
    }

    /// For each binary, the time per object at the largest size against the smallest: about 1×
    /// when time is linear in N.
    static func printLinearity(_ measurementsBySize: [[ScaleMeasurement]]) {
        guard let smallest = measurementsBySize.first, let largest = measurementsBySize.last,
            measurementsBySize.count > 1
        else { return }
        line(
            "Time per object, N = \(largest[0].objectCount) ÷ N = \(smallest[0].objectCount) "
                + "(1× when linear):")
        for (small, large) in zip(smallest, largest) {
            line(
                "  \(padded(small.label)) \(ratio(large.secondsPerObject / small.secondsPerObject))"
            )
        }
    }

    /// Prints `text` at once, also through a pipe, so each result shows as soon as it is measured.
    static func line(_ text: String) {
        print(text)
        fflush(nil)
    }

    static func seconds(_ value: Double) -> String { String(format: "%8.3f s", value) }
    static func milliseconds(_ value: Double) -> String { String(format: "%8.2f ms", value * 1000) }
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%7.1f MB", Double(bytes) / 1e6)
    }
    static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }
    static func padded(_ label: String) -> String {
        label.padding(toLength: max(label.count, 9), withPad: " ", startingAt: 0)
    }
}
