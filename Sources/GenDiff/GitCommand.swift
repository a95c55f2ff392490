import StripeCodegen
import Foundation

/// Runs `git` in a folder, as a subprocess, for what it prints on standard output.
struct GitCommand {
    /// The folder git runs in (`git -C`).
    let folder: URL

    /// How a run ended.
    struct Result {
        /// `git`'s exit status; 127 when it could not be found.
        var status: Int32
        var output: Data
    }

    /// Runs `git <arguments>`; git's own messages are not shown, the callers say what failed.
    func run(_ arguments: [String]) throws(DiagnosticsError) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DiagnosticsError([
                Diagnostic(
                    "cannot run git to read a revision: /usr/bin/env cannot be started", at: nil)
            ])
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 {
            throw DiagnosticsError([
                Diagnostic("cannot run git to read a revision: git is not installed", at: nil)
            ])
        }
        return Result(status: process.terminationStatus, output: data)
    }
}
