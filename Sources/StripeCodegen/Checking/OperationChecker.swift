/// Checks the operations of one object against its fields, then what they return against the
/// objects of the whole spec.
struct OperationChecker {
    let log: DiagnosticLog

    /// The checked operations of `object`. `declaredFields` names every field the spec file
    /// declares, including those that failed their own checks: parameters that set those are
    /// skipped quietly, their problem already reported.
    func operations(_ raw: [RawOperation], of object: ObjectModel, declaredFields: Set<String>) -> [UnlinkedOperation] {
        raw.compactMap { check($0, of: object, declaredFields: declaredFields) }
    }

    /// The operation, once `objects` tells the type it returns; `nil` after reporting a
    /// `returns` that names no object.
    func link(_ unlinked: UnlinkedOperation, to objects: ObjectDirectory) -> OperationModel? {
        let subject = "operation '\(unlinked.operation.name)'"
        guard let returns = unlinked.returns else {
            let choices = objects.names + [OperationModel.returnsNothing]
            log.error("\(subject) has no 'returns' (one of \(choices.joined(separator: ", ")))", at: unlinked.location)
            return nil
        }
        if returns.value == OperationModel.returnsNothing {
            guard unlinked.operation.kind != .list else {
                log.error("\(subject) is a list, so it must return the objects it lists", at: returns.location)
                return nil
            }
            var operation = unlinked.operation
            operation.returnedObject = nil
            return operation
        }
        if objects.fieldless.contains(returns.value) {
            log.error(
                "\(subject) returns '\(returns.value)', which has no fields to decode; "
                    + "say 'returns: \(OperationModel.returnsNothing)' for an operation that answers with nothing",
                at: returns.location)
            return nil
        }
        if let type = objects.types[returns.value] {
            var operation = unlinked.operation
            operation.returnedObject = type
            return operation
        }
        // An object that failed its own checks has its problem reported already; one no parsed
        // file declares may be in a file that failed to parse.
        if !objects.declares(returns.value), objects.isComplete {
            let hint = Suggestion.hint(for: returns.value, among: objects.names)
            log.error("unknown returns '\(returns.value)' in \(subject)\(hint)", at: returns.location)
        }
        return nil
    }

    private func check(_ raw: RawOperation, of object: ObjectModel, declaredFields: Set<String>) -> UnlinkedOperation? {
        let subject = "operation '\(raw.name.value)'"
        if let problem = WireNames.snakeCaseProblem(raw.name.value, what: "operation") {
            log.error(problem, at: raw.name.location)
            return nil
        }
        let kind = value(raw.kind, key: "kind", of: subject, at: raw.name, among: OperationModel.Kind.allCases.map(\.rawValue))
            .flatMap(OperationModel.Kind.init(rawValue:))
        let method = checkMethod(raw, of: object, subject: subject)
        let path = checkPath(raw, of: object, subject: subject)
        let host = log.choice(raw.host, key: "host", in: subject, default: OperationModel.Host.api)
        let authentication = log.choice(raw.auth, key: "auth", in: subject, default: OperationModel.Authentication.secretKey)
        for (key, value) in [("summary", raw.summary), ("description", raw.description)] where value == nil {
            log.error("\(subject) has no '\(key)'", at: raw.name.location)
        }
        guard let kind, let method, let path, let host, let authentication else { return nil }
        let placeholders = Self.placeholders(in: path.value)
        let paramsType = TypePath(object: object.typeName, operation: raw.name.value, members: [])
        var params = raw.params.compactMap { rawParam in
            param(
                rawParam, of: object, kind: kind, method: method, inPath: placeholders.contains(rawParam.name.value),
                paramsType: paramsType, declaredFields: declaredFields)
        }
        checkOrder(of: &params, raw: raw.params)
        let failedFields = declaredFields.subtracting(object.fields.map(\.name))
        for name in placeholders where !params.contains(where: { $0.name == name }) && !failedFields.contains(name) {
            log.error("the path of \(subject) has '{\(name)}' but no parameter '\(name)'", at: path.location)
        }
        if kind == .create {
            let required = object.fields.filter { $0.isRequired && $0.mutability != .readOnly }
            let covered = Set(params.compactMap(\.field?.name))
            for field in required where !covered.contains(field.name) {
                log.error("field '\(field.name)' is required, but \(subject) has no parameter for it", at: raw.name.location)
            }
        }
        // What the operation returns is found by the link stage; until then, only its name is known.
        let operation = OperationModel(
            name: raw.name.value, declaredAt: raw.name.location, kind: kind, method: method,
            path: path.value, host: host, authentication: authentication, summary: raw.summary?.value ?? "",
            description: raw.description?.value ?? "",
            returnedObject: TypeName(
                specName: raw.returns?.value ?? "", preferred: nil, declaredAt: raw.returns?.location ?? raw.name.location),
            params: params)
        return UnlinkedOperation(operation: operation, returns: raw.returns, location: raw.name.location)
    }

