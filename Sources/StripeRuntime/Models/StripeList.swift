/// A page of a Stripe list: the envelope every list endpoint returns.
public struct StripeList<Element: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// Always `list`.
    public var object: String
    /// The objects on this page.
    public var data: [Element]
    /// Whether there are more objects after this page.
    public var hasMore: Bool
    /// The URL of the list endpoint.
    public var url: String

    /// Creates a page.
    public init(object: String = "list", data: [Element], hasMore: Bool, url: String) {
        self.object = object
        self.data = data
        self.hasMore = hasMore
        self.url = url
    }

    private enum CodingKeys: String, CodingKey {
        case object
        case data
        case hasMore = "has_more"
        case url
    }
}
