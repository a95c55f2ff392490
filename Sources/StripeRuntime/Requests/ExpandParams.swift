/// The parameters of an operation that takes nothing but `expand`, such as retrieving or
/// deactivating an object. Generated code names it after each such operation, as in
/// `BillingMeter.RetrieveParams`, rather than declaring the same type again for each.
public struct ExpandParams: RequestParams {
    /// Specifies which fields in the response should be expanded. Each at most 5000 characters.
    public var expand: [String]?

    /// Creates the parameters; those left `nil` are not sent.
    public init(expand: [String]? = nil) {
        self.expand = expand
    }

    package func encode(to form: inout FormEncoder, at key: FormKey) {
        form.encode(expand, at: key["expand"])
    }

    package func validate(into validator: inout RequestValidator, at key: FormKey) {
        validator.checkLengths(expand, max: 5000, at: key["expand"])
    }
}
