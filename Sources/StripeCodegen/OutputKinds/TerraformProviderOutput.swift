/// The provider's generated part: a resource type per Terraform resource, and their list.
struct TerraformProviderOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        let resources = model.terraformResources
        guard !resources.isEmpty else { return [] }
        let target = GeneratedTargets.provider
        var jobs = resources.compactMap { object, terraform -> OutputJob? in
            TerraformResourceContextBuilder().file(for: object, terraform).map {
                OutputJob(
                    template: "terraform_provider/resource", context: $0,
                    path: "\(target)/\($0.typeName).swift")
            }
        }
        let list = TerraformResourcesFileContext(
            header: GeneratedFileHeader.swift(
                source: resources.map(\.object.sourcePath).joined(separator: ", ")),
            resources: resources.map {
                .init(
                    typeName: TerraformResourceContextBuilder.typeName(of: $0.object),
                    separator: resources.count > 1 ? "," : "")
            })
        jobs.append(
            OutputJob(
                template: "terraform_provider/resources", context: list,
                path: "\(target)/StripeProvider+Resources.swift"))
        return jobs
    }
}
