/// Checks an object's `terraform` section and resolves it into the `TerraformModel` every
/// Terraform output reads: the operations and fields it names, each attribute's create and update
/// parameters, what a change to it does, and its shape in a configuration.
struct TerraformResourceChecker {
    let log: DiagnosticLog

    /// The resource of `object`, or `nil` after reporting the section's problems.
    func resource(_ raw: RawTerraform, of object: ObjectModel) -> TerraformModel? {
        let sections = SectionReader(raw: raw, object: object, log: log)
        let provider = sections.required(raw.provider, "provider")
        let providerType = provider.flatMap(checkProvider)
        let resource = sections.required(raw.resource, "resource")
        if let resource {
            _ = checkTypeName(resource, "resource", providerType: providerType)
        }
        let importField = sections.field(raw.importID, "import_id")
        let create = sections.operation(raw.create, "create", kinds: [.create])
        let read = sections.operation(raw.read, "read", kinds: [.retrieve])
        let update = sections.operation(raw.update, "update", kinds: [.update])
        let destroy = sections.operation(raw.destroy, "destroy", kinds: [.action])
        let destroyNote = sections.required(raw.destroyNote, "destroy_note")
        let excluded = Set(raw.exclude.compactMap { sections.field($0, "exclude")?.name })
        if let version = raw.schemaVersion, version.value < 0 {
            log.error("'terraform.schema_version' must be 0 or more, not \(version.value)", at: version.location)
        }
        let changedByUpdate = raw.changedByUpdate.compactMap { name -> FieldModel? in
            guard let field = sections.field(name, "changed_by_update") else { return nil }
            if field.mutability != .readOnly {
                log.error("'terraform.changed_by_update' names '\(field.name)', which is not read_only", at: name.location)
            }
            return field
        }
        var destroyedStatus: EnumValueModel?
        if let status = raw.destroyedStatus {
            guard let value = self.destroyedStatus(status, of: object) else { return nil }
            destroyedStatus = value
        }
        // `list` serves adoption and the list data source; it is resolved, and reported, once.
        let list = raw.list.flatMap { listOperation($0, sections: sections) }
        let adoption = self.adoption(raw, list: list, sections: sections, destroyedStatus: destroyedStatus)
        let dataSource = raw.dataSource.flatMap { checkTypeName($0, "data_source", providerType: providerType) }
        let listDataSource = self.listDataSource(raw, list: list, providerType: providerType)
        guard let provider, let resource, let importField, let create, let read, let update, let destroy,
            let destroyNote
        else { return nil }
        let attributes = object.fields.filter { !excluded.contains($0.name) }.map { field in
            topLevelAttribute(field, create: create, update: update)
        }
        return TerraformModel(
            providerAddress: provider.value, resource: resource.value, importField: importField, create: create,
            read: read, update: update, destroy: destroy, destroyNote: destroyNote.value,
            destroyedStatus: destroyedStatus, adoption: adoption, dataSource: dataSource?.value,
            listDataSource: listDataSource, changedByUpdate: changedByUpdate,
            schemaVersion: max(raw.schemaVersion?.value ?? 0, 0), attributes: attributes)
    }

