import ArgumentParser
import Foundation

/// A SwiftPM build configuration, as `swift build -c` takes it.
enum BuildConfiguration: String, ExpressibleByArgument, CaseIterable {
    case debug, release
}

/// A tiny package of one `gen` output's `StripeBilling` sources and the hand-written modules it
/// builds on (`StripeRuntime`, and `TerraformSchemas` where the checkout has it) of the checkout
/// that `gen` came from, to time how long the generated library takes to compile.
struct CompilePackage {
    var label: String
    var root: URL

    static func create(
        at root: URL, label: String, generated output: URL, runtimeSource: URL
    ) throws -> CompilePackage {
        let files = FileManager.default
        let sources = root.appendingPathComponent("Sources")
        try files.createDirectory(at: sources, withIntermediateDirectories: true)
        try files.copyItem(
            at: output.appendingPathComponent("StripeBilling"),
            to: sources.appendingPathComponent("StripeBilling"))
        var modules: [String] = []
        for module in ["StripeRuntime", "TerraformSchemas"] {
            let source = runtimeSource.appendingPathComponent("Sources/\(module)")
            guard files.fileExists(atPath: source.path) else { continue }
            try files.copyItem(at: source, to: sources.appendingPathComponent(module))
            modules.append(module)
        }
        try Data(manifest(modules: modules).utf8).write(to: root.appendingPathComponent("Package.swift"))
        return CompilePackage(label: label, root: root)
    }

    private static func manifest(modules: [String]) -> String {
        let targets = modules.map { ".target(name: \"\($0)\")," }
        let dependencies = modules.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
            // swift-tools-version: 6.0
            import PackageDescription

            let package = Package(
                name: "CompileBenchmark",
                targets: [
                    \(targets.joined(separator: "\n            "))
                    .target(name: "StripeBilling", dependencies: [\(dependencies)]),
                ]
            )

            """
    }

    /// One `swift build`, in seconds.
    func build(_ configuration: BuildConfiguration, processes: ChildProcess) throws -> Double {
        try processes.runChecked(
            "swift", ["build", "-c", configuration.rawValue, "--package-path", root.path]
        ).wallSeconds
    }

    /// Marks every generated source as changed, as an edit to the spec would.
    func touchGeneratedSources() throws {
        let generated = root.appendingPathComponent("Sources/StripeBilling")
        let now = Date()
        for name in try FileManager.default.contentsOfDirectory(atPath: generated.path) {
            try FileManager.default.setAttributes(
                [.modificationDate: now], ofItemAtPath: generated.appendingPathComponent(name).path)
        }
    }
}

/// Times the first build and touch + rebuild of each package in each configuration, alternating
/// the packages' rebuilds, and prints the results.
enum CompileBenchmark {
    static func run(
        _ packages: [CompilePackage], objectCount: Int, configurations: [BuildConfiguration],
        runs: Int, processes: ChildProcess
    ) throws {
        for configuration in configurations {
            ScaleReport.line("Compile, \(configuration.rawValue), N = \(objectCount):")
            let firstBuilds = try packages.map { try $0.build(configuration, processes: processes) }
            var rebuilds = Array(repeating: [Double](), count: packages.count)
            for round in 0..<runs {
                for index in alternatingOrder(packages.indices, round: round) {
                    try packages[index].touchGeneratedSources()
                    rebuilds[index].append(
                        try packages[index].build(configuration, processes: processes))
                }
            }
            for (index, package) in packages.enumerated() {
                ScaleReport.line(
                    "  \(ScaleReport.padded(package.label)) first build "
                        + "\(ScaleReport.seconds(firstBuilds[index]))  touch + rebuild median "
                        + "\(ScaleReport.seconds(median(rebuilds[index])))  best "
                        + "\(ScaleReport.seconds(rebuilds[index].min() ?? 0))")
            }
            for index in packages.indices.dropFirst() {
                ScaleReport.line(
                    "  \(packages[index].label) ÷ \(packages[0].label), touch + rebuild: "
                        + ScaleReport.ratio(median(rebuilds[index]) / median(rebuilds[0])))
            }
        }
    }
}