    /// A required key's value, if it is one of `allowed`.
    private func value(
        _ value: Located<String>?, key: String, of subject: String, at name: Located<String>, among allowed: [String]
    ) -> String? {
        guard let value else {
            log.error("\(subject) has no '\(key)' (one of \(allowed.joined(separator: ", ")))", at: name.location)
            return nil
        }
        guard allowed.contains(value.value) else {
            let hint = Suggestion.hint(for: value.value, among: allowed)
            log.error("unknown \(key) '\(value.value)' in \(subject)\(hint)", at: value.location)
            return nil
        }
        return value.value
    }

    private func checkMethod(_ raw: RawOperation, of object: ObjectModel, subject: String) -> String? {
        let method = value(raw.method, key: "method", of: subject, at: raw.name, among: ["GET", "POST"])
        if let method, let location = raw.method?.location, !object.api.methods.contains(method) {
            log.error(
                "\(subject) is a \(object.api.rawValue) \(method), which the generator cannot send: "
                    + "its \(object.api.rawValue) operations must be \(object.api.methods.joined(separator: " or "))",
                at: location)
            return nil
        }
        return method
    }

    private func checkPath(_ raw: RawOperation, of object: ObjectModel, subject: String) -> Located<String>? {
        guard let path = raw.path else {
            log.error("\(subject) has no 'path'", at: raw.name.location)
            return nil
        }
        let prefix = object.api.pathPrefix
        guard path.value.hasPrefix(prefix) else {
            let apiNote = object.api == .v1 ? "" : " (the file's 'api' is \(object.api.rawValue))"
            log.error("the path of \(subject) must start with '\(prefix)'\(apiNote)", at: path.location)
            return nil
        }
        return path
    }

    static func placeholders(in path: String) -> [String] {
        path.split(separator: "/").compactMap { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
        }
    }

    /// `after` names another timestamp parameter of the operation.
    private func checkOrder(of params: inout [ParamModel], raw: [RawSchema]) {
        for rawParam in raw {
            guard let after = rawParam.after, let index = params.firstIndex(where: { $0.name == rawParam.name.value })
            else { continue }
            let subject = "parameter '\(rawParam.name.value)'"
            guard let earlier = params.first(where: { $0.name == after.value && $0.name != rawParam.name.value }) else {
                let others = params.map(\.name).filter { $0 != rawParam.name.value }
                log.error(
                    "\(subject) is 'after' '\(after.value)', which is no other parameter of the operation"
                        + Suggestion.hint(for: after.value, among: others),
                    at: after.location)
                continue
            }
            switch (params[index].type, earlier.type) {
            case (.timestamp, .timestamp):
                params[index].after = .param(earlier)
            default:
                log.error("\(subject) and '\(earlier.name)' must both be timestamps to be ordered", at: after.location)
            }
        }
    }