    /// `unique` with its `list`, and `reactivate` when destroying leaves a status; `nil` without
    /// them, or after reporting a problem.
    private func adoption(
        _ raw: RawTerraform, list: OperationModel?, sections: SectionReader, destroyedStatus: EnumValueModel?
    ) -> TerraformAdoption? {
        guard let unique = raw.uniqueField else {
            if let reactivate = raw.reactivate {
                log.error("'terraform.reactivate' serves 'terraform.unique', which is not set", at: reactivate.location)
            }
            if let list = raw.list, raw.listDataSource == nil {
                log.error(
                    "'terraform.list' serves 'terraform.unique' and 'terraform.list_data_source', neither of which is set",
                    at: list.location)
            }
            return nil
        }
        let field = sections.field(unique, "unique")
        if let field {
            let isString = if case .string = field.type { true } else { false }
            guard isString, field.isRequired, field.mutability == .createOnly else {
                log.error("'terraform.unique' names '\(field.name)', which is not a required create_only string", at: unique.location)
                return nil
            }
        }
        _ = sections.required(raw.list, "list")
        var reactivate: OperationModel?
        if let raw = raw.reactivate {
            reactivate = sections.operation(raw, "reactivate", kinds: [.action])
            if destroyedStatus == nil {
                log.error("'terraform.reactivate' brings back destroyed objects, but 'destroyed_status' is not set", at: raw.location)
                return nil
            }
        } else if destroyedStatus != nil {
            log.error("'terraform.unique' with a 'destroyed_status' needs 'reactivate' to bring a destroyed holder back", at: unique.location)
            return nil
        }
        guard let field, let list, raw.reactivate == nil || reactivate != nil else { return nil }
        return TerraformAdoption(field: field, list: list, reactivate: reactivate)
    }

    /// A top-level field's attribute. What a change does follows the field's mutability; a
    /// settable field that Stripe always returns but a create need not set is filled in by Stripe
    /// when left out ("computed but settable"), and so are the attributes of its block.
    private func topLevelAttribute(_ field: FieldModel, create: OperationModel, update: OperationModel)
        -> TerraformResourceAttribute
    {
        let change: AttributeChange =
            switch field.mutability {
            case .updatable: .updatesInPlace
            case .createOnly: .forcesReplacement
            case .readOnly: .computed
            }
        let isFilledInByStripe = change != .computed && !field.isRequired && !field.isNullable
        return attribute(
            field, createParam: create.params.first { $0.field?.name == field.name },
            updateParam: update.params.first { $0.field?.name == field.name }, change: change,
            isFilledInByStripe: isFilledInByStripe)
    }

    /// The attribute of `field`, whose top-level attribute's `change` and `isFilledInByStripe` it
    /// takes.
    private func attribute(
        _ field: FieldModel, createParam: ParamModel?, updateParam: ParamModel?, change: AttributeChange,
        isFilledInByStripe: Bool
    ) -> TerraformResourceAttribute {
        let use: TerraformResourceAttribute.Use =
            if change == .computed {
                .computed
            } else if isFilledInByStripe {
                .optionalFilledInByStripe
            } else {
                field.isRequired ? .required : .optional
            }
        var block: TerraformResourceBlock?
        if case .object(let nested) = field.type, change != .computed {
            block = TerraformResourceBlock(
                nesting: isFilledInByStripe ? .group : .list,
                attributes: nested.fields.map { nestedField in
                    attribute(
                        nestedField,
                        createParam: createParam?.nestedParams.first { $0.field?.name == nestedField.name },
                        updateParam: updateParam?.nestedParams.first { $0.field?.name == nestedField.name },
                        change: change, isFilledInByStripe: isFilledInByStripe)
                })
        }
        return TerraformResourceAttribute(
            field: field, createParam: createParam, updateParam: updateParam, change: change,
            use: use, block: block)
    }

    /// The provider's type, the last part of its source address: `stripe`.
    private func checkProvider(_ provider: Located<String>) -> String? {
        let parts = provider.value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else {
            log.error(
                "'terraform.provider' must be a source address such as registry.terraform.io/acme/stripe, "
                    + "not '\(provider.value)'",
                at: provider.location)
            return nil
        }
        return String(parts[2])
    }

    /// The operation `terraform.list` names: of kind `list`, paging with `starting_after` and
    /// `ending_before`; `nil` after reporting one that is not.
    private func listOperation(_ name: Located<String>, sections: SectionReader) -> OperationModel? {
        guard let list = sections.operation(name, "list", kinds: [.list]) else { return nil }
        guard list.isPaginated else {
            log.error(
                "'terraform.list' names '\(list.name)', which does not page with starting_after and ending_before",
                at: name.location)
            return nil
        }
        return list
    }

