/// Checks a set of raw spec files and builds the model, reporting every problem it finds: each
/// file on its own first (as soon as it is parsed, so that a large spec is never held raw), then
/// what the files say of each other.
package struct SpecChecker {
    let log: DiagnosticLog

    package init(log: DiagnosticLog) {
        self.log = log
    }

    /// The model of `files`, or `nil` after reporting their problems. When the set is not
    /// complete (a file could not be parsed), references to objects no file declares are not
    /// reported: the missing file may declare them.
    package func check(_ files: [RawSpecFile], isComplete: Bool) -> SpecModel? {
        let checked = files.concurrentMap(loggingInto: log) { file, fileLog in SpecChecker(log: fileLog).check(file) }
        return link(checked, isComplete: isComplete)
    }

    /// One file on its own: its object and its operations, but not yet what they return or the
    /// Terraform resource built on them.
    func check(_ file: RawSpecFile) -> CheckedSpecFile {
        var checked = CheckedSpecFile(
            path: file.path, location: file.location, apiVersion: file.apiVersion, objectName: file.object,
            object: nil, fields: [], operations: [], terraform: file.terraform)
        guard var object = object(file, fields: &checked.fields) else { return checked }
        let declared = Set(file.fields?.value.map(\.name.value) ?? [])
        checked.operations = OperationChecker(log: log).operations(file.operations, of: object, declaredFields: declared)
        object.operations = checked.operations.map(\.operation)
        checkUpdatableFields(of: object, file: file)
        checkReadOnlyFields(of: object, file: file)
        checked.object = object
        return checked
    }

    /// The model of files each checked on their own: the objects' operations learn what they
    /// return, then the objects get their Terraform resources. `nil` after reporting problems.
    func link(_ files: [CheckedSpecFile], isComplete: Bool) -> SpecModel? {
        let apiVersion = checkAPIVersions(files)
        let checked = files.compactMap { file in file.object.map { (file: file, object: $0) } }
        checkUniqueNames(checked)
        let directory = ObjectDirectory(
            names: files.compactMap(\.objectName?.value),
            types: Dictionary(checked.map { ($0.object.stripeName, $0.object.typeName) }) { first, _ in first },
            fieldless: Set(checked.filter { $0.object.fields.isEmpty }.map(\.object.stripeName)),
            isComplete: isComplete)
        let operations = OperationChecker(log: log)
        let objects = checked.map { file, object in
            var object = object
            object.operations = file.operations.compactMap { operations.link($0, to: directory) }
            object.terraform = file.terraform.flatMap { TerraformResourceChecker(log: log).resource($0, of: object) }
            return object
        }
        checkResourcePaths(objects, files: checked.map(\.file))
        guard log.isEmpty, let apiVersion else { return nil }
        return SpecModel(apiVersion: apiVersion, objects: objects)
    }

    /// Every file records the API version it was written from; they must agree.
    private func checkAPIVersions(_ files: [CheckedSpecFile]) -> String? {
        var first: Located<String>?
        for file in files {
            guard let version = file.apiVersion else {
                log.error("the spec file has no 'api_version'", at: file.location)
                continue
            }
            if let first, first.value != version.value {
                log.error(
                    "api_version '\(version.value)' differs from '\(first.value)' at \(first.location)",
                    at: version.location)
            }
            first = first ?? version
        }
        return first?.value
    }

    /// The object of `file`; `fields` gets the checked fields, even when the object has problems.
    private func object(_ file: RawSpecFile, fields checkedFields: inout [FieldModel]) -> ObjectModel? {
        var missing: [String] = []
        func required(_ value: Located<String>?, _ key: String) -> String? {
            if value == nil { missing.append(key) }
            return value?.value
        }
        let stripeName = required(file.object, "object")
        let title = required(file.title, "title")
        let docsURL = required(file.docsURL, "docs_url")
        let description = required(file.description, "description")
        for key in missing {
            log.error("the spec file has no '\(key)'", at: file.location)
        }
        // Operations with no object of their own, such as the meter event stream's, need no fields.
        if file.fields == nil, file.operations.isEmpty {
            log.error("the spec file has no 'fields' (only a file of operations can leave them out)", at: file.location)
        }
        if file.fields == nil, let terraform = file.terraform {
            log.error("a Terraform resource needs the object's fields, and the spec file has none", at: terraform.location)
        }
        let api = log.choice(file.api, key: "api", default: StripeAPI.v1)
        guard let stripeName, let title, let docsURL, let description, let api else { return nil }
        let isNamed = WireNames.isObjectName(stripeName)
        if let object = file.object, !isNamed {
            log.error(
                "object name '\(stripeName)' must be snake_case words joined by dots, such as billing.meter_event",
                at: object.location)
        }
        let typeName = TypeName(
            specName: stripeName, preferred: file.swiftName?.value,
            declaredAt: file.swiftName?.location ?? file.object?.location ?? file.location)
        let fields = file.fields.map { FieldChecker(log: log).fields($0, of: typeName, in: "object '\(stripeName)'") } ?? []
        checkedFields = fields
        guard isNamed else { return nil }
        return ObjectModel(
            stripeName: stripeName, typeName: typeName, sourcePath: "spec/\(file.fileName)", title: title,
            description: description, docsURL: docsURL, api: api, fields: fields, operations: [], terraform: nil)
    }

    /// An updatable field is one the update operation changes: it must have a parameter there,
    /// or schemas, plans and docs would promise an update the API cannot make. (The update
    /// operation taking a field that is not updatable is checked with its parameters.)
    private func checkUpdatableFields(of object: ObjectModel, file: RawSpecFile) {
        for update in object.operations where update.kind == .update {
            for field in object.fields where field.mutability == .updatable {
                guard !update.params.contains(where: { $0.field?.name == field.name }) else { continue }
                let raw = file.fields?.value.first { $0.name.value == field.name }
                log.error(
                    "field '\(field.name)' is updatable, but operation '\(update.name)' has no parameter for it; "
                        + "add one or make the field create_only",
                    at: raw?.mutability?.location ?? raw?.name.location ?? file.location)
            }
        }
    }

    /// Stripe alone sets a read-only field: a request cannot require or set it. Everything that
    /// does is said in one message, at the field's mutability, which is where one fix would be.
    private func checkReadOnlyFields(of object: ObjectModel, file: RawSpecFile) {
        for field in object.fields where field.mutability == .readOnly {
            let raw = file.fields?.value.first { $0.name.value == field.name }
            // Creates and updates set fields; a list may filter by one.
            let setters = object.operations.filter { operation in
                [.create, .update].contains(operation.kind)
                    && operation.params.contains { $0.field === field && $0.location != .path }
            }
            var wrongs: [String] = []
            if raw?.required?.value == true { wrongs.append("it is required") }
            if !setters.isEmpty {
                let names = setters.map { "'\($0.name)'" }
                wrongs.append(
                    (names.count == 1 ? "operation " : "operations ")
                        + Self.listed(names) + (names.count == 1 ? " sets it" : " set it"))
            }
            guard !wrongs.isEmpty else { continue }
            log.error(
                "field '\(field.name)' is read_only, but \(wrongs.joined(separator: " and ")); make it create_only or "
                    + "updatable, or take \(wrongs.count > 1 || setters.count > 1 ? "those" : "that") out",
                at: raw?.mutability?.location ?? field.declaredAt)
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func listed(_ items: [String]) -> String {
        items.count <= 2 ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// The client reaches an object's operations by the path they share (`client.billingMeters`
    /// for `/v1/billing/meters`), so they must share one, and no two objects the same.
    private func checkResourcePaths(_ objects: [ObjectModel], files: [CheckedSpecFile]) {
        var owners: [String: String] = [:]
        for (object, file) in zip(objects, files) where !object.operations.isEmpty {
            let location = file.objectName?.location ?? file.location
            let path = object.resourcePath
            let prefix = object.api.pathPrefix
            if path.isEmpty {
                log.error("the operations of \(object.stripeName) share no path after '\(prefix)'", at: location)
            } else if let other = owners[path] {
                log.error("the operations of \(object.stripeName) share the path '\(object.sharedPath)' with \(other)", at: location)
            }
            owners[path] = file.path
        }
    }

    private func checkUniqueNames(_ checked: [(file: CheckedSpecFile, object: ObjectModel)]) {
        var stripeNames: [String: String] = [:]
        for (file, object) in checked {
            let location = file.objectName?.location ?? file.location
            if let other = stripeNames[object.stripeName] {
                log.error("object '\(object.stripeName)' is also described by \(other)", at: location)
            }
            stripeNames[object.stripeName] = file.path
        }
    }
}

/// One spec file checked on its own, and what the checks of the whole spec need of it.
struct CheckedSpecFile: Sendable {
    /// As reported in diagnostics: `spec/billing_meter.yaml`.
    var path: String
    var location: SourceLocation
    var apiVersion: Located<String>?
    var objectName: Located<String>?
    /// The object, if it passed its checks; its operations do not know their returned type yet,
    /// and it has no Terraform resource yet.
    var object: ObjectModel?
    /// The fields that passed their checks, even when the object did not: later stages that
    /// check each file (naming) report their problems too.
    var fields: [FieldModel]
    var operations: [UnlinkedOperation]
    var terraform: RawTerraform?
}
