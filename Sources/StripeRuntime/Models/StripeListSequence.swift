/// Every object of a list operation, fetched a page at a time as the sequence is iterated.
///
/// Like Stripe's SDKs it walks forwards from `starting_after`, each page starting after the last
/// object of the one before; when only `ending_before` is set it walks backwards instead, each
/// page ending before the first object of the one before, and yields each page's objects in
/// reverse so that the sequence moves steadily away from the cursor.
public struct StripeListSequence<Params: PaginationParams, Element>: AsyncSequence, Sendable
where Element: Codable & Hashable & Sendable & Identifiable, Element.ID == String {
    /// Fetches one page.
    public typealias FetchPage = @Sendable (Params) async throws -> StripeList<Element>

    private let params: Params
    private let fetchPage: FetchPage

    /// A sequence that starts from `params` and fetches each page with `fetchPage`.
    public init(params: Params, fetchPage: @escaping FetchPage) {
        self.params = params
        self.fetchPage = fetchPage
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(params: params, fetchPage: fetchPage)
    }

    /// Fetches the next page when the current one is used up.
    public struct Iterator: AsyncIteratorProtocol {
        private var params: Params?
        private let fetchPage: FetchPage
        private let isBackwards: Bool
        private var buffer: [Element] = []

        init(params: Params, fetchPage: @escaping FetchPage) {
            self.params = params
            self.fetchPage = fetchPage
            self.isBackwards = params.endingBefore != nil && params.startingAfter == nil
        }

        public mutating func next() async throws -> Element? {
            while buffer.isEmpty {
                guard var request = params else { return nil }
                let page = try await fetchPage(request)
                let edge = isBackwards ? page.data.first : page.data.last
                if page.hasMore, let edge {
                    if isBackwards { request.endingBefore = edge.id } else { request.startingAfter = edge.id }
                    params = request
                } else {
                    params = nil
                }
                buffer = isBackwards ? page.data : page.data.reversed()
            }
            return buffer.popLast()
        }
    }
}
