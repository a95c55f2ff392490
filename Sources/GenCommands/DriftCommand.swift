import ArgumentParser
import Foundation
import GenDrift
import StripeCodegen

/// `gen drift --openapi FILE`: how `spec/` differs from Stripe's OpenAPI document, one
/// compiler-style line per difference; `--apply` rewrites `spec/*.yaml` to match.
struct DriftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Compares spec/ with Stripe's OpenAPI document; exits 1 when they differ.",
        discussion: """
            Reports fields, enum values, limits, nullability, required parameters, parameters and the \
            API version that differ. With --apply, edits spec/*.yaml in place to match (only the \
            lines concerned); run `swift run gen` afterwards.

            Exit status: 0 when spec/ matches (with --apply: when every difference was applied); 1 \
            when they differ (with --apply: when some must be edited by hand); 2 when spec/ or the \
            OpenAPI document cannot be read; 64 when the command line cannot be read.
            """)

    enum Format: String, ExpressibleByArgument {
        case text, json
    }

    @Option(help: "Stripe's OpenAPI document (spec3.json, or a subset of the same shape).")
    var openapi: String

    @Option(help: "The project folder that holds spec/.")
    var root: String = "."

    @Option(help: "text (compiler-style lines) or json.")
    var format: Format = .text

    @Flag(help: "Rewrite spec/*.yaml to match the OpenAPI document.")
    var apply = false

    func run() throws {
        let paths = GeneratorPaths(root: URL(fileURLWithPath: root, isDirectory: true))
        let specDisplay = paths.display(paths.spec)
        let openAPIDisplay = paths.display(URL(fileURLWithPath: openapi))
        do {
            let drift = try SpecDrift(
                specDirectory: paths.spec.path, specDisplay: specDisplay, openAPIPath: openapi,
                openAPIDisplay: openAPIDisplay)
            guard apply else {
                try report(drift, source: openAPIDisplay)
                if !drift.drifts.isEmpty { throw ExitCode.failure }
                return
            }
            let application = try drift.apply()
            try report(drift, application: application, source: openAPIDisplay)
            try checkApplied(drift, application: application, paths: paths)
        } catch let error as DiagnosticsError {
            for diagnostic in error.diagnostics {
                printError(diagnostic.description)
            }
            throw ExitCode(2)
        }
    }

    private func report(
        _ drift: SpecDrift, application: SpecDrift.Application? = nil, source: String
    ) throws {
        if format == .json {
            print(try DriftJSONReport(drift, application: application).encoded())
            return
        }
        let notApplied = Dictionary(
            application?.notApplied.map { ($0.drift.description, $0.reason) } ?? [],
            uniquingKeysWith: { $1 })
        for item in drift.drifts {
            print(item.description)
            if let reason = notApplied[item.description] {
                print("\(item.location): note: not applied: \(reason)")
            } else if let review = item.review, application != nil || !item.isApplicable {
                let prefix = item.isApplicable ? "review" : "not applied by --apply"
                print("\(item.location): note: \(prefix): \(review)")
            }
        }
        for skipped in drift.notCompared {
            print(skipped.description)
        }
        let compared =
            "\(drift.objectsCompared) objects and \(drift.operationsCompared) operations compared"
            + (drift.notCompared.isEmpty ? "" : ", \(drift.notCompared.count) not compared")
        if drift.drifts.isEmpty {
            print(
                "gen drift: \(compared); spec/ matches OpenAPI \(drift.openAPIVersion) (\(source))."
            )
            return
        }
        let applicable = drift.drifts.filter(\.isApplicable).count
        print(
            "gen drift: \(drift.drifts.count) difference(s) from OpenAPI \(drift.openAPIVersion) (\(source)); "
                + "\(compared); --apply makes \(applicable) of them.")
        if let application {
            for file in application.filesChanged {
                print("gen drift --apply: rewrote \(file)")
            }
        }
    }

    /// After `--apply`: the spec must still be valid, and only what a person must decide may
    /// still differ.
    private func checkApplied(
        _ drift: SpecDrift, application: SpecDrift.Application, paths: GeneratorPaths
    ) throws {
        do {
            _ = try Generator(paths: paths).model()
        } catch let error as DiagnosticsError {
            for diagnostic in error.diagnostics {
                printError(diagnostic.description)
            }
            printError(
                "gen drift --apply: the edited spec has errors; fix them (or undo the edits) before `swift run gen`."
            )
            throw ExitCode.failure
        }
        let left = application.notApplied.count + drift.drifts.filter { !$0.isApplicable }.count
        if format == .text {
            print(
                left == 0
                    ? "gen drift --apply: done; run `swift run gen`, then review the notes above."
                    : "gen drift --apply: \(left) difference(s) need editing by hand (see the notes above)."
            )
        }
        if left > 0 { throw ExitCode.failure }
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
