/// The Swift reference: a page per object, and its usage example as code the package compiles.
struct SwiftReferenceDocsOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        let reference = SwiftReferenceDocContextBuilder(model: model)
        let objects = model.objects
        return objects.indices.flatMap { index in
            let example = reference.example(for: objects[index])
            var jobs = [
                OutputJob(
                    template: "docs/swift_reference", context: reference.file(for: objects[index], example: example),
                    path: "docs/swift/\(objects[index].swiftName).md")
            ]
            if let example {
                jobs.append(
                    OutputJob(
                        template: "swift/example", context: reference.exampleFile(for: objects[index], example: example),
                        path: "\(GeneratedTargets.examples)/\(objects[index].swiftName)Example.swift"))
            }
            return jobs
        }
    }
}
