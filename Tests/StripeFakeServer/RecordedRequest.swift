/// One HTTP request as the fake server received it.
public struct RecordedRequest: Sendable {
    public var method: String
    /// The path, without the query.
    public var path: String
    /// The raw query string ("" if none).
    public var query: String
    /// The request headers; keys are lowercased, repeated headers are joined with ", ".
    public var headers: [String: String]
    /// The raw body.
    public var body: String
    /// The decoded pairs of the body (POST) or of the query (other methods), in order.
    public var form: [(key: String, value: String)]
}
