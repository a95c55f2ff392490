/// The provider's schema, as `terraform providers schema -json` prints it (encoded from the
/// runtime's `Codable` model of that format) and as a Swift value.
struct TerraformSchemaOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        guard let schema = TerraformSchemaTranslator(model: model).schema() else { return [] }
        let sources = model.terraformResources.map(\.object.sourcePath).joined(separator: ", ")
        return [
            OutputJob(json: schema.providerSchemas, path: "terraform/schema.json"),
            OutputJob(
                template: "swift/terraform_schema",
                context: TerraformSchemaContextBuilder().file(for: schema, source: sources),
                path: "\(GeneratedTargets.swiftLibrary)/TerraformProviderSchemas+Stripe.swift"),
        ]
    }
}
