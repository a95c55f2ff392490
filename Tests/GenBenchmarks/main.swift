import ArgumentParser

/// `swift run -c release GenBenchmarks [linear | scale]`: gen's time against the size of its input.
struct GenBenchmarks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "GenBenchmarks",
        abstract:
            "Measures gen: linear time in one file's size, and scale in the number of objects.",
        subcommands: [LinearTimeBenchmark.self, ScaleBenchmark.self],
        defaultSubcommand: LinearTimeBenchmark.self)
}

GenBenchmarks.main()
