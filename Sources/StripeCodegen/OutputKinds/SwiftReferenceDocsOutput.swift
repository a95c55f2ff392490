/// The Swift reference: a page per object, and its usage example as code the package compiles.
struct SwiftReferenceDocsOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        let reference = SwiftReferenceDocContextBuilder(model: model)
        return model.objects.flatMap { object in
            let example = reference.exampleLines(for: object)
            var jobs = [
                OutputJob(
                    template: "docs/swift_reference", context: reference.file(for: object, exampleLines: example),
                    path: "docs/swift/\(object.swiftName).md")
            ]
            if !example.isEmpty {
                jobs.append(
                    OutputJob(
                        template: "swift/example", context: reference.example(for: object, lines: example),
                        path: "\(GeneratedTargets.examples)/\(object.swiftName)Example.swift"))
            }
            return jobs
        }
    }
}
