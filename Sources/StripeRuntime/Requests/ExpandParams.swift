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

    /// Stripe's name and rules for each parameter, in the order they are sent.
    public static var fields: [ParamField<Self>] {
        [ParamField("expand", \.expand, maxLength: 5000)]
    }

    public init(from decoder: any Decoder) throws {
        let values = try DecodedFields<Self>(from: decoder)
        self.init(expand: values["expand"])
    }
}
