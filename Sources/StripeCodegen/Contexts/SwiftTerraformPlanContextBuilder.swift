/// Builds the plan helper of a Terraform resource from its attributes' rules: a change to an
/// attribute that updates in place goes into the update operation's parameters, a change to one
/// that forces a replacement replaces, and one Stripe fills in may be left out.
struct SwiftTerraformPlanContextBuilder {
    func file(for object: ObjectModel, _ terraform: TerraformModel) -> SwiftTerraformPlanFileContext {
        let (create, update) = (terraform.create, terraform.update)
        let configured = create.requestParams.compactMap { param in
            param.fieldName.flatMap(terraform.rule(for:)).map { (param: param, rule: $0) }
        }
        let replacementChecks = configured.filter { $0.rule.change == .forcesReplacement }.map { param, rule in
            // Left out of the configuration, what Stripe filled in is kept.
            SwiftPlanCheckContext(
                condition: rule.isFilledInByStripe
                    ? "let value = desired.\(param.swiftName), value != prior.\(param.swiftName)"
                    : "desired.\(param.swiftName) != prior.\(param.swiftName)",
                statement: "forcedBy.append(\"\(param.name)\")")
        }
        let updated = configured.filter { $0.rule.change == .updatesInPlace }.map(\.param)
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
