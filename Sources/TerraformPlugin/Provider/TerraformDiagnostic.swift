/// A message for the person running Terraform, optionally pointing at an attribute.
public struct TerraformDiagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: Hashable, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    public var summary: String
    public var detail: String
    /// The attribute the message is about, when there is one.
    public var attribute: TerraformAttributePath?

    public init(
        severity: Severity, summary: String, detail: String = "",
        attribute: TerraformAttributePath? = nil
    ) {
        self.severity = severity
        self.summary = summary
        self.detail = detail
        self.attribute = attribute
    }

    /// An error.
    public static func error(
        _ summary: String, detail: String = "", at attribute: TerraformAttributePath? = nil
    ) -> Self {
        Self(severity: .error, summary: summary, detail: detail, attribute: attribute)
    }

    /// A warning.
    public static func warning(
        _ summary: String, detail: String = "", at attribute: TerraformAttributePath? = nil
    ) -> Self {
        Self(severity: .warning, summary: summary, detail: detail, attribute: attribute)
    }

    public var description: String {
        let location = attribute.map { " (\($0))" } ?? ""
        return "\(severity): \(summary)\(location)\(detail.isEmpty ? "" : ": \(detail)")"
    }
}

/// Diagnostics thrown by provider or resource code; the server reports them as they are.
public struct TerraformDiagnosticsError: Error, Hashable, Sendable {
    public var diagnostics: [TerraformDiagnostic]

    public init(_ diagnostics: [TerraformDiagnostic]) {
        self.diagnostics = diagnostics
    }
}
