import ArgumentParser
import Foundation
import StripeCodegen

/// `GenBenchmarks linear` (the default): shows that `gen`'s time grows linearly with its input,
/// for one very long description (opened by an unclosed code span) and for many errors. Each size
/// doubles the last; the time per unit of input must stay flat (a quadratic path would double
/// it each step). Exits 1 when the largest input costs more than 2.5× per unit what the smallest
/// does, or when `gen drift` takes a second or more on an 8 MB OpenAPI document.
struct LinearTimeBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linear",
        abstract: "gen's time against one file's size: a long description and many errors.")

    func run() throws {
        var failed = false
        for benchmark in cases {
            print("\(benchmark.name):")
            var perUnit: [Double] = []
            for size in benchmark.sizes {
                let root = try project { benchmark.edit(size, $0) }
                defer { try? FileManager.default.removeItem(at: root) }
                let time = seconds(root)
                perUnit.append(time / Double(size))
                print("  \(size) \(benchmark.unit): \(String(format: "%.3f", time)) s")
            }
            let growth = perUnit.last! / perUnit.first!
            print(
                "  time per \(benchmark.unit == "KB" ? "KB" : "error"), largest ÷ smallest: \(String(format: "%.2f", growth))×"
            )
            if growth > 2.5 {
                print("  not linear")
                failed = true
            }
        }
        if try !benchmarkDrift() {
            print("  gen drift is too slow")
            failed = true
        }
        if failed { throw ExitCode.failure }
    }
}

/// A project folder with the repository's templates and its spec, `billing_meter.yaml` edited.
func project(editingMeter edit: (String) -> String) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
        "gen-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for folder in ["Templates", "spec"] {
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
    }
    let meter = root.appendingPathComponent("spec/billing_meter.yaml")
    try Data(edit(try String(contentsOf: meter, encoding: .utf8)).utf8).write(to: meter)
    return root
}

/// The best of three runs of rendering the whole output (or failing with every error), in seconds.
func seconds(_ root: URL) -> Double {
    let generator = Generator(paths: GeneratorPaths(root: root))
    let clock = ContinuousClock()
    return (0..<3).map { _ in
        let elapsed = clock.measure { _ = try? generator.plan() }
        return Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
    }.min() ?? 0
}

/// The spec with its top-level description (a folded block) replaced by one quoted line.
func replacingDescription(of spec: String, with text: String) -> String {
    var lines = spec.components(separatedBy: "\n")
    guard let start = lines.firstIndex(where: { $0.hasPrefix("description:") }) else { return spec }
    var end = start + 1
    while end < lines.count, lines[end].hasPrefix(" ") { end += 1 }
    lines.replaceSubrange(start..<end, with: ["description: \"\(text)\""])
    return lines.joined(separator: "\n")
}

struct Case: Sendable {
    var name: String
    var unit: String
    var sizes: [Int]
    var edit: @Sendable (Int, String) -> String
}

let cases = [
    Case(name: "one long description", unit: "KB", sizes: [256, 512, 1024, 2048]) { size, spec in
        let words = (0..<(size * 1024 / 8)).map { "lorem\($0 % 100)" }.joined(separator: " ")
        return replacingDescription(of: spec, with: "`" + words)
    },
    Case(name: "many unknown keys", unit: "errors", sizes: [2500, 5000, 10000, 20000]) {
        size, spec in
        let fields = (0..<size).map { "  unknown_\($0):\n    tipe: string\n" }.joined()
        return spec.replacingOccurrences(of: "\nfields:\n", with: "\nfields:\n" + fields)
    },
]
