/// The Swift reference: a page per object, and its usage example as code the package compiles.
struct SwiftReferenceDocsOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        let reference = SwiftReferenceDocContextBuilder(model: model)
        let objects = model.objects
        let target = GeneratedTargets.examples
        let module = OutputJob(
            template: "swift/module",
            context: SwiftModuleFileContext(
                header: GeneratedFileHeader.swift(source: "spec/*.yaml"),
                commentLines: [
                    "// The usage examples of the Swift reference (docs/swift), compiled so that they cannot rot.",
                ],
                exports: []),
            path: "\(target)/\(target).swift")
        return [module] + objects.indices.flatMap { index in
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
                        path: "\(target)/\(objects[index].swiftName)Example.swift"))
            }
            return jobs
        }
    }
}
