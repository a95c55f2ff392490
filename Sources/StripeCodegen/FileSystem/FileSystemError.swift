#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file operation that failed: what was tried, on which path, and the system's reason, as one
/// line a user can act on (`cannot write 'Generated/x.swift': Permission denied`).
public struct FileSystemError: Error, CustomStringConvertible, Sendable {
    /// What was tried: `read`, `write`, `create the folder`, …
    public var action: String
    /// The path as the user knows it.
    public var path: String
    /// Why it failed.
    public var reason: String

    public init(_ action: String, _ path: String, reason: String) {
        self.action = action
        self.path = path
        self.reason = reason
    }

    /// The failure of a system call, from `errno`.
    static func posix(_ action: String, _ path: String, errno code: Int32 = errno)
        -> FileSystemError
    {
        FileSystemError(action, path, reason: String(cString: strerror(code)))
    }

    public var description: String { "cannot \(action) '\(path)': \(reason)" }

    /// The error as a diagnostic without a place in the input.
    package var diagnostic: Diagnostic { Diagnostic(description, at: nil) }
}
