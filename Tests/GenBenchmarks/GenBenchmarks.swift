import ArgumentParser

/// `swift run -c release GenBenchmarks [linear | scale | meter-events]`: gen's time against the
/// size of its input and the number of objects, and `meter-events send` beside Stripe's Python SDK.
@main
struct GenBenchmarks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "GenBenchmarks",
        abstract:
            "Measures gen (linear time in one file's size, scale in the number of objects) and meter-events send.",
        subcommands: [LinearTimeBenchmark.self, ScaleBenchmark.self, MeterEventsBenchmark.self],
        defaultSubcommand: LinearTimeBenchmark.self)
}
