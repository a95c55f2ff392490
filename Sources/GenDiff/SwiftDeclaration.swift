import StripeCodegen
/// One public declaration of the generated Swift library, as the code that uses it names it.
struct SwiftDeclaration: Sendable, Equatable {
    enum TypeKind: String, Sendable {
        case `struct`, `enum`
    }

    /// What it declares, and what code that uses it depends on.
    enum Shape: Sendable, Equatable {
        /// A struct or an enum, and the protocols it conforms to.
        case type(TypeKind, conformances: [String])
        case property(type: String)
        /// An enum case, with its wire value (a Stripe enum's) or its associated values.
        case enumCase(rawValue: String?, payload: String?)
        /// A function or an initializer (named `init`); `returnType` is `nil` for initializers.
        case function(parameters: [SwiftParameter], returnType: String?)
    }

    /// The type it belongs to, qualified: `BillingMeter.CreateParams`; `nil` for a top-level type.
    var parent: String?
    /// `displayName`, `init`, `createRequest`, `CreateParams`.
    var name: String
    var shape: Shape

    /// `BillingMeter.CreateParams.displayName`: unique within the library.
    var qualifiedName: String { parent.map { "\($0).\(name)" } ?? name }

    var isType: Bool {
        if case .type = shape { true } else { false }
    }

    /// The name code uses: `BillingMeter.displayName`, `BillingMeterService.create(params:options:)`;
    /// initializers with more than three parameters as `BillingMeter.init(…)`.
    var displayName: String {
        guard case .function(let parameters, _) = shape else { return qualifiedName }
        let labels = parameters.count > 3 ? "…" : parameters.map { "\($0.label):" }.joined()
        return "\(qualifiedName)(\(labels))"
    }

    /// Whether two declarations are of the same sort (a property and a function are not), so
    /// that one can be compared with the other.
    func isComparable(with other: SwiftDeclaration) -> Bool {
        switch (shape, other.shape) {
        case (.type, .type), (.property, .property), (.enumCase, .enumCase), (.function, .function):
            true
        default: false
        }
    }
}
