/// Builds the plan helper of a Terraform resource: a change to an updatable attribute updates
/// in place (through the update operation's parameters), a change to a create-only attribute
/// forces a replacement, and read-only attributes are Stripe's to change.
struct SwiftTerraformPlanContextBuilder {
    func file(for object: ObjectModel, _ terraform: TerraformModel) -> SwiftTerraformPlanFileContext? {
        guard let create = object.operations.first(where: { $0.name == terraform.createOperation }),
            let update = object.operations.first(where: { $0.name == terraform.updateOperation })
        else { return nil }
        let configured = create.requestParams.compactMap { param in
            param.fieldName.flatMap { name in object.fields.first { $0.name == name } }.map { (param, $0) }
        }
        let updatable = Set(update.requestParams.compactMap(\.fieldName))
        let replacementChecks = configured.filter { !updatable.contains($0.1.name) }.map { param, field in
            // An optional object Stripe always returns is filled in by Stripe when left out:
            // leaving it out of the configuration keeps whatever the meter has.
            let isFilledByStripe = !param.isRequired && !field.isNullable
            return SwiftPlanCheckContext(
                condition: isFilledByStripe
                    ? "let value = desired.\(param.swiftName), value != prior.\(param.swiftName)"
                    : "desired.\(param.swiftName) != prior.\(param.swiftName)",
                statement: "forcedBy.append(\"\(param.name)\")")
        }
        let updated = configured.filter { updatable.contains($0.1.name) }.map(\.0)
        let updateChecks = updated.map { param in
            SwiftPlanCheckContext(
                condition: "desired.\(param.swiftName) != prior.\(param.swiftName)",
                statement: "update.\(param.swiftName) = desired.\(param.swiftName)")
        }
        let title = object.title.lowercased()
        return SwiftTerraformPlanFileContext(
            header: GeneratedFileHeader.swift(source: object.sourcePath),
            objectName: object.swiftName,
            enumDocLines: DocComment.lines(
                "What `terraform apply` does to a `\(terraform.resource)` whose configuration changed.", indent: 4),
            functionDocLines: DocComment.lines(
                "The plan that takes a \(title) from its `prior` configuration to the `desired` one. Changes to "
                    + updated.map { "`\($0.name)`" }.joined(separator: " and ") + " update it in place; any other "
                    + "change destroys it and creates a new one. \(terraform.destroyNote)",
                indent: 4),
            configurationType: create.paramsTypeName,
            updateType: update.paramsTypeName,
            replacementChecks: replacementChecks,
            updateChecks: updateChecks)
    }
}
