/// The Swift reference: a page per object, and its usage example as code the package compiles.
struct SwiftReferenceDocsOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        let reference = SwiftReferenceDocContextBuilder(model: model)
        return model.objects.flatMap { object in
            let page = reference.file(for: object)
            var jobs = [
                OutputJob(
                    template: "docs/swift_reference", context: page,
                    path: "docs/swift/\(object.swiftName).md")
            ]
            if page.hasExample {
                jobs.append(
                    OutputJob(
                        template: "swift/example", context: page,
                        path: "\(GeneratedTargets.examples)/\(object.swiftName)Example.swift"))
            }
            return jobs
        }
    }
}
