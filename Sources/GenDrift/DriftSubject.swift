import StripeCodegen
/// What a drift message names: a field (`default_aggregation.formula`) or a parameter of an
/// operation (`parameter 'customer_mapping.type' of create`); items are `name[]`.
struct DriftSubject: CustomStringConvertible {
    var name: String
    var operation: String?

    /// A nested field or parameter.
    func member(_ child: String) -> DriftSubject {
        DriftSubject(name: name.isEmpty ? child : "\(name).\(child)", operation: operation)
    }

    /// The element of a list or the value of a map.
    var items: DriftSubject {
        DriftSubject(name: name + "[]", operation: operation)
    }

    var description: String {
        operation.map { "parameter '\(name)' of \($0)" } ?? name
    }
}
