/// The parameters of a request, or an object within them: they encode themselves as form fields
/// and check themselves against Stripe's rules for the request. They decode from JSON keyed by
/// Stripe's parameter names (timestamps as Unix seconds), so that other descriptions of a request,
/// such as a Terraform configuration, can become parameters.
public protocol RequestParams: FormEncodable, Decodable, Hashable, Sendable {
    /// Reports every rule this value breaks, naming each parameter under `key`.
    func validate(into validator: inout RequestValidator, at key: FormKey)
}
