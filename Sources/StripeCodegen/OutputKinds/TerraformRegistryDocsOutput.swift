/// A registry page per Terraform resource.
struct TerraformRegistryDocsOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        let builder = TerraformDocContextBuilder()
        return model.terraformResources.map { object, terraform in
            OutputJob(
                template: "docs/resource", context: builder.file(for: object, terraform),
                path: "docs/resources/\(terraform.resourceName).md")
        }
    }
}
