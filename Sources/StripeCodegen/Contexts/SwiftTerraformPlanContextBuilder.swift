/// Builds the plan helper of a Terraform resource from its attributes: a change to an attribute
/// that updates in place goes into its update parameter, a change to one that forces a
/// replacement replaces, and one Stripe fills in may be left out.
struct SwiftTerraformPlanContextBuilder {
    func file(for object: ObjectModel, _ terraform: TerraformModel) -> SwiftTerraformPlanFileContext {
        let configured = terraform.attributes.filter { $0.createParam != nil }
        let replaced = configured.filter { $0.change == .forcesReplacement }
        // Left out of the configuration, what Stripe filled in is kept.
        let keptWhenUnset = replaced.filter { $0.use == .optionalFilledInByStripe }
        let updated = configured.compactMap { attribute -> (configured: ParamModel, update: ParamModel)? in
            guard let configured = attribute.createParam, let update = attribute.updateParam else { return nil }
            return (configured, update)
        }
        let updateChecks = updated.map { configured, update in
            SwiftPlanCheckContext(
                condition: "desired.\(configured.swiftName) != prior.\(configured.swiftName)",
                statement: "update.\(update.swiftName) = desired.\(configured.swiftName)")
        }
        let title = object.title.lowercased()
        return SwiftTerraformPlanFileContext(
            header: GeneratedFileHeader.swift(source: object.sourcePath),
            objectName: object.swiftName,
            enumDocLines: DocComment.lines(
                "What `terraform apply` does to a `\(terraform.resource)` whose configuration changed.", indent: 4),
            functionDocLines: DocComment.lines(
                "The plan that takes a \(title) from its `prior` configuration to the `desired` one. Changes to "
                    + updated.map { "`\($0.update.name)`" }.joined(separator: " and ") + " update it in place; any "
                    + "other change destroys it and creates a new one. \(terraform.destroyNote)",
                indent: 4),
            configurationType: terraform.create.paramsTypeName,
            updateType: terraform.update.paramsTypeName,
            forcedByArguments: replaced.isEmpty
                ? []
                : [("among", replaced), ("keepingUnset", keptWhenUnset)].filter { !$0.1.isEmpty }.map { label, attributes in
                    SwiftForcedByArgumentContext(
                        label: label, names: attributes.map(\.field.name), hasOneName: attributes.count == 1)
                },
            updateChecks: updateChecks)
    }
}
