/// Stripe's cursor pagination parameters: `limit`, `starting_after`, `ending_before`.
struct PageRequest {
    static let keys: Set<String> = ["limit", "starting_after", "ending_before"]

    var limit: Int
    var startingAfter: String?
    var endingBefore: String?

    init(_ params: Params) throws(StripeError) {
        limit = try params.integer("limit", in: 1...100) ?? 10
        startingAfter = try params.string("starting_after")
        endingBefore = try params.string("ending_before")
        if startingAfter != nil, endingBefore != nil {
            throw .invalidRequest(
                "You may only specify one of these parameters: ending_before, starting_after.")
        }
    }

    /// One page of `ordered` (already in list order), keeping only items that pass `include`.
    /// Cursors are looked up among all of `ordered`; an unknown cursor is a `resource_missing`
    /// error for `object`.
    func page<Item>(
        of ordered: [Item], id: (Item) -> String, object: String,
        include: (Item) -> Bool = { _ in true }
    ) throws(StripeError) -> (items: [Item], hasMore: Bool) {
        if let endingBefore {
            let end = try position(
                of: endingBefore, in: ordered, id: id, object: object, param: "ending_before")
            let before = ordered[..<end].filter(include)
            return (Array(before.suffix(limit)), before.count > limit)
        }
        var start = 0
        if let startingAfter {
            start =
                try position(
                    of: startingAfter, in: ordered, id: id, object: object, param: "starting_after")
                + 1
        }
        let after = ordered[start...].filter(include)
        return (Array(after.prefix(limit)), after.count > limit)
    }

    private func position<Item>(
        of cursor: String, in ordered: [Item], id: (Item) -> String, object: String, param: String
    ) throws(StripeError) -> Int {
        guard let index = ordered.firstIndex(where: { id($0) == cursor }) else {
            throw .resourceMissing(object, id: cursor, param: param)
        }
        return index
    }
}
