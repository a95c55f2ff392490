/// The parameters of a request, or an object within them. Each type lists its stored properties
/// in `fields`, with Stripe's names and rules; through them the parameters encode themselves as
/// form fields, check themselves against Stripe's rules for the request, and compare and hash
/// field by field. They decode from JSON keyed by Stripe's parameter names (timestamps as the
/// decoder's date strategy reads them), so that other descriptions of a request, such as a
/// Terraform configuration, can become parameters.
public protocol RequestParams: FormEncodable, Decodable, Hashable, Sendable {
    /// Every stored property, in the order they are sent. The runtime reads it once per type, so
    /// generated types compile it with `@_optimize(none)`: optimizing code that runs once would
    /// only lengthen the library's release build.
    static var fields: [ParamField<Self>] { get }

    /// Reports every rule this value breaks, naming each parameter under `key`.
    func validate(into validator: inout RequestValidator, at key: FormKey)
}

extension RequestParams {
    /// `fields`, built once.
    static var fieldTable: [ParamField<Self>] {
        FieldTables.table { fields }
    }

    /// Each field under its name, in the order of `fields`.
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        for field in Self.fieldTable {
            field.encode(self, to: &form, at: key)
        }
    }

    /// Each field's rules in the order of `fields`; then that each time comes after the one its
    /// field names, such as `end_time` after `start_time`.
    public func validate(into validator: inout RequestValidator, at key: FormKey) {
        let fields = Self.fieldTable
        for field in fields {
            field.validate(self, into: &validator, at: key)
        }
        for field in fields {
            guard let earlierName = field.earlierField,
                let earlier = fields.first(where: { $0.name == earlierName })
            else { continue }
            validator.checkOrder(
                earlier.timestamp(of: self), at: key[earlierName], before: field.timestamp(of: self),
                at: key[field.name])
        }
    }

    /// Nested parameters check their own fields; they have no rules of their own.
    public func validate(_ rules: FieldRules, into validator: inout RequestValidator, at key: FormKey) {
        validate(into: &validator, at: key)
    }

    /// The names among `names` of the fields whose values differ from `prior`'s, in the order of
    /// `names`. A field of `keepingUnset` that this value leaves `nil` keeps `prior`'s value, so it
    /// is no change.
    public func changedFields(since prior: Self, among names: [String], keepingUnset: [String] = []) -> [String] {
        let fields = Self.fieldTable
        return names.filter { name in
            guard let field = fields.first(where: { $0.name == name }) else {
                preconditionFailure("\(Self.self) has no field \(name)")
            }
            return !(keepingUnset.contains(name) && field.isNil(in: self)) && !field.isEqual(self, prior)
        }
    }

    /// Equal when every field is.
    public static func == (left: Self, right: Self) -> Bool {
        fieldTable.allSatisfy { $0.isEqual(left, right) }
    }

    /// Every field, in order.
    public func hash(into hasher: inout Hasher) {
        for field in Self.fieldTable {
            field.hash(self, into: &hasher)
        }
    }
}
