/// The provider's generated part: a resource type per Terraform resource, with its plan, and the
/// provider that serves them.
struct TerraformProviderOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        let resources = model.terraformResources
        guard !resources.isEmpty else { return [] }
        let target = GeneratedTargets.provider
        let builder = TerraformResourceContextBuilder()
        var jobs = resources.indices.map { index in
            OutputJob(
                template: "terraform_provider/resource",
                context: builder.file(for: resources[index].object, resources[index].terraform),
                path: "\(target)/\(resources[index].object.terraformResourceTypeName).swift")
        }
        for (object, terraform) in resources where terraform.dataSource != nil || terraform.listDataSource != nil {
            jobs.append(
                OutputJob(
                    template: "terraform_provider/data_sources",
                    context: TerraformDataSourceContextBuilder().file(for: object, terraform),
                    path: "\(target)/\(object.terraformDataSourcesFileName).swift"))
        }
        let list = TerraformResourcesFileContext(
            header: GeneratedFileHeader.swift(
                source: resources.map(\.object.sourcePath).joined(separator: ", ")),
            providerAddress: resources[0].terraform.providerAddress,
            resources: resources.map { .init(typeName: $0.object.terraformResourceTypeName) },
            dataSources: resources.flatMap { [$0.terraform.dataSource, $0.terraform.listDataSource?.name] }
                .compactMap { $0.map { .init(typeName: TerraformModel.dataSourceTypeName($0)) } })
        jobs.append(
            OutputJob(
                template: "terraform_provider/resources", context: list,
                path: "\(target)/StripeProvider+Resources.swift", isWholeSpec: true))
        return jobs
    }
}
