/// The Swift library: a model, request builders and a service per object, the client, and the
/// plan helper of each Terraform resource.
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
        let terraformPlans = SwiftTerraformPlanContextBuilder()
        let resources = model.terraformResources
        for index in resources.indices {
            jobs.append(
                OutputJob(
                    template: "swift/terraform_plan",
                    context: terraformPlans.file(for: resources[index].object, resources[index].terraform),
                    path: "\(target)/\(resources[index].object.swiftName)+TerraformPlan.swift"))
        }
        return jobs
    }
}
