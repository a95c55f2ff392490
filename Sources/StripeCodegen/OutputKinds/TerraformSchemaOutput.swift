/// The provider's schema, as `terraform providers schema -json` prints it and as a Swift value.
struct TerraformSchemaOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        guard let schema = TerraformSchemaTranslator(model: model).schema() else { return [] }
        let sources = model.terraformResources.map(\.object.sourcePath).joined(separator: ", ")
        let context = TerraformSchemaContextBuilder().file(for: schema, source: sources)
        return [
            OutputJob(
                template: "terraform/schema", context: context, path: "terraform/schema.json"),
            OutputJob(
                template: "swift/terraform_schema", context: context,
                path: "\(GeneratedTargets.swiftLibrary)/TerraformProviderSchemas+Stripe.swift"),
        ]
    }
}
