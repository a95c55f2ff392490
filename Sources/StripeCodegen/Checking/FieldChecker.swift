/// Checks the fields of one object (and its nested objects) and builds their models.
struct FieldChecker {
    let log: DiagnosticLog

    /// Checks the top-level fields of `object`.
    func fields(_ raw: Located<[RawSchema]>, of object: TypeName, in subject: String) -> [FieldModel] {
        checkFields(raw, of: TypePath(object: object, operation: nil, members: []), inherited: nil, subject: subject)
    }

    /// Checks the nested fields of a parameter that sets no field of the object, such as the
    /// events of the meter event stream. A request sets them, as it sets create-only fields.
    func requestFields(_ raw: Located<[RawSchema]>, of parent: TypePath, in subject: String) -> [FieldModel] {
        checkFields(raw, of: parent, inherited: .createOnly, subject: subject)
    }

    private func checkFields(
        _ raw: Located<[RawSchema]>, of parent: TypePath, inherited: Mutability?, subject: String
    ) -> [FieldModel] {
        if raw.value.isEmpty {
            log.error("\(subject) has no fields", at: raw.location)
        }
        return raw.value.compactMap { check($0, parent: parent, inherited: inherited) }
    }

    private func check(_ raw: RawSchema, parent: TypePath, inherited: Mutability?) -> FieldModel? {
        let subject = "field '\(raw.name.value)'"
        if let problem = WireNames.snakeCaseProblem(raw.name.value, what: "field") {
            log.error(problem, at: raw.name.location)
            return nil
        }
        let mutability = checkMutability(raw, inherited: inherited, subject: subject)
        if raw.description == nil {
            log.error("\(subject) has no 'description'", at: raw.name.location)
        }
        // A top-level field's is reported with what sets it, once (`SpecChecker.checkReadOnlyFields`).
        if let required = raw.required, required.value, mutability == .readOnly, inherited != nil {
            log.error("\(subject) is read-only, so it cannot be required", at: required.location)
        }
        let types = SchemaTypeChecker(log: log)
        let type = types.type(of: raw, parent: parent, subject: subject) { nested, path in
            checkFields(nested, of: path, inherited: mutability, subject: subject)
        }
        guard let type, let mutability else { return nil }
        return FieldModel(
            name: raw.name.value,
            declaredAt: raw.name.location,
            description: raw.description?.value ?? "",
            type: type,
            isRequired: raw.required?.value ?? false,
            isNullable: raw.nullable?.value ?? false,
            mutability: mutability,
            constraints: types.constraints(of: raw, type: type, subject: subject),
            defaultValue: raw.defaultValue?.value, example: raw.example?.value,
            exampleEntries: raw.exampleEntries?.value.map { ExampleEntry(key: $0.key, value: $0.value) } ?? [])
    }

    private func checkMutability(_ raw: RawSchema, inherited: Mutability?, subject: String) -> Mutability? {
        if let inherited {
            if let mutability = raw.mutability {
                log.error(
                    "\(subject) is nested: it takes the 'mutability' of its top-level field",
                    at: mutability.location)
            }
            return inherited
        }
        guard let mutability = raw.mutability else {
            log.error("\(subject) has no 'mutability' (one of create_only, updatable, read_only)", at: raw.name.location)
            return nil
        }
        return log.choice(mutability, key: "mutability")
    }
}
