/// A registry page per Terraform resource and data source.
struct TerraformRegistryDocsOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        let builder = TerraformDocContextBuilder()
        let resources = model.terraformResources
        var jobs = resources.indices.map { index in
            OutputJob(
                template: "docs/resource", context: builder.file(for: resources[index].object, resources[index].terraform),
                path: "docs/resources/\(resources[index].terraform.resourceName).md")
        }
        guard let translator = TerraformSchemaTranslator(model: model) else { return jobs }
        let pages = TerraformDataSourceDocContextBuilder(dataSources: translator.dataSources())
        for (object, terraform) in resources {
            if let name = terraform.dataSource {
                jobs.append(
                    OutputJob(
                        template: "docs/data_source", context: pages.lookupPage(for: object, terraform, name: name),
                        path: "docs/data-sources/\(TerraformModel.pageName(of: name)).md"))
            }
            if let list = terraform.listDataSource {
                jobs.append(
                    OutputJob(
                        template: "docs/data_source", context: pages.listPage(for: object, terraform, list),
                        path: "docs/data-sources/\(TerraformModel.pageName(of: list.name)).md"))
            }
        }
        return jobs
    }
}
