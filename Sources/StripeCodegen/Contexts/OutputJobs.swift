/// One file to render: the template, its context, and the output path.
struct OutputJob {
    /// The template name: its path under `Templates/` without `.mustache`.
    var template: String
    var context: any Encodable
    /// Relative to the output folder.
    var path: String
}

/// Decides which files the model produces, and from which template and context.
enum OutputJobs {
    /// The Swift target's folder under `Generated/`.
    static let swiftTarget = "StripeBilling"

    static func all(for model: SpecModel) -> [OutputJob] {
        let swiftModels = SwiftModelContextBuilder(apiVersion: model.apiVersion)
        return model.objects.map { object in
            OutputJob(
                template: "swift/model", context: swiftModels.file(for: object),
                path: "\(swiftTarget)/\(object.swiftName).swift")
        }
    }
}
