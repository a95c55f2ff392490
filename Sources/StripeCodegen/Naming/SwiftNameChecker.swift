/// The Swift naming stage's checks: every name `SwiftNames` makes from the model is one Swift can
/// use, and no two names in one scope are the same. Each file's are checked as soon as the file
/// is (`check(_:)`), the objects' type names across files once the spec is linked.
struct SwiftNameChecker {
    let log: DiagnosticLog

    /// The names of one checked file: its object's type, fields, nested types, enum cases,
    /// operations and the parameters that set no field.
    func check(_ file: CheckedSpecFile) {
        if let object = file.object, !SwiftNaming.isIdentifier(object.swiftName) {
            log.error("'\(object.swiftName)' is not a valid Swift type name", at: object.typeName.declaredAt)
        }
        checkFields(file.fields)
        for operation in file.object?.operations ?? [] {
            checkMemberName(operation.name, what: "operation", at: operation.declaredAt)
            for param in operation.params where param.field == nil {
                checkMemberName(param.name, what: "parameter", at: param.declaredAt)
                checkTypes(in: param.type, subject: "parameter '\(param.name)'")
            }
        }
    }

    /// No two of the names the generated Swift declares share a scope (`SwiftDeclaredNames`): not
    /// two objects' types, an object's service and another object, a nested type and a
    /// parameters type, or an operation and another's auto-paging method. Each clash is reported
    /// where the later name is asked for, once per place (an object's type and service are asked
    /// for at one place, its name); an object whose type or service clashes has its own types'
    /// names left unchecked, since they would all clash with the other's.
    func checkDeclaredNames(_ model: SpecModel) {
        var moduleNames: [String: SwiftDeclaredName] = [:]
        for object in model.objects {
            let names = SwiftDeclaredNames.of(object)
            // The object's own types are checked only when its names in the module are unique,
            // and with a table of their own, which no other object's names can be in.
            guard names.filter(\.isInModule).allSatisfy({ checkUnique($0, among: &moduleNames) }) else { continue }
            var typeNames: [String: SwiftDeclaredName] = [:]
            var reported: Set<SourceLocation> = []
            for declared in names where !declared.isInModule && !reported.contains(declared.declaredAt) {
                if !checkUnique(declared, among: &typeNames) {
                    reported.insert(declared.declaredAt)
                }
            }
        }
    }

    /// Whether `declared` is the first of its name in its scope among `owners`, which then holds
    /// it; reports it when not.
    private func checkUnique(_ declared: SwiftDeclaredName, among owners: inout [String: SwiftDeclaredName]) -> Bool {
        let key = declared.scope + " " + declared.name
        guard let other = owners[key] else {
            owners[key] = declared
            return true
        }
        log.error(
            "Swift name '\(declared.name)' of \(declared.what) is also declared in \(declared.scope) by "
                + "\(other.what) at \(other.declaredAt)",
            at: declared.declaredAt)
        return false
    }

    /// The properties of one struct, then the types nested in them.
    private func checkFields(_ fields: [FieldModel]) {
        var owners: [String: String] = [:]
        for field in fields {
            guard checkMemberName(field.name, what: "field", at: field.declaredAt) else { continue }
            if let other = owners[field.swiftName] {
                log.error(
                    "fields '\(other)' and '\(field.name)' both become the Swift name '\(field.swiftName)'",
                    at: field.declaredAt)
            }
            owners[field.swiftName] = owners[field.swiftName] ?? field.name
        }
        for field in fields {
            checkTypes(in: field.type, subject: "field '\(field.name)'")
        }
    }

    /// The enum or nested object that a field or parameter of `type` declares, if any.
    private func checkTypes(in type: FieldType, subject: String) {
        switch type {
        case .enumeration(let model):
            checkNestedTypeName(model.path.name, subject: subject)
            checkCases(of: model)
        case .object(let model):
            checkNestedTypeName(model.path.name, subject: subject)
            checkFields(model.fields)
        case .map(let element, _), .list(let element, _):
            checkTypes(in: element, subject: subject)
        case .string, .integer, .number, .boolean, .timestamp:
            break
        }
    }

    private func checkNestedTypeName(_ name: TypeName, subject: String) {
        let swiftName = name.swiftName
        if SwiftNaming.reservedTypeNames.contains(swiftName) {
            log.error(
                "\(subject) would make a Swift type named '\(swiftName)', which is reserved; "
                    + "give it another with 'swift_type_name'",
                at: name.declaredAt)
        } else if !SwiftNaming.isIdentifier(swiftName) {
            log.error("'\(swiftName)' is not a valid Swift type name for \(subject)", at: name.declaredAt)
        }
    }

    private func checkCases(of model: EnumModel) {
        var owners: [String: String] = [:]
        for value in model.values {
            let caseName = SwiftNaming.unescapedMemberName(value.rawValue)
            if !SwiftNaming.hasWords(value.rawValue) {
                log.error(
                    "enum value '\(value.rawValue)' has no letter or digit to name its Swift case after",
                    at: value.declaredAt)
            } else if let problem = SwiftNaming.memberNameProblem(for: value.rawValue, what: "enum value") {
                log.error(problem, at: value.declaredAt)
            } else if caseName == "unknown" {
                log.error(
                    "enum value '\(value.rawValue)' would clash with the case that keeps unknown values",
                    at: value.declaredAt)
            } else if let other = owners[caseName] {
                log.error(
                    "enum values '\(other)' and '\(value.rawValue)' both become the Swift case '\(caseName)'",
                    at: value.declaredAt)
            }
            owners[caseName] = owners[caseName] ?? value.rawValue
        }
    }

    /// Whether the member name made from `name` is usable; reports it when not.
    @discardableResult
    private func checkMemberName(_ name: String, what: String, at location: SourceLocation) -> Bool {
        guard let problem = SwiftNaming.memberNameProblem(for: name, what: what) else { return true }
        log.error(problem, at: location)
        return false
    }
}
