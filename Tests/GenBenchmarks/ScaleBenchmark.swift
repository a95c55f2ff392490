import ArgumentParser
import Foundation

/// `GenBenchmarks scale`: runs `gen` as a subprocess on synthetic projects of N copies of the
/// billing meter object and reports wall time, time per object, peak memory and, when `gen`
/// prints them, its stages; optionally against a baseline `gen`, and the generated library's
/// compile time.
struct ScaleBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract: "gen's time and memory against the number of objects in the spec.")

    @Option(parsing: .upToNextOption, help: "The numbers of meter copies to synthesize.")
    var sizes: [Int] = [10, 100, 1000]

    @Option(help: "Timed runs of each gen per size; the report gives the median and the best.")
    var runs = 3

    @Option(help: "The gen executable to measure.")
    var gen = repository.appendingPathComponent(".build/release/gen").path

    @Option(help: "The checkout whose spec/ and Templates/ (and Sources/StripeRuntime) gen gets.")
    var source = repository.path

    @Option(help: "A second gen executable, run alternately with the first on the same sizes.")
    var baselineGen: String?

    @Option(help: "The checkout for the baseline gen, such as a worktree of its commit.")
    var baselineSource: String?

    @Option(
        parsing: .upToNextOption,
        help: "Also time compiling the generated StripeBilling in these configurations (slow).")
    var compile: [BuildConfiguration] = []

    func validate() throws {
        guard runs > 0, sizes.allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--runs and --sizes must be positive.")
        }
        guard baselineSource == nil || baselineGen != nil else {
            throw ValidationError("--baseline-source needs --baseline-gen.")
        }
    }

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gen-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let processes = ChildProcess(logFolder: work)

        var binaries = [
            try GenBinary(
                label: "gen", executable: gen, source: URL(fileURLWithPath: source),
                processes: processes)
        ]
        if let baselineGen {
            binaries.append(
                try GenBinary(
                    label: "baseline", executable: baselineGen,
                    source: URL(fileURLWithPath: baselineSource ?? source), processes: processes))
        }
        for binary in binaries {
            ScaleReport.line(
                "\(binary.label): \(binary.executable), spec and templates of \(binary.source.path)"
                    + (binary.printsStageTimings ? ", with --timings" : ""))
        }

        var measurementsBySize: [[ScaleMeasurement]] = []
        for size in sizes {
            let measurements = try measure(
                binaries, objectCount: size, in: work, processes: processes)
            ScaleReport.printSize(measurements)
            measurementsBySize.append(measurements)
            if !compile.isEmpty {
                let packages = try binaries.map { binary in
                    try CompilePackage.create(
                        at: work.appendingPathComponent("compile-\(binary.label)-\(size)"),
                        label: binary.label, generated: outputFolder(of: binary, in: work),
                        runtimeSource: binary.source)
                }
                try CompileBenchmark.run(
                    packages, objectCount: size, configurations: compile, runs: runs,
                    processes: processes)
            }
        }
        ScaleReport.printLinearity(measurementsBySize)
    }

    /// Runs every binary `runs` times on its own synthetic project of `objectCount` copies,
    /// alternating binaries, and leaves each one's last output in its output folder.
    private func measure(
        _ binaries: [GenBinary], objectCount: Int, in work: URL, processes: ChildProcess
    ) throws -> [ScaleMeasurement] {
        let projects = try binaries.map { binary in
            let root = work.appendingPathComponent("project-\(binary.label)")
            try? FileManager.default.removeItem(at: root)
            return try SyntheticProject.create(
                at: root, from: binary.source, objectCount: objectCount)
        }
        var runsByBinary = Array(repeating: [GenRun](), count: binaries.count)
        for round in 0..<runs {
            for index in alternatingOrder(binaries.indices, round: round) {
                let binary = binaries[index]
                runsByBinary[index].append(
                    try binary.generate(
                        projects[index], into: outputFolder(of: binary, in: work),
                        processes: processes))
            }
        }
        return binaries.indices.map {
            ScaleMeasurement(
                label: binaries[$0].label, objectCount: objectCount, runs: runsByBinary[$0])
        }
    }

    private func outputFolder(of binary: GenBinary, in work: URL) -> URL {
        work.appendingPathComponent("output-\(binary.label)")
    }
}
