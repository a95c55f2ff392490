import StripeCodegen
/// `gen diff`'s Markdown, for a changelog: the suggested version, then the Swift library's and
/// the Terraform provider's changes, breaking first.
public struct DiffMarkdownReport: Sendable {
    let diff: SpecDiff

    public init(_ diff: SpecDiff) {
        self.diff = diff
    }

    public var text: String {
        var lines = ["## API changes from `\(diff.oldLabel)` to `\(diff.newLabel)`", ""]
        guard !diff.changes.isEmpty else {
            lines += [
                "No changes: the Swift library's public API and the Terraform resources are the same.",
                "",
                "Suggested version: **patch**.",
            ]
            return lines.joined(separator: "\n") + "\n"
        }
        lines += [versionLine, ""]
        for (surface, title) in [
            (APIChange.Surface.swift, "Swift library"), (.terraform, "Terraform provider"),
        ] {
            lines += ["### \(title)", ""]
            let changes = diff.changes.filter { $0.surface == surface }
            if changes.isEmpty {
                lines += ["No changes.", ""]
            }
            for impact in APIChangeImpact.allCases {
                let items = changes.filter { $0.impact == impact }
                guard !items.isEmpty else { continue }
                lines +=
                    ["#### \(Self.heading(impact))", ""] + items.map { "- \($0.message)" } + [""]
            }
        }
        return lines.dropLast().joined(separator: "\n") + "\n"
    }

    /// `Suggested version: **major** (changes: 2 breaking, 1 additive); before 1.0.0, the minor
    /// version.`
    private var versionLine: String {
        let counts = APIChangeImpact.allCases.compactMap { impact -> String? in
            let count = diff.changes.filter { $0.impact == impact }.count
            return count == 0 ? nil : "\(count) \(impact == .internal ? "other" : impact.rawValue)"
        }
        let summary = "changes: " + counts.joined(separator: ", ")
        let bump = diff.suggestedBump
        let beforeOne =
            switch bump {
            case .major: "; before 1.0.0, the minor version"
            case .minor: "; before 1.0.0, the patch version"
            case .patch: ""
            }
        return "Suggested version: **\(bump.rawValue)** (\(summary))\(beforeOne)."
    }

    private static func heading(_ impact: APIChangeImpact) -> String {
        switch impact {
        case .breaking: "Breaking"
        case .additive: "Additive"
        case .internal: "Other"
        }
    }
}
