/// One problem found in the input, printed like a compiler error.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is; `nil` when it concerns no particular place.
    public var location: SourceLocation?
    /// What is wrong, in one sentence.
    public var message: String

    /// Creates a diagnostic.
    public init(_ message: String, at location: SourceLocation?) {
        self.message = message
        self.location = location
    }

    public var description: String {
        if let location {
            return "\(location): error: \(message)"
        }
        return "error: \(message)"
    }
}

/// The error thrown when the input has problems: every problem found, in the order found.
public struct DiagnosticsError: Error, CustomStringConvertible {
    /// The problems, never empty.
    public var diagnostics: [Diagnostic]

    /// Creates the error from the problems found.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// Collects the problems found by the stages of one run, so that a run reports all of them at once.
/// A reference type, so that nested checkers add to the same log.
package final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []
    private var recorded: Set<Diagnostic> = []

    package init() {}

    package var isEmpty: Bool { diagnostics.isEmpty }

    /// Records a problem; the same problem found again (say, in each file a template renders)
    /// is recorded once.
    package func error(_ message: String, at location: SourceLocation?) {
        let diagnostic = Diagnostic(message, at: location)
        if recorded.insert(diagnostic).inserted {
            diagnostics.append(diagnostic)
        }
    }

    /// `body`'s result, or `nil` when it fails: its file error is then recorded like any problem.
    package func recordingFileErrors<Result>(_ body: () throws(FileSystemError) -> Result) -> Result? {
        do {
            return try body()
        } catch {
            self.error(error.diagnostic.message, at: error.diagnostic.location)
            return nil
        }
    }

    /// Throws every collected problem, if there is any, in file and line order.
    package func throwIfAny() throws {
        if !diagnostics.isEmpty {
            throw DiagnosticsError(sorted)
        }
    }

    private var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element.location, rhs.element.location)
            if let left, let right, left != right {
                return (left.file, left.line, left.column) < (right.file, right.line, right.column)
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
