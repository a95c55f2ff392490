/// A registry page per Terraform resource.
struct TerraformRegistryDocsOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        let builder = TerraformDocContextBuilder()
        let resources = model.terraformResources
        return resources.indices.map { index in
            OutputJob(
                template: "docs/resource", context: builder.file(for: resources[index].object, resources[index].terraform),
                path: "docs/resources/\(resources[index].terraform.resourceName).md")
        }
    }
}
