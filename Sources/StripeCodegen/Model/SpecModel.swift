/// The checked spec: every object, its fields and operations, as the spec names them. Nothing in
/// here can be inconsistent; `SpecChecker` makes sure of that. Names in a target language are
/// made from it by that target's naming stage (`Naming/`), never stored here.
public struct SpecModel: Sendable {
    /// The Stripe API version that every spec file describes, e.g. `2026-09-30.endive`.
    public var apiVersion: String
    /// The objects, in the order of their file names.
    public var objects: [ObjectModel]
}

/// A Stripe object such as `billing.meter`.
public struct ObjectModel: Sendable {
    /// The object's Stripe name, as in its `object` field: `billing.meter`.
    public var stripeName: String
    /// The object as a type: its Stripe name, and the type name the spec file asks for.
    public var typeName: TypeName
    /// The spec file it comes from, relative to the project: `spec/billing_meter.yaml`, wherever
    /// the spec folder is.
    public var sourcePath: String
    public var title: String
    public var description: String
    public var docsURL: String
    /// The API the object belongs to, which decides how its requests and answers are written.
    public var api: StripeAPI
    /// The object's fields; none for a resource that has operations but no object of its own,
    /// such as the meter event stream.
    public var fields: [FieldModel]
    public var operations: [OperationModel]
    public var terraform: TerraformModel?
}

/// One of Stripe's APIs. Everything that differs between them is decided here, once, and read by
/// every output.
public enum StripeAPI: String, Sendable, CaseIterable {
    /// Form-encoded requests, Unix-seconds times.
    case v1
    /// JSON requests and answers, RFC 3339 times, POST only.
    case v2

    /// How a request's parameters travel.
    public enum BodyEncoding: Sendable {
        /// `application/x-www-form-urlencoded`, nested keys in brackets.
        case form
        /// `application/json`.
        case json
    }

    /// How times are written on the wire.
    public enum TimestampFormat: Sendable {
        /// Whole seconds since the Unix epoch: `1733560200`.
        case unixSeconds
        /// RFC 3339 text in UTC: `2026-12-07T08:30:00.000Z`.
        case rfc3339
    }

    /// What every path of the API starts with: `/v1/`.
    public var pathPrefix: String { "/\(rawValue)/" }

    public var bodyEncoding: BodyEncoding {
        switch self {
        case .v1: .form
        case .v2: .json
        }
    }

    public var timestampFormat: TimestampFormat {
        switch self {
        case .v1: .unixSeconds
        case .v2: .rfc3339
        }
    }

    /// The methods the generator can send: v2 `GET` requests would need their parameters in a
    /// query, which JSON parameters do not write.
    var methods: [String] {
        switch self {
        case .v1: ["GET", "POST"]
        case .v2: ["POST"]
        }
    }
}

extension ObjectModel {
    /// Whether the object has a string `id` that names it, which lists page by.
    var isIdentifiable: Bool {
        fields.contains { field in
            if case .string = field.type { field.name == "id" && !field.isNullable } else { false }
        }
    }
}

extension ObjectModel {
    /// `billing/meters`: the path segments after `/v1/` that all the object's operations share,
    /// up to the first placeholder; empty without operations. Beyond v1, the API's version leads:
    /// `v2/billing/meter_events`, so that it names other operations than v1's `billing/meter_events`.
    var resourcePath: String {
        let paths = operations.map { operation in
            operation.path.split(separator: "/").dropFirst(api == .v1 ? 1 : 0).prefix { !$0.hasPrefix("{") }
        }
        guard var shared = paths.first else { return "" }
        for path in paths.dropFirst() {
            shared = shared.prefix(zip(shared, path).prefix { $0 == $1 }.count)
        }
        return api == .v1 || shared.count > 1 ? shared.joined(separator: "/") : ""
    }

    /// The path the object's operations share, as a path: `/v1/billing/meters`.
    var sharedPath: String {
        api == .v1 ? api.pathPrefix + resourcePath : "/" + resourcePath
    }
}

extension FieldModel {
    /// The value examples show for a scalar field: its example, else its default, else an enum's
    /// only value.
    var exampleValue: String? {
        if let value = example ?? defaultValue { return value }
        if case .enumeration(let model) = type, model.values.count == 1 { return model.values[0].rawValue }
        return nil
    }
}

/// One entry of a map's example value.
public struct ExampleEntry: Sendable, Equatable {
    public var key: String
    public var value: String
}

