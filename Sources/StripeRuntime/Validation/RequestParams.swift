/// The parameters of a request, or an object within them, that check themselves against Stripe's
/// rules before a request is built. Generated parameters implement it with code of their own.
package protocol ValidatedParams: Hashable, Sendable {
    /// Reports every rule this value breaks, naming each parameter under `key`.
    func validate(into validator: inout RequestValidator, at key: FormKey)
}

/// The parameters of a v1 request, or an object within them: what a request builder encodes as
/// form fields.
///
/// Parameters are `Decodable`, keyed by Stripe's parameter names (timestamps as the decoder's
/// date strategy reads them), because the Terraform provider turns configurations into
/// parameters that way.
package protocol RequestParams: ValidatedParams, FormEncodable, Decodable {}

/// The parameters of a v2 request, or an object within them: what a request builder encodes as
/// its JSON body.
package protocol JSONRequestParams: ValidatedParams, JSONEncodable {}
