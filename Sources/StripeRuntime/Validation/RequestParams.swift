/// The parameters of a request, or an object within them: they encode themselves as form fields
/// and check themselves against Stripe's rules for the request.
public protocol RequestParams: FormEncodable, Hashable, Sendable {
    /// Reports every rule this value breaks, naming each parameter under `key`.
    func validate(into validator: inout RequestValidator, at key: FormKey)
}
