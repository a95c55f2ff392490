/// The Swift library: a model, request builders and a service per object, and the client.
struct SwiftLibraryOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        let target = GeneratedTargets.swiftLibrary
        let swiftModels = SwiftModelContextBuilder(apiVersion: model.apiVersion)
        let requests = SwiftRequestsContextBuilder()
        let services = SwiftServiceContextBuilder(model: model)
        let objects = model.objects
        var jobs = objects.indices.map { index in
            OutputJob(
                template: "swift/model", context: swiftModels.file(for: objects[index]),
                path: "\(target)/\(objects[index].swiftName).swift")
        }
        let served = model.servedObjects
        for index in served.indices {
            jobs.append(
                OutputJob(
                    template: "swift/requests", context: requests.file(for: served[index]),
                    path: "\(target)/\(served[index].swiftName)+Requests.swift"))
            jobs.append(
                OutputJob(
                    template: "swift/service", context: services.service(for: served[index]),
                    path: "\(target)/\(served[index].serviceName).swift"))
        }
        jobs.append(
            OutputJob(
                template: "swift/client", context: services.client(),
                path: "\(target)/StripeClient+Services.swift", isWholeSpec: true))
        jobs.append(
            OutputJob(
                template: "swift/module",
                context: SwiftModuleFileContext(
                    header: GeneratedFileHeader.swift(source: "spec/*.yaml"),
                    commentLines: DocComment.wrap(
                        "The library's users get the runtime's types (`StripeClient`, `StripeList`, "
                            + "`StripeEnum`) from `import \(target)` alone.",
                        width: DocComment.lineLength - 3
                    ).map { "// " + $0 },
                    exports: ["StripeRuntime"]),
                path: "\(target)/\(target).swift"))
        return jobs
    }
}