    private func param(
        _ raw: RawSchema, of object: ObjectModel, kind: OperationModel.Kind, method: String, inPath: Bool,
        paramsType: TypePath, declaredFields: Set<String>
    ) -> ParamModel? {
        let subject = "parameter '\(raw.name.value)'"
        let location: ParamModel.Location = inPath ? .path : method == "GET" ? .query : .body
        if raw.type != nil {
            return standaloneParam(raw, location: location, subject: subject, parent: paramsType)
        }
        if !object.fields.contains(where: { $0.name == raw.name.value }), declaredFields.contains(raw.name.value) {
            return nil
        }
        guard let field = field(named: raw.name, of: object, subject: subject) else { return nil }
        if !inPath {
            checkMutability(of: field, for: kind, subject: subject, at: raw.name.location)
        }
        for (key, value) in [("values", raw.values?.location), ("items", raw.items?.name.location)] {
            if let value {
                log.error("\(subject) sets field '\(field.name)': its '\(key)' come from the field", at: value)
            }
        }
        checkType(of: field, inPath: inPath, subject: subject, at: raw.name.location)
        let required = inPath || (raw.required?.value ?? (kind == .create && field.isRequired))
        return ParamModel(
            name: field.name, declaredAt: raw.name.location, location: location,
            description: raw.description?.value ?? field.description, type: field.type, isRequired: required,
            constraints: requestConstraints(raw, field: field, subject: subject), field: field,
            nestedParams: nestedParams(raw, field: field, subject: subject), after: nil)
    }

    /// The field a parameter without a type sets. A misspelled name is reported and read as the
    /// field it most likely means, so that checking goes on without follow-on errors.
    private func field(named name: Located<String>, of object: ObjectModel, subject: String) -> FieldModel? {
        if let field = object.fields.first(where: { $0.name == name.value }) { return field }
        let suggestion = Suggestion.closest(to: name.value, among: object.fields.map(\.name))
        log.error(
            "\(subject) names no field of \(object.stripeName) (a parameter without a 'type' sets the field "
                + "of its name)" + Suggestion.hint(suggestion),
            at: name.location)
        return object.fields.first { $0.name == suggestion }
    }

    /// Path parameters are strings; lists and maps of objects have no request coding yet.
    private func checkType(of field: FieldModel, inPath: Bool, subject: String, at location: SourceLocation) {
        switch field.type {
        case .string:
            return
        case .list(.object, _), .map(.object, _):
            log.error("\(subject) sets a list or map of objects, which parameters do not support yet", at: location)
        default:
            break
        }
        if inPath {
            log.error("\(subject) is in the path, so it must be a string", at: location)
        }
    }

    /// An update may set only updatable fields. (Parameters that set a read-only field are
    /// reported with the field, once: `SpecChecker.checkReadOnlyFields`.)
    private func checkMutability(of field: FieldModel, for kind: OperationModel.Kind, subject: String, at location: SourceLocation) {
        if kind == .update, field.mutability == .createOnly {
            log.error("\(subject) sets field '\(field.name)' in an update, but the field is create_only", at: location)
        }
    }

    /// The field's limits, tightened by the request's.
    private func requestConstraints(_ raw: RawSchema, field: FieldModel, subject: String) -> Constraints {
        var constraints = field.constraints
        if let maxLength = raw.maxLength {
            if case .string = field.type {} else {
                log.error("\(subject) is not a string: 'max_length' does not apply", at: maxLength.location)
            }
            if let fieldLimit = field.constraints.maxLength, maxLength.value > fieldLimit {
                log.error(
                    "\(subject) allows \(maxLength.value) characters, more than field '\(field.name)' (\(fieldLimit))",
                    at: maxLength.location)
            } else {
                SchemaTypeChecker(log: log).checkMaxLength(maxLength, subject: subject)
            }
            constraints.maxLength = maxLength.value
        }
        if let maxItems = raw.maxItems {
            if case .list = field.type {
                SchemaTypeChecker(log: log).checkMaxItems(maxItems, subject: subject)
            } else {
                log.error("\(subject) is not a list: 'max_items' does not apply", at: maxItems.location)
            }
            constraints.maxItems = maxItems.value
        }
        return constraints
    }