/// Who may set a field.
public enum Mutability: String, Sendable, CaseIterable {
    /// Set on create, never changed afterwards.
    case createOnly = "create_only"
    /// Set on create and changeable by the update operation.
    case updatable
    /// Set by Stripe only.
    case readOnly = "read_only"
}

/// A field of an object, or of a nested object. A class, so that the parameters that set it
/// and the Terraform attributes made from it refer to it instead of each holding a copy.
public final class FieldModel: Sendable {
    /// The wire name: `event_time_window`.
    public let name: String
    /// Where the spec names the field.
    public let declaredAt: SourceLocation
    public let description: String
    public let type: FieldType
    /// Whether a create request must set it (within its parent object, for nested fields).
    public let isRequired: Bool
    /// Whether Stripe may return `null`; such fields are optional in Swift.
    public let isNullable: Bool
    /// Inherited by nested fields from their top-level field.
    public let mutability: Mutability
    public let constraints: Constraints
    /// The value Stripe uses when a request leaves the field out.
    public let defaultValue: String?
    /// A value the docs' examples set.
    public let example: String?
    /// The entries a map's examples set.
    public let exampleEntries: [ExampleEntry]

    init(
        name: String, declaredAt: SourceLocation, description: String, type: FieldType, isRequired: Bool,
        isNullable: Bool, mutability: Mutability, constraints: Constraints, defaultValue: String?, example: String?,
        exampleEntries: [ExampleEntry]
    ) {
        self.name = name
        self.declaredAt = declaredAt
        self.description = description
        self.type = type
        self.isRequired = isRequired
        self.isNullable = isNullable
        self.mutability = mutability
        self.constraints = constraints
        self.defaultValue = defaultValue
        self.example = example
        self.exampleEntries = exampleEntries
    }
}

/// Limits on a value that Stripe enforces.
public struct Constraints: Sendable, Equatable {
    /// The longest string Stripe accepts or returns.
    public var maxLength: Int?
    public var minimum: Int?
    public var maximum: Int?
    /// The most elements of a list that a request may send.
    public var maxItems: Int?
}

/// The type of a field or parameter.
public indirect enum FieldType: Sendable {
    case string
    case integer
    case number
    case boolean
    /// Unix seconds on the wire, `Date` in Swift.
    case timestamp
    case enumeration(EnumModel)
    case object(NestedObjectModel)
    /// String keys; the value type given.
    case map(FieldType, Constraints)
    case list(FieldType, Constraints)

    /// The spec's spelling of each type.
    static let names = ["string", "integer", "number", "boolean", "timestamp", "enum", "object", "map", "list"]
}

/// A string enum; unknown values are kept, never rejected on decoding.
public struct EnumModel: Sendable {
    /// Where the type is declared: `billing.meter` › `default_aggregation` › `formula`.
    public var path: TypePath
    public var values: [EnumValueModel]
}

/// One known value of an enum.
public struct EnumValueModel: Sendable {
    /// The wire value: `by_id`.
    public var rawValue: String
    /// What the value means.
    public var meaning: String
    /// Where the spec lists the value.
    public var declaredAt: SourceLocation
}

/// An object nested in another, such as a meter's `customer_mapping`.
public struct NestedObjectModel: Sendable {
    /// Where the type is declared: `billing.meter` › `customer_mapping`.
    public var path: TypePath
    /// What one value of the type is: its field's description, or its list items' own.
    public var description: String
    public var fields: [FieldModel]
}

/// A type of the spec as the spec names it.
public struct TypeName: Sendable {
    /// `billing.meter` for an object; for a type nested in a field or parameter, its name:
    /// `default_aggregation`.
    public var specName: String
    /// The name the spec asks generated code to give the type (`swift_name`, `swift_type_name`),
    /// instead of one made from `specName`.
    public var preferred: String?
    /// Where the spec names the type: its preferred name, else the object or field.
    public var declaredAt: SourceLocation
}

/// Where a nested type (an enum, or an object in a field) is declared: in an object, maybe in
/// the parameters of one of its operations, within fields nested to any depth.
public struct TypePath: Sendable {
    /// The object the type belongs to.
    public var object: TypeName
    /// The operation whose parameters declare the type, for a parameter that sets no field.
    public var operation: String?
    /// The fields or parameters that lead to the type, outermost first; the last is the type's own.
    public var members: [TypeName]

    /// The type's own name.
    public var name: TypeName { members.last ?? object }

    /// The path of a type nested in a field of this one.
    func appending(_ member: TypeName) -> TypePath {
        TypePath(object: object, operation: operation, members: members + [member])
    }
}
