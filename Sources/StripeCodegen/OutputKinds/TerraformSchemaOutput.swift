/// The provider's schema, as `terraform providers schema -json` prints it (encoded from the
/// runtime's `Codable` model of that format) and as a Swift value.
struct TerraformSchemaOutput: OutputKind {
    func jobs(for model: SpecModel) -> [OutputJob] {
        guard let translator = TerraformSchemaTranslator(model: model) else { return [] }
        let sources = model.terraformResources.map(\.object.sourcePath).joined(separator: ", ")
        // Each job translates the schema again when it runs, so that the whole schema is held by
        // one job at a time, and only while it runs.
        return [
            OutputJob(json: translator.schema().providerSchemas, path: "terraform/schema.json", isWholeSpec: true),
            OutputJob(
                template: "terraform_provider/schema",
                context: TerraformSchemaContextBuilder().file(for: translator, source: sources),
                path: "\(GeneratedTargets.provider)/TerraformProviderSchemas+Stripe.swift", isWholeSpec: true),
        ]
    }
}
