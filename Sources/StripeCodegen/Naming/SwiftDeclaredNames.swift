/// A name the generated Swift declares, in the scope it is declared in, and what in the spec asks
/// for it.
struct SwiftDeclaredName: Sendable {
    /// The module or type it is declared in: `StripeBilling`, `BillingMeter.CreateParams`.
    var scope: String
    var name: String
    /// What declares it, for messages: `operation 'create' (its parameters type)`.
    var what: String
    var declaredAt: SourceLocation

    /// Whether it is declared at the top level of a module rather than in a type.
    var isInModule: Bool {
        scope == SwiftDeclaredNames.libraryScope || scope == SwiftDeclaredNames.providerScope
    }
}

/// Every type and method name that the generated Swift declares from a spec, by scope, as
/// `SwiftNames` makes them: what `SwiftNameChecker` holds to be unique within each scope.
/// Properties and enum cases are checked with their file (`SwiftNameChecker.check(_:)`).
enum SwiftDeclaredNames {
    /// The Swift library's module.
    static let libraryScope = "StripeBilling"
    /// The Terraform provider's module.
    static let providerScope = "TerraformProviderStripe"

    /// The names declared for `object`: in a module (its type, service and provider resource),
    /// then within its own types.
    static func of(_ object: ObjectModel) -> [SwiftDeclaredName] {
        let type = object.swiftName
        let objectWhat = "object '\(object.stripeName)'"
        var names = [SwiftDeclaredName(scope: libraryScope, name: type, what: objectWhat, declaredAt: object.typeName.declaredAt)]
        for field in object.fields {
            names += nestedTypes(in: field.type, scope: type, what: "field '\(field.name)'")
        }
        if !object.operations.isEmpty {
            names.append(
                SwiftDeclaredName(
                    scope: libraryScope, name: object.serviceName, what: "\(objectWhat) (its service)",
                    declaredAt: object.typeName.declaredAt))
        }
        for operation in object.operations {
            let what = "operation '\(operation.name)'"
            let paramsScope = object.qualifiedParamsTypeName(of: operation)
            names.append(
                SwiftDeclaredName(
                    scope: type, name: operation.paramsTypeName, what: "\(what) (its parameters type)",
                    declaredAt: operation.declaredAt))
            names.append(
                SwiftDeclaredName(
                    scope: "\(type) static members", name: operation.requestBuilderName,
                    what: "\(what) (its request builder)", declaredAt: operation.declaredAt))
            names.append(
                SwiftDeclaredName(scope: object.serviceName, name: operation.swiftName, what: what, declaredAt: operation.declaredAt))
            if operation.isPaginated {
                names.append(
                    SwiftDeclaredName(
                        scope: object.serviceName, name: operation.autoPagingMethodName,
                        what: "\(what) (its auto-paging method)", declaredAt: operation.declaredAt))
            }
            for param in operation.params where param.location != .path {
                let paramWhat = "parameter '\(param.name)' of \(what)"
                if param.field == nil {
                    names += nestedTypes(in: param.type, scope: paramsScope, what: paramWhat)
                } else if case .object(let nested) = param.type {
                    // The request's own type for an object it sets, declared in the parameters type.
                    names.append(
                        SwiftDeclaredName(
                            scope: paramsScope, name: nested.swiftName, what: paramWhat, declaredAt: param.declaredAt))
                }
            }
        }
        if let terraform = object.terraform {
            let what = "Terraform resource '\(terraform.resource)'"
            names.append(
                SwiftDeclaredName(
                    scope: type, name: "TerraformPlan", what: "\(what) (its plan type)", declaredAt: object.typeName.declaredAt))
            names.append(
                SwiftDeclaredName(
                    scope: providerScope, name: object.terraformResourceTypeName, what: what,
                    declaredAt: object.typeName.declaredAt))
        }
        return names
    }

    /// The enum or struct that a value of `type` declares in `scope`, and the types nested in it.
    private static func nestedTypes(in type: FieldType, scope: String, what: String) -> [SwiftDeclaredName] {
        switch type {
        case .enumeration(let model):
            return [SwiftDeclaredName(scope: scope, name: model.swiftName, what: what, declaredAt: model.path.name.declaredAt)]
        case .object(let model):
            let declared = SwiftDeclaredName(scope: scope, name: model.swiftName, what: what, declaredAt: model.path.name.declaredAt)
            return [declared]
                + model.fields.flatMap { field in
                    nestedTypes(in: field.type, scope: "\(scope).\(model.swiftName)", what: "field '\(field.name)'")
                }
        case .map(let element, _), .list(let element, _):
            return nestedTypes(in: element, scope: scope, what: what)
        case .string, .integer, .number, .boolean, .timestamp:
            return []
        }
    }
}
