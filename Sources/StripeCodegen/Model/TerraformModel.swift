/// How an object is managed as a Terraform resource, with every name the spec gives resolved by
/// the checker (`TerraformResourceChecker`): operations, fields, the create and update parameters
/// of each attribute, and each attribute's final shape. Every Terraform output reads this one
/// model: `schema.json` and the Swift schema value, the provider's resource and its plan, the
/// registry page and `gen diff`.
public struct TerraformModel: Sendable {
    /// The provider's source address: `registry.terraform.io/<namespace>/stripe`.
    public var providerAddress: String
    /// The resource type: `stripe_meter`.
    public var resource: String
    /// The field `terraform import` takes.
    public var importField: FieldModel
    /// The operations `terraform apply`, `plan` and `destroy` call, each one of the object's own.
    public var create: OperationModel
    public var read: OperationModel
    public var update: OperationModel
    /// Stripe cannot delete every object: this may deactivate it instead.
    public var destroy: OperationModel
    public var destroyNote: String
    /// The value of the object's `status` that the destroy operation leaves it in; an object
    /// found in it reads as destroyed.
    public var destroyedStatus: EnumValueModel?
    /// How a create refused because another object holds a unique value finds and adopts that
    /// object, if the spec says.
    public var adoption: TerraformAdoption?
    /// The data source that reads one object by its import field, or by its unique field:
    /// `stripe_meter`.
    public var dataSource: String?
    /// The data source that lists the objects, if the spec names one.
    public var listDataSource: TerraformListDataSource?
    /// Read-only fields that an update changes, such as `updated`: unknown in an update's plan.
    public var changedByUpdate: [FieldModel]
    /// The version of the resource's state shape, raised when it changes; the provider upgrades
    /// state written under an older version.
    public var schemaVersion: Int
    /// The object's fields that the resource has, in field order.
    public var attributes: [TerraformResourceAttribute]
}

/// A data source that lists the objects: `stripe_meters`, whose optional arguments are the
/// list operation's enum parameters (`status`), and whose one attribute is the list of objects.
public struct TerraformListDataSource: Sendable {
    /// The data source type: `stripe_meters`.
    public var name: String
    /// The attribute that holds the objects: the type's last word, `meters`.
    public var listAttribute: String
    public var list: OperationModel
    /// The list operation's parameters that filter by a value of an enum.
    public var filters: [ParamModel]
}

/// A field whose value only one object may hold (a meter's `event_name`), and the operations
/// that find and revive its holder: when a create is refused for it, the provider lists the
/// objects to find the one that holds the value; if its create-only attributes match the
/// configuration it reactivates it (when destroyed), updates it in place, and adopts it.
public struct TerraformAdoption: Sendable {
    /// The unique field, a required create-only string.
    public var field: FieldModel
    /// The list operation that finds the holder.
    public var list: OperationModel
    /// The action that brings back an object in the destroyed status.
    public var reactivate: OperationModel?
}

/// What a change to an attribute of a Terraform resource does: in place, through the update
/// operation; by replacing the resource; or nothing a configuration can do, since Stripe sets it.
/// Decided once, by the checker, from the field's mutability (which the checker holds to the
/// update operation's parameters).
public enum AttributeChange: Sendable, Equatable {
    case updatesInPlace
    case forcesReplacement
    case computed
}

/// A field of a Terraform resource, or of a block in it, with everything that decides how
/// Terraform and its users meet it.
public struct TerraformResourceAttribute: Sendable {
    public var field: FieldModel
    /// The create request's parameter that sets the field, whose limits a configuration meets.
    public var createParam: ParamModel?
    /// The update request's parameter that sets the field, for attributes that update in place.
    public var updateParam: ParamModel?
    /// What changing it does; nested attributes take their top-level attribute's.
    public var change: AttributeChange
    public var use: Use
    /// Set for an object field that a configuration writes as a block.
    public var block: TerraformResourceBlock?

    /// What a configuration does with an attribute.
    public enum Use: Sendable, Equatable {
        /// It must set it (a block: must write it).
        case required
        /// It may set it; left out, the attribute is null.
        case optional
        /// It may set it; left out, Stripe fills it in and the attribute keeps what Stripe chose.
        /// Within a block Stripe fills in, `field.isRequired` says whether a written block needs
        /// it.
        case optionalFilledInByStripe
        /// It cannot set it: Stripe does.
        case computed
    }
}

/// The block a configuration writes for an object field, such as `customer_mapping { … }`.
public struct TerraformResourceBlock: Sendable {
    public var nesting: Nesting
    /// The block's attributes, in field order.
    public var attributes: [TerraformResourceAttribute]

    /// How Terraform nests the block.
    public enum Nesting: Sendable, Equatable {
        /// A list of blocks: exactly one when its attribute is required, else at most one.
        case list
        /// One block whose attributes are null when the configuration leaves it out: the form of a
        /// block Stripe fills in, whose attributes can then be computed.
        case group
    }
}

extension TerraformModel {
    /// The resource type without the provider's prefix: `meter` for `stripe_meter`. It names the
    /// resource's doc page and the examples' resource.
    var resourceName: String {
        Self.pageName(of: resource)
    }

    /// A resource or data source type without the provider's prefix: `meters` for
    /// `stripe_meters`, the name of its registry page.
    static func pageName(of type: String) -> String {
        type.split(separator: "_").dropFirst().joined(separator: "_")
    }
}
