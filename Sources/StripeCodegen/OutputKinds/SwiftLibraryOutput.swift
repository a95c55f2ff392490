/// The Swift library: a model, request builders and a service per object, the client, and the
/// plan helper of each Terraform resource.
struct SwiftLibraryOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        let target = GeneratedTargets.swiftLibrary
        let swiftModels = SwiftModelContextBuilder(apiVersion: model.apiVersion)
        let requests = SwiftRequestsContextBuilder()
        let services = SwiftServiceContextBuilder(model: model)
        var jobs = model.objects.map { object in
            OutputJob(
                template: "swift/model", context: swiftModels.file(for: object),
                path: "\(target)/\(object.swiftName).swift")
        }
        for object in services.objects {
            jobs.append(
                OutputJob(
                    template: "swift/requests", context: requests.file(for: object),
                    path: "\(target)/\(object.swiftName)+Requests.swift"))
            jobs.append(
                OutputJob(
                    template: "swift/service", context: services.service(for: object),
                    path: "\(target)/\(services.serviceName(of: object)).swift"))
        }
        jobs.append(
            OutputJob(
                template: "swift/client", context: services.client(),
                path: "\(target)/StripeClient+Services.swift"))
        let terraformPlans = SwiftTerraformPlanContextBuilder()
        for (object, terraform) in model.terraformResources {
            jobs.append(
                OutputJob(
                    template: "swift/terraform_plan", context: terraformPlans.file(for: object, terraform),
                    path: "\(target)/\(object.swiftName)+TerraformPlan.swift"))
        }
        return jobs
    }
}
