/// One file to make, and how: a template rendered with a context, or a value encoded as JSON.
/// Contexts and values are built when the job runs, so that they are built where the files are
/// made, on every core. Kinds let a job's context capture the model's array and an index rather
/// than an object, so that thousands of waiting jobs hold no copies of their objects.
package struct OutputJob: Sendable {
    enum Source: Sendable {
        /// A template (its path under `Templates/` without `.mustache`) and its context.
        case template(String, context: @Sendable () -> any TemplateValueConvertible & Sendable)
        /// A value of a format that has a `Codable` model, encoded as pretty-printed JSON with
        /// sorted keys.
        case json(@Sendable () -> any Encodable & Sendable)
    }

    /// Relative to the output folder.
    package var path: String
    var source: Source
    /// Whether the file covers every object, so that its context grows with the spec.
    var isWholeSpec: Bool

    init(
        template: String, context: @autoclosure @escaping @Sendable () -> any TemplateValueConvertible & Sendable,
        path: String, isWholeSpec: Bool = false
    ) {
        self.path = path
        self.source = .template(template, context: context)
        self.isWholeSpec = isWholeSpec
    }

    init(
        json value: @autoclosure @escaping @Sendable () -> any Encodable & Sendable, path: String,
        isWholeSpec: Bool = false
    ) {
        self.path = path
        self.source = .json(value)
        self.isWholeSpec = isWholeSpec
    }

    /// Builds the job's context or value and renders the file; `nil` when rendering fails, its
    /// problems logged.
    func render(with renderer: TemplateRenderer, log: DiagnosticLog) -> OutputFile? {
        let contents: String?
        switch source {
        case .template(let template, let context):
            contents = renderer.render(template, context: context(), log: log)
        case .json(let value):
            contents = JSONOutput.encode(value(), log: log)
        }
        return contents.map { OutputFile(path: path, contents: $0) }
    }
}

extension OutputJob {
    /// The context the job's template renders, built now; `nil` for a JSON file. `gen diff` reads
    /// the Swift library's public API from them.
    package func makeContext() -> (any Sendable)? {
        guard case .template(_, let context) = source else { return nil }
        return context()
    }
}

/// One kind of output the generator makes from the checked model, such as the Swift library or
/// the Terraform schema: it decides its files, and the template and context of each.
protocol OutputKind: Sendable {
    func jobs(for model: SpecModel) -> [OutputJob]
}

/// The kinds of output a run makes; a new kind is one more entry here.
package enum OutputKinds {
    static let all: [any OutputKind] = [
        SwiftLibraryOutput(),
        SwiftReferenceDocsOutput(),
        TerraformSchemaOutput(),
        TerraformRegistryDocsOutput(),
        TerraformProviderOutput(),
    ]

    /// The files of every kind, in the order they are best rendered in: the jobs over the whole
    /// spec, which hold the largest contexts, alternate between the start and the end, so that
    /// on a large spec two of them do not run at once.
    package static func jobs(for model: SpecModel) -> [OutputJob] {
        let jobs = all.flatMap { $0.jobs(for: model) }
        let wholeSpec = jobs.filter(\.isWholeSpec)
        let atStart = wholeSpec.indices.filter { $0.isMultiple(of: 2) }.map { wholeSpec[$0] }
        let atEnd = wholeSpec.indices.filter { !$0.isMultiple(of: 2) }.map { wholeSpec[$0] }
        return atStart + jobs.filter { !$0.isWholeSpec } + atEnd
    }
}

/// The Swift packages' targets under `Generated/`.
package enum GeneratedTargets {
    /// The Swift library.
    package static let swiftLibrary = "StripeBilling"
    /// The docs' usage examples, a target the package compiles.
    static let examples = "StripeBillingExamples"
    /// The Terraform provider's resources and schema.
    static let provider = "TerraformProviderStripeResources"
}
