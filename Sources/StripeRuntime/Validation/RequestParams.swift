/// The parameters of a request, or an object within them: what a request builder encodes as form
/// fields and checks against Stripe's rules first. Generated parameters implement both with code
/// of their own.
///
/// Parameters are `Decodable`, keyed by Stripe's parameter names (timestamps as the decoder's
/// date strategy reads them), because the Terraform provider turns configurations into
/// parameters that way.
package protocol RequestParams: FormEncodable, Decodable, Hashable, Sendable {
    /// Reports every rule this value breaks, naming each parameter under `key`.
    func validate(into validator: inout RequestValidator, at key: FormKey)
}
