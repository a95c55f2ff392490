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
    /// The folder of the docs' usage examples, a target the package compiles.
    static let examplesTarget = "StripeBillingExamples"
    /// The Terraform provider's target: its resources.
    static let providerTarget = "TerraformProviderStripe"

    static func all(for model: SpecModel) -> [OutputJob] {
        let swiftModels = SwiftModelContextBuilder(apiVersion: model.apiVersion)
        let requests = SwiftRequestsContextBuilder()
        let services = SwiftServiceContextBuilder(model: model)
        var jobs = model.objects.map { object in
            OutputJob(
                template: "swift/model", context: swiftModels.file(for: object),
                path: "\(swiftTarget)/\(object.swiftName).swift")
        }
        for object in services.objects {
            jobs.append(
                OutputJob(
                    template: "swift/requests", context: requests.file(for: object),
                    path: "\(swiftTarget)/\(object.swiftName)+Requests.swift"))
            jobs.append(
                OutputJob(
                    template: "swift/service", context: services.service(for: object),
                    path: "\(swiftTarget)/\(services.serviceName(of: object)).swift"))
        }
        jobs.append(OutputJob(template: "swift/client", context: services.client(), path: "\(swiftTarget)/StripeClient+Services.swift"))
        let reference = SwiftReferenceDocContextBuilder(model: model)
        let terraformDocs = TerraformDocContextBuilder()
        let terraformPlans = SwiftTerraformPlanContextBuilder()
        for object in model.objects {
            let page = reference.file(for: object)
            jobs.append(OutputJob(template: "docs/swift_reference", context: page, path: "docs/swift/\(object.swiftName).md"))
            if page.hasExample {
                jobs.append(
                    OutputJob(
                        template: "swift/example", context: page,
                        path: "\(examplesTarget)/\(object.swiftName)Example.swift"))
            }
            guard let terraform = object.terraform else { continue }
            jobs.append(
                OutputJob(
                    template: "docs/resource", context: terraformDocs.file(for: object, terraform),
                    path: "docs/resources/\(terraform.resourceName).md"))
            if let resource = TerraformResourceContextBuilder().file(for: object, terraform) {
                jobs.append(
                    OutputJob(
                        template: "terraform_provider/resource", context: resource,
                        path: "\(providerTarget)/\(resource.typeName).swift"))
            }
            if let plan = terraformPlans.file(for: object, terraform) {
                jobs.append(
                    OutputJob(
                        template: "swift/terraform_plan", context: plan,
                        path: "\(swiftTarget)/\(object.swiftName)+TerraformPlan.swift"))
            }
        }
        let resources = model.objects.filter { $0.terraform != nil }
        if !resources.isEmpty {
            let context = TerraformResourcesFileContext(
                header: GeneratedFileHeader.swift(source: resources.map(\.sourcePath).joined(separator: ", ")),
                resources: resources.map {
                    .init(typeName: TerraformResourceContextBuilder.typeName(of: $0), separator: resources.count > 1 ? "," : "")
                })
            jobs.append(
                OutputJob(
                    template: "terraform_provider/resources", context: context,
                    path: "\(providerTarget)/StripeProvider+Resources.swift"))
        }
        if let schema = TerraformSchemaTranslator(model: model).schema() {
            let sources = model.objects.filter { $0.terraform != nil }.map(\.sourcePath).joined(separator: ", ")
            let context = TerraformSchemaContextBuilder().file(for: schema, source: sources)
            jobs.append(OutputJob(template: "terraform/schema", context: context, path: "terraform/schema.json"))
            jobs.append(
                OutputJob(
                    template: "swift/terraform_schema", context: context,
                    path: "\(swiftTarget)/TerraformProviderSchemas+Stripe.swift"))
        }
        return jobs
    }
}