    /// The fields of an object parameter, at any depth, with the request's overrides applied.
    private func nestedParams(_ raw: RawSchema?, field: FieldModel, subject: String) -> [ParamModel] {
        guard case .object(let nested) = field.type else {
            if let fields = raw?.fields {
                log.error("\(subject) is not an object: 'fields' does not apply", at: fields.location)
            }
            return []
        }
        for rawNested in raw?.fields?.value ?? [] {
            if !nested.fields.contains(where: { $0.name == rawNested.name.value }) {
                let hint = Suggestion.hint(for: rawNested.name.value, among: nested.fields.map(\.name))
                log.error("\(subject) has no nested field '\(rawNested.name.value)'\(hint)", at: rawNested.name.location)
            }
            if let after = rawNested.after {
                log.error("\(subject) field '\(rawNested.name.value)': only top-level parameters can be 'after' another", at: after.location)
            }
        }
        return nested.fields.map { nestedField in
            let override = raw?.fields?.value.first { $0.name.value == nestedField.name }
            let nestedSubject = "\(subject) field '\(nestedField.name)'"
            return ParamModel(
                name: nestedField.name, declaredAt: override?.name.location ?? nestedField.declaredAt, location: .body,
                description: nestedField.description, type: nestedField.type,
                isRequired: override?.required?.value ?? nestedField.isRequired,
                constraints: override.map { requestConstraints($0, field: nestedField, subject: nestedSubject) }
                    ?? nestedField.constraints,
                field: nestedField,
                nestedParams: nestedParams(override, field: nestedField, subject: nestedSubject), after: nil)
        }
    }

    /// A parameter with its own type, such as `limit` or `expand`.
    private func standaloneParam(_ raw: RawSchema, location: ParamModel.Location, subject: String, parent: TypePath) -> ParamModel? {
        if let problem = WireNames.snakeCaseProblem(raw.name.value, what: "parameter") {
            log.error(problem, at: raw.name.location)
            return nil
        }
        if raw.description == nil {
            log.error("\(subject) has no 'description'", at: raw.name.location)
        }
        let types = SchemaTypeChecker(log: log)
        let type = types.type(of: raw, parent: parent, subject: subject) { nested, path in
            FieldChecker(log: log).requestFields(nested, of: path, in: subject)
        }
        guard let type else { return nil }
        return ParamModel(
            name: raw.name.value, declaredAt: raw.name.location, location: location,
            description: raw.description?.value ?? "", type: type,
            isRequired: location == .path || (raw.required?.value ?? false),
            constraints: types.constraints(of: raw, type: type, subject: subject), field: nil,
            nestedParams: Self.requestParams(of: type), after: nil)
    }

    /// The parameters of the object a parameter of its own type sends, itself or as the elements
    /// of a list or the values of a map: each sets one of its fields, as the object declares it.
    private static func requestParams(of type: FieldType) -> [ParamModel] {
        switch type {
        case .object(let object):
            object.fields.map { field in
                ParamModel(
                    name: field.name, declaredAt: field.declaredAt, location: .body, description: field.description,
                    type: field.type, isRequired: field.isRequired, constraints: field.constraints, field: field,
                    nestedParams: requestParams(of: field.type), after: nil)
            }
        case .list(let element, _), .map(let element, _):
            requestParams(of: element)
        default:
            []
        }
    }
}

/// An operation checked within its file: the object it returns is looked up once every file is
/// checked, and until then its `returnedObject` has only the name it returns.
struct UnlinkedOperation: Sendable {
    var operation: OperationModel
    var returns: Located<String>?
    /// Where the operation is named.
    var location: SourceLocation
}
