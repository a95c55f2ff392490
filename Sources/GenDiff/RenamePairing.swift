import StripeCodegen
/// Finds renames among what one version removes and the next adds: a removed element and an
/// added one with the same key (the same parent and the same signature), when that key matches
/// no other removed or added element.
enum RenamePairing {
    static func pairs<Element, Key: Hashable>(
        removed: [Element], added: [Element], key: (Element) -> Key
    ) -> [(removed: Element, added: Element)] {
        let removedByKey = Dictionary(grouping: removed, by: key)
        let addedByKey = Dictionary(grouping: added, by: key)
        return removed.compactMap { element in
            guard let candidates = addedByKey[key(element)], candidates.count == 1,
                removedByKey[key(element)]?.count == 1
            else { return nil }
            return (element, candidates[0])
        }
    }
}