    /// A resource or data source type: snake_case, prefixed with the provider's type; `nil` after
    /// reporting one that is not.
    private func checkTypeName(_ name: Located<String>, _ key: String, providerType: String?) -> Located<String>? {
        if let providerType, !name.value.hasPrefix(providerType + "_") {
            log.error("'terraform.\(key)' must start with the provider's type, '\(providerType)_'", at: name.location)
            return nil
        }
        if !name.value.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "_" }) || !name.value.contains("_") {
            log.error(
                "'terraform.\(key)' must be a provider-prefixed snake_case name such as stripe_meter, not '\(name.value)'",
                at: name.location)
            return nil
        }
        return name
    }

    /// `list_data_source`, which reads through `list` and filters by its enum parameters.
    private func listDataSource(
        _ raw: RawTerraform, list: OperationModel?, providerType: String?
    ) -> TerraformListDataSource? {
        guard let name = raw.listDataSource else { return nil }
        guard let checked = checkTypeName(name, "list_data_source", providerType: providerType) else { return nil }
        guard raw.list != nil else {
            log.error("'terraform.list_data_source' reads through 'terraform.list', which is not set", at: name.location)
            return nil
        }
        guard let list else { return nil }
        let filters = list.params.filter { param in
            if case .enumeration = param.type { param.location == .query } else { false }
        }
        let attribute = String(checked.value.split(separator: "_").last ?? "")
        return TerraformListDataSource(name: checked.value, listAttribute: attribute, list: list, filters: filters)
    }

    /// The value of the object's enum field `status` that `status` names; `nil` after reporting
    /// that there is none.
    private func destroyedStatus(_ status: Located<String>, of object: ObjectModel) -> EnumValueModel? {
        let statusField = object.fields.first { $0.name == "status" }
        guard case .enumeration(let values)? = statusField?.type,
            let value = values.values.first(where: { $0.rawValue == status.value })
        else {
            log.error(
                "'terraform.destroyed_status' needs an enum field 'status' of \(object.stripeName) with the value "
                    + "'\(status.value)'",
                at: status.location)
            return nil
        }
        return value
    }
}

/// Reads the keys of a `terraform` section that name something of its object.
private struct SectionReader {
    let raw: RawTerraform
    let object: ObjectModel
    let log: DiagnosticLog

    /// `value`, reported when the section does not set `key`.
    func required(_ value: Located<String>?, _ key: String) -> Located<String>? {
        if value == nil {
            log.error("'terraform' has no '\(key)'", at: raw.location)
        }
        return value
    }

    /// The field of the object that `value` names.
    func field(_ value: Located<String>?, _ key: String) -> FieldModel? {
        guard let value = required(value, key) else { return nil }
        guard let field = object.fields.first(where: { $0.name == value.value }) else {
            let hint = Suggestion.hint(for: value.value, among: object.fields.map(\.name))
            log.error("'terraform.\(key)' names no field of \(object.stripeName): '\(value.value)'\(hint)", at: value.location)
            return nil
        }
        return field
    }

    /// The operation of the object that `value` names, which must be of one of `kinds`.
    func operation(_ value: Located<String>?, _ key: String, kinds: [OperationModel.Kind]) -> OperationModel? {
        guard let value = required(value, key) else { return nil }
        guard let operation = object.operations.first(where: { $0.name == value.value }) else {
            let hint = Suggestion.hint(for: value.value, among: object.operations.map(\.name))
            log.error("'terraform.\(key)' names no operation of \(object.stripeName): '\(value.value)'\(hint)", at: value.location)
            return nil
        }
        if !kinds.contains(operation.kind) {
            let expected = kinds.map(\.rawValue).joined(separator: " or ")
            log.error(
                "'terraform.\(key)' needs an operation of kind \(expected); '\(value.value)' is \(operation.kind.rawValue)",
                at: value.location)
            return nil
        }
        return operation
    }
}
