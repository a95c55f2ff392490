/// One file to render: the template, its context, and the output path.
struct OutputJob: Sendable {
    /// The template name: its path under `Templates/` without `.mustache`.
    var template: String
    /// Relative to the output folder.
    var path: String
    private let makeContext: @Sendable () -> any Encodable & Sendable

    /// A job whose context is built when it is asked for, so that contexts are built where the
    /// files are rendered, on every core.
    init(
        template: String, context: @autoclosure @escaping @Sendable () -> any Encodable & Sendable,
        path: String
    ) {
        self.template = template
        self.makeContext = context
        self.path = path
    }

    /// The template's context, built anew.
    var context: any Encodable & Sendable { makeContext() }
}

/// One kind of output the generator makes from the checked model, such as the Swift library or
/// the Terraform schema: it decides its files, and the template and context of each.
protocol OutputKind: Sendable {
    func jobs(for model: SpecModel) -> [OutputJob]
}

/// The kinds of output a run makes; a new kind is one more entry here.
enum OutputKinds {
    static let all: [any OutputKind] = [
        SwiftLibraryOutput(),
        SwiftReferenceDocsOutput(),
        TerraformSchemaOutput(),
        TerraformRegistryDocsOutput(),
        TerraformProviderOutput(),
    ]

    /// The files of every kind.
    static func jobs(for model: SpecModel) -> [OutputJob] {
        all.flatMap { $0.jobs(for: model) }
    }
}

/// The Swift packages' targets under `Generated/`.
enum GeneratedTargets {
    /// The Swift library.
    static let swiftLibrary = "StripeBilling"
    /// The docs' usage examples, a target the package compiles.
    static let examples = "StripeBillingExamples"
    /// The Terraform provider's resources.
    static let provider = "TerraformProviderStripe"
}

extension SpecModel {
    /// The objects managed as Terraform resources, with their Terraform rules.
    var terraformResources: [(object: ObjectModel, terraform: TerraformModel)] {
        objects.compactMap { object in object.terraform.map { (object, $0) } }
    }
}
