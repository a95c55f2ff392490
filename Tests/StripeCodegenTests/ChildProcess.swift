import Foundation

/// Runs tools the tests need (`swiftc`, `git`, `swift package`) through `/usr/bin/env`.
enum ChildProcess {
    /// Runs `command` with `arguments` in `folder` (the current one when `nil`), to its end; its
    /// exit status and its output and errors together.
    static func run(_ command: [String], in folder: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
