import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one finished child process cost, measured by its parent.
struct ChildProcessResult {
    var exitStatus: Int32
    var wallSeconds: Double
    /// The child's peak resident set, from its own `rusage` (`wait4`), not its siblings'.
    var peakMemoryBytes: Int
    /// The processor time the child used, user and system, from the same `rusage`.
    var cpuSeconds: Double
    var standardOutput: String
    var standardError: String
}

struct ChildProcessError: Error, CustomStringConvertible {
    var description: String
}

/// Runs programs with `posix_spawnp` and reaps them with `wait4`, so each run reports its own
/// peak memory. Standard output and error go to files in `logFolder`, read back afterwards.
struct ChildProcess {
    var logFolder: URL

    /// Runs `program` (a path, or a name looked up in `PATH`) to completion.
    func run(_ program: String, _ arguments: [String]) throws -> ChildProcessResult {
        let outputPath = logFolder.appendingPathComponent("stdout.log").path
        let errorPath = logFolder.appendingPathComponent("stderr.log").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(
            &actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = ([program] + arguments).map { strdup($0) }
        let environment = ProcessInfo.processInfo.environment.map {
            strdup("\($0.key)=\($0.value)")
        }
        defer {
            for string in argv + environment { free(string) }
        }

        let clock = ContinuousClock()
        let start = clock.now
        var pid = pid_t()
        let spawnError = posix_spawnp(
            &pid, program, &actions, nil, argv + [nil], environment + [nil])
        guard spawnError == 0 else {
            throw ChildProcessError(
                description: "cannot start \(program): \(String(cString: strerror(spawnError)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else {
                throw ChildProcessError(description: "wait4 failed for \(program): errno \(errno)")
            }
        }
        let elapsed = clock.now - start

        let killedBySignal = status & 0x7f != 0
        return ChildProcessResult(
            exitStatus: killedBySignal ? 128 + (status & 0x7f) : (status >> 8) & 0xff,
            wallSeconds: elapsed.seconds,
            peakMemoryBytes: Int(usage.ru_maxrss) * maxRSSUnit,
            cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
            standardOutput: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }

    /// Like `run`, but throws with the end of the child's output when it fails.
    func runChecked(_ program: String, _ arguments: [String]) throws -> ChildProcessResult {
        let result = try run(program, arguments)
        guard result.exitStatus == 0 else {
            let output = (result.standardOutput + result.standardError).suffix(3000)
            throw ChildProcessError(
                description: "\(program) \(arguments.joined(separator: " ")) exited with "
                    + "\(result.exitStatus):\n\(output)")
        }
        return result
    }
}

/// `ru_maxrss` counts kilobytes on Linux and bytes on Darwin.
#if canImport(Darwin)
    private let maxRSSUnit = 1
#else
    private let maxRSSUnit = 1024
#endif

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
