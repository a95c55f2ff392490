/// Builds the plan helper of a Terraform resource from its attributes' rules: a change to an
/// attribute that updates in place goes into the update operation's parameters, a change to one
/// that forces a replacement replaces, and one Stripe fills in may be left out.
struct SwiftTerraformPlanContextBuilder {
    func file(for object: ObjectModel, _ terraform: TerraformModel) -> SwiftTerraformPlanFileContext {
        let (create, update) = (terraform.create, terraform.update)
        let configured = create.requestParams.compactMap { param in
            param.fieldName.flatMap(terraform.rule(for:)).map { (param: param, rule: $0) }
        }
        let replaced = configured.filter { $0.rule.change == .forcesReplacement }
        // Left out of the configuration, what Stripe filled in is kept.
        let keptWhenUnset = replaced.filter(\.rule.isFilledInByStripe)
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
            forcedByArguments: replaced.isEmpty
                ? []
                : [("among", replaced), ("keepingUnset", keptWhenUnset)].filter { !$0.1.isEmpty }.map { label, params in
                    SwiftForcedByArgumentContext(label: label, names: params.map(\.param.name), hasOneName: params.count == 1)
                },
            updateChecks: updateChecks)
    }
}
