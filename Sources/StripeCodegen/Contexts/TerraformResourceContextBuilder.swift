/// Builds the provider's code for a Terraform resource from its `TerraformModel`: which service
/// calls create, read, update and destroy it, and its plan: a change to an attribute that
/// updates in place goes into its update parameter, a change to one that forces a replacement
/// replaces, and one Stripe fills in may be left out.
struct TerraformResourceContextBuilder {
    func file(for object: ObjectModel, _ terraform: TerraformModel) -> TerraformResourceFileContext {
        let (create, read, update, destroy) = (terraform.create, terraform.read, terraform.update, terraform.destroy)
        func call(_ operation: OperationModel, params: Bool) -> String {
            let arguments =
                operation.pathParams.map { "\($0.swiftName): id" }
                + (params ? ["params: params"] : [])
            return "\(operation.swiftName)(\(arguments.joined(separator: ", ")))"
        }
        let title = object.title.lowercased()
        // The attributes a configuration sets, with their create parameters, in field order.
        let configured = terraform.attributes.compactMap { attribute in
            attribute.createParam.map { (attribute: attribute, param: $0) }
        }
        let updated = configured.compactMap { attribute, param -> (configured: ParamModel, update: ParamModel)? in
            attribute.updateParam.map { (param, $0) }
        }
        let quoted = { (names: [String]) in names.map { "\"\($0)\"" }.joined(separator: ", ") }
        return TerraformResourceFileContext(
            header: GeneratedFileHeader.swift(source: object.sourcePath),
            documentation: "`\(terraform.resource)`: a Stripe \(title), as Terraform manages it. \(terraform.destroyNote)",
            typeName: object.terraformResourceTypeName,
            resource: terraform.resource,
            updatableAttributes: quoted(
                terraform.attributes.filter { $0.change == .updatesInPlace }.map(\.field.name)),
            changedByUpdate: quoted(terraform.changedByUpdate.map(\.name)),
            createParams: object.qualifiedParamsTypeName(of: create),
            updateParams: object.qualifiedParamsTypeName(of: update),
            createBuilder: object.qualifiedRequestBuilderName(of: create),
            clientAccessor: object.clientAccessorName,
            createCall: call(create, params: true),
            readCall: call(read, params: false),
            updateCall: call(update, params: true),
            destroyCall: call(destroy, params: false),
            idAttribute: terraform.importField.name,
            destroyWarning: SwiftTypeName.stringLiteralContents("Stripe cannot delete a \(title)"),
            destroyDetailLines: destroyDetail(terraform.destroyNote),
            destroyedCheck: terraform.statusCondition(of: "object", destroyed: false),
            planDocumentation: "The plan that takes a \(title) from its `prior` configuration to the `desired` one. Changes to "
                    + updated.map { "`\($0.update.name)`" }.joined(separator: " and ") + " update it in place; any "
                    + "other change destroys it and creates a new one; what `desired` leaves out of the blocks "
                    + "Stripe fills in stays as it is.",
            replacementChecks: configured.filter { $0.attribute.change == .forcesReplacement }.map { attribute, param in
                let changed = "desired.\(param.swiftName) != prior.\(param.swiftName)"
                return TerraformReplacementCheckContext(
                    condition: attribute.use == .optionalFilledInByStripe
                        ? "desired.\(param.swiftName) != nil, \(changed)" : changed,
                    attribute: attribute.field.name)
            },
            updateChecks: updated.map { configured, update in
                TerraformUpdateCheckContext(property: configured.swiftName, updateProperty: update.swiftName)
            },
            adoption: terraform.adoption.map { adoption in
                [
                    TerraformAdoptionContext(
                        title: title, uniqueAttribute: adoption.field.name, uniqueProperty: adoption.field.swiftName,
                        objectType: object.swiftName, idProperty: terraform.importField.swiftName,
                        listCall: adoption.list.autoPagingMethodName + "()",
                        reactivateCall: adoption.reactivate.map { call($0, params: false) },
                        destroyedCondition: terraform.statusCondition(of: "object", destroyed: true) ?? "false",
                        presentCondition: terraform.statusCondition(of: "object", destroyed: false) ?? "true")
                ]
            } ?? [])
    }

    /// `\(id): <note>` as lines of a multi-line string literal, each but the last ending in a
    /// line continuation.
    private func destroyDetail(_ note: String) -> [String] {
        let lines = DocComment.wrap(
            "\\(id): " + SwiftTypeName.stringLiteralContents(note), width: 96 - 22)
        return lines.enumerated().map { index, line in index < lines.count - 1 ? line + " \\" : line
        }
    }
}

extension TerraformModel {
    /// The Swift condition that `object` (an expression) is, or is not, in the status destroying
    /// leaves: `object.status == .inactive`; `nil` when destroying leaves no status.
    func statusCondition(of object: String, destroyed: Bool) -> String? {
        destroyedStatus.map { "\(object).status \(destroyed ? "==" : "!=") .\($0.swiftName)" }
    }
}
