/// The JSON of a Stripe error response.
struct StripeErrorBody: Decodable {
    struct Details: Decodable {
        var type: String
        var code: String?
        var message: String?
        var param: String?
        var docURL: String?
        var requestLogURL: String?

        private enum CodingKeys: String, CodingKey {
            case type, code, message, param
            case docURL = "doc_url"
            case requestLogURL = "request_log_url"
        }
    }

    var error: Details
}
