/// An API operation of an object.
public struct OperationModel: Sendable {
    /// What the operation does to its object; checks and later generators depend on it.
    public enum Kind: String, Sendable, CaseIterable {
        case create, retrieve, update, list, action
    }

    /// The name in the spec: `event_summaries`.
    public var name: String
    /// Where the spec names the operation.
    public var declaredAt: SourceLocation
    public var kind: Kind
    /// `GET` or `POST`.
    public var method: String
    /// The path with `{name}` placeholders: `/v1/billing/meters/{id}`.
    public var path: String
    public var summary: String
    public var description: String
    /// The object returned (a list of them for `list` operations), as a type: its Stripe name is
    /// `specName`. The link stage finds it among the spec's objects.
    public var returnedObject: TypeName
    public var params: [ParamModel]
}

/// A request parameter.
public struct ParamModel: Sendable {
    /// Where the parameter travels.
    public enum Location: String, Sendable {
        case path, query, body
    }

    public var name: String
    /// Where the spec names the parameter, or the field it sets.
    public var declaredAt: SourceLocation
    public var location: Location
    public var description: String
    public var type: FieldType
    public var isRequired: Bool
    /// The limits of this request, which may be tighter than the object's.
    public var constraints: Constraints
    /// The object field the parameter sets, if any.
    public var fieldName: String?
    /// The limits of nested fields in this request, for object parameters.
    public var nestedParams: [ParamModel]
    /// The parameter whose value this one's must exceed: `end_time` comes after `start_time`.
    public var after: String?
}

/// How an object is managed as a Terraform resource.
public struct TerraformModel: Sendable {
    /// The provider's source address: `registry.terraform.io/<namespace>/stripe`.
    public var providerAddress: String
    /// The resource type: `stripe_meter`.
    public var resource: String
    /// The field `terraform import` takes.
    public var importID: String
    /// The operations `terraform apply`, `plan` and `destroy` call, each one of the object's own.
    public var create: OperationModel
    public var read: OperationModel
    public var update: OperationModel
    /// Stripe cannot delete every object: this may deactivate it instead.
    public var destroy: OperationModel
    public var destroyNote: String
    /// The `status` the destroy operation leaves an object in; an object found in it reads as
    /// destroyed.
    public var destroyedStatus: String?
    /// Read-only fields that an update changes, such as `updated`: unknown in an update's plan.
    public var changedByUpdate: [String]
    /// Fields left out of the resource schema.
    public var excludedFields: [String]
    /// The version of the resource's state shape, raised when it changes; the provider upgrades
    /// state written under an older version.
    public var schemaVersion: Int
    /// The rule of each top-level field in the resource, in field order; nested fields follow
    /// their top-level field's.
    public var attributes: [TerraformAttributeRule]

    /// The rule of the top-level field named `name`, if the resource has it.
    func rule(for name: String) -> TerraformAttributeRule? {
        attributes.first { $0.fieldName == name }
    }
}

/// What a change to an attribute of a Terraform resource does: in place, through the update
/// operation; by replacing the resource; or nothing a configuration can do, since Stripe sets it.
/// Decided once, by the checker, from the field's mutability (which the checker holds to the
/// update operation's parameters), and read by every output: the schema, the plan helper, the
/// docs and the provider.
public enum AttributeChange: Sendable, Equatable {
    case updatesInPlace
    case forcesReplacement
    case computed
}

/// The Terraform rule of one top-level field.
public struct TerraformAttributeRule: Sendable {
    public var fieldName: String
    public var change: AttributeChange
    /// Settable, optional, and always returned by Stripe, which fills it in when a create leaves
    /// it out: a configuration that leaves it out keeps what Stripe chose ("computed but
    /// settable").
    public var isFilledInByStripe: Bool
}
