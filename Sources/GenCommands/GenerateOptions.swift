import ArgumentParser
import Foundation
import StripeCodegen

/// What `gen generate` is asked to do, however the command line was read (see `Generate` for
/// each option's meaning).
public struct GenerateOptions: Equatable {
    var root = "."
    var templates: String?
    var output: String?
    var check = false
    var dumpContext = false
    var timings = false

    /// Generates, checks or dumps the contexts and reports on standard output and error; throws
    /// `ExitCode.failure` after reporting the problems of a run that failed.
    public func run() throws {
        let rootURL = URL(fileURLWithPath: root, isDirectory: true)
        let stageTimings = timings ? StageTimings() : nil
        defer {
            for stage in stageTimings?.stages ?? [] {
                printError("gen: stage \(stage.name) \(String(format: "%.4f", stage.seconds)) s")
            }
        }
        let generator = Generator(
            paths: GeneratorPaths(
                root: rootURL,
                templateOverrides: templates.map { URL(fileURLWithPath: $0, isDirectory: true) },
                output: output.map { URL(fileURLWithPath: $0, isDirectory: true) }),
            timings: stageTimings)
        let outputName = generator.paths.display(generator.paths.output)
        do {
            if dumpContext {
                print(try generator.dumpContexts())
                return
            }
            let onWait = { printError("gen: another gen run is using \(outputName)/; waiting for it to finish…") }
            if check {
                try report(check: generator.check(onWait: onWait), outputName: outputName)
            } else {
                report(written: try generator.write(onWait: onWait), outputName: outputName)
            }
        } catch let error as DiagnosticsError {
            for diagnostic in error.diagnostics {
                printError(diagnostic.description)
            }
            let count = error.diagnostics.count
            printError("gen: \(count) error\(count == 1 ? "" : "s"); \(outputName)/ was not changed.")
            throw ExitCode.failure
        }
    }

    private func report(written changes: OutputChanges, outputName: String) {
        var written = 0
        var removed = 0
        for change in changes.changes {
            switch change.kind {
            case .create, .update:
                written += 1
                print("wrote \(outputName)/\(change.path)")
            case .remove:
                removed += 1
                print("removed \(outputName)/\(change.path)")
            }
        }
        for path in changes.temporaries {
            print("removed \(outputName)/\(path) (left by an interrupted run)")
        }
        print("gen: \(written) written, \(removed) removed, \(changes.unchangedCount) unchanged.")
    }

    private func report(check changes: OutputChanges, outputName: String) throws {
        guard !changes.isEmpty else {
            print("gen --check: \(outputName)/ is up to date (\(changes.unchangedCount) files).")
            return
        }
        print(changes.unifiedDiff, terminator: "")
        for path in changes.temporaries {
            printError("gen --check: \(outputName)/\(path) is a temporary file left by an interrupted run.")
        }
        let count = changes.changes.count + changes.temporaries.count
        printError(
            "gen --check: \(count) file(s) in \(outputName)/ are stale, missing, extra or left over; "
                + "run `swift run gen`.")
        throw ExitCode.failure
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
