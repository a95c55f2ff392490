import Foundation

/// One `gen` executable under test, and the checkout whose spec and templates it is fed.
struct GenBinary {
    /// How the report names it: `gen` or `baseline`.
    var label: String
    var executable: String
    var source: URL
    /// Whether `gen --help` offers `--timings`, which prints `gen: stage <name> <seconds> s` lines.
    var printsStageTimings: Bool

    init(label: String, executable: String, source: URL, processes: ChildProcess) throws {
        self.label = label
        self.executable = executable
        self.source = source
        // Since `gen drift`, the generating command's options are those of `gen generate`.
        let help = try processes.runChecked(executable, ["--help"])
        let generateHelp = try? processes.runChecked(executable, ["generate", "--help"])
        printsStageTimings = [help, generateHelp].compactMap { $0 }.contains {
            ($0.standardOutput + $0.standardError).contains("--timings")
        }
    }

    /// Runs `gen` once on `project` into `output`, which is emptied first.
    func generate(_ project: SyntheticProject, into output: URL, processes: ChildProcess) throws
        -> GenRun
    {
        try? FileManager.default.removeItem(at: output)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let arguments =
            ["--root", project.root.path, "--output", output.path]
            + (printsStageTimings ? ["--timings"] : [])
        let result = try processes.runChecked(executable, arguments)
        return GenRun(
            wallSeconds: result.wallSeconds,
            peakMemoryBytes: result.peakMemoryBytes,
            stages: StageTiming.parse(result.standardError))
    }
}

/// What one `gen` run cost.
struct GenRun {
    var wallSeconds: Double
    var peakMemoryBytes: Int
    var stages: [StageTiming]
}

/// One `gen: stage <name> <seconds> s` line of `gen --timings`.
struct StageTiming {
    var name: String
    var seconds: Double

    /// The stage lines of `standardError`, in order; other lines are ignored.
    static func parse(_ standardError: String) -> [StageTiming] {
        standardError.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard words.count >= 5, words[0] == "gen:", words[1] == "stage", words.last == "s",
                let seconds = Double(words[words.count - 2])
            else { return nil }
            return StageTiming(
                name: words[2..<(words.count - 2)].joined(separator: " "), seconds: seconds)
        }
    }
}
