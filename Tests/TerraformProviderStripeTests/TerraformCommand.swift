import Foundation

/// Runs the `terraform` command line in a working folder, with an environment that keeps it
/// off the network: no version check, no plugin installation, a CLI configuration of our own.
struct TerraformCommand {
    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var output: String
    }

    /// `terraform` on PATH, if there is one.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("terraform") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    let folder: URL
    var environment: [String: String]

    /// A command for `folder` whose CLI configuration is `cliConfiguration` (written there).
    init(folder: URL, cliConfiguration: String = "", environment: [String: String] = [:]) throws {
        self.folder = folder
        let configFile = folder.appendingPathComponent("terraform.tfrc")
        try cliConfiguration.write(to: configFile, atomically: true, encoding: .utf8)
        self.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder.path,
            "TF_CLI_CONFIG_FILE": configFile.path,
            "TF_IN_AUTOMATION": "1",
            "CHECKPOINT_DISABLE": "1",
            "TF_INPUT": "0",
        ].merging(environment) { _, new in new }
    }

    /// Runs `terraform arguments…` and waits for it without blocking a thread.
    func run(_ arguments: String...) async throws -> Result {
        let (process, output, outputFile) = try process(arguments)
        let status = try await withCheckedThrowingContinuation {
            (continuation: CheckedContinuation<Int32, any Error>) in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try output.close()
        let text = try String(contentsOf: outputFile, encoding: .utf8)
        try FileManager.default.removeItem(at: outputFile)
        return Result(status: status, output: text)
    }

    /// Starts `terraform arguments…` and returns at once, for a test that stops it midway; its
    /// output goes to a file in the folder.
    func start(_ arguments: String...) throws -> Process {
        let (process, _, _) = try process(arguments)
        try process.run()
        return process
    }

    /// `terraform arguments…` in the folder, not started, writing its output to a new file there.
    private func process(_ arguments: [String]) throws -> (Process, output: FileHandle, outputFile: URL) {
        guard let executable = Self.executable else { throw CocoaError(.executableNotLoadable) }
        let outputFile = folder.appendingPathComponent("terraform-output-\(UUID().uuidString).txt")
        try Data().write(to: outputFile)
        let output = try FileHandle(forWritingTo: outputFile)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment
        process.standardOutput = output
        process.standardError = output
        return (process, output, outputFile)
    }

    /// A new empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
