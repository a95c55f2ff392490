import StripeCodegen
/// Compares the parameters of one function or initializer in two versions of the library: each
/// parameter removed, renamed, added, or changed in type or default, and their order.
struct SwiftParameterComparer {
    /// How the function is named in messages: `BillingMeter.init(…)`.
    let function: String
    let subject: String

    func changes(from old: [SwiftParameter], to new: [SwiftParameter]) -> [APIChange] {
        let oldLabels = Set(old.map(\.label))
        let newLabels = Set(new.map(\.label))
        let removed = old.filter { !newLabels.contains($0.label) }
        let added = new.filter { !oldLabels.contains($0.label) }
        let renames = RenamePairing.pairs(removed: removed, added: added) {
            "\($0.type) \($0.defaultValue ?? "")"
        }
        let renamedFrom = Set(renames.map(\.removed.label))
        let renamedTo = Set(renames.map(\.added.label))

        var changes = renames.map { pair in
            change(
                .parameterRenamed,
                "renames parameter `\(pair.removed.label):` to `\(pair.added.label):`")
        }
        for parameter in removed where !renamedFrom.contains(parameter.label) {
            changes.append(change(.parameterRemoved, "loses parameter `\(parameter.declaration)`"))
        }
        for parameter in added where !renamedTo.contains(parameter.label) {
            changes.append(
                change(
                    parameter.defaultValue == nil ? .parameterAdded : .defaultedParameterAdded,
                    "gains parameter `\(parameter.declaration)`"))
        }
        let newByLabel = Dictionary(
            new.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
        for parameter in old {
            guard let counterpart = newByLabel[parameter.label], counterpart != parameter else {
                continue
            }
            let kind: APIChangeKind =
                if counterpart.type != parameter.type {
                    .parameterTypeChanged
                } else {
                    counterpart.defaultValue == nil
                        ? .parameterDefaultRemoved : .parameterDefaultAdded
                }
            changes.append(
                change(
                    kind,
                    "changes parameter `\(parameter.declaration)` to `\(counterpart.declaration)`"))
        }
        let keptInOldOrder = old.map(\.label).filter(newLabels.contains)
        let keptInNewOrder = new.map(\.label).filter(oldLabels.contains)
        if keptInOldOrder != keptInNewOrder {
            changes.append(
                change(
                    .parametersReordered,
                    "takes its parameters in another order: "
                        + keptInNewOrder.map { "`\($0):`" }.joined(separator: ", ")))
        }
        return changes
    }

    private func change(_ kind: APIChangeKind, _ what: String) -> APIChange {
        APIChange(.swift, kind, subject: subject, "`\(function)` \(what)")
    }
}
