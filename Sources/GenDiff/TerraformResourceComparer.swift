import StripeCodegen
/// Compares the Terraform resources generated from two specs: for configurations (attributes and
/// blocks removed, added, newly required, no longer updatable in place, of another type), and
/// for state that Terraform already holds (whether the schema version says to upgrade it, and
/// whether the provider's upgrade can).
struct TerraformResourceComparer {
    let old: [TerraformResourceSurface]
    let new: [TerraformResourceSurface]

    func changes() -> [APIChange] {
        var changes: [APIChange] = []
        if let oldAddress = old.first?.providerAddress, let newAddress = new.first?.providerAddress,
            oldAddress != newAddress
        {
            changes.append(
                APIChange(
                    .terraform, .providerAddressChanged, subject: newAddress,
                    "The provider's address changes from `\(oldAddress)` to `\(newAddress)`"))
        }
        for resource in old {
            if let counterpart = new.first(where: { $0.name == resource.name }) {
                changes += compare(resource, counterpart)
            } else {
                changes.append(
                    APIChange(
                        .terraform, .resourceRemoved, subject: resource.name,
                        "`\(resource.name)` is removed"))
            }
        }
        for resource in new where !old.contains(where: { $0.name == resource.name }) {
            changes.append(
                APIChange(
                    .terraform, .resourceAdded, subject: resource.name, "`\(resource.name)` is new")
            )
        }
        return changes
    }

    private func compare(_ old: TerraformResourceSurface, _ new: TerraformResourceSurface)
        -> [APIChange]
    {
        let resource = old.name
        let newPaths = Set(new.entries.map(\.path))
        let oldPaths = Set(old.entries.map(\.path))
        let removed = old.entries.filter { !newPaths.contains($0.path) }
        let added = new.entries.filter { !oldPaths.contains($0.path) }
        let renames = RenamePairing.pairs(removed: removed, added: added) { entry in
            "\(entry.parentPath) \(entry.kind) \(entry.use) \(entry.change)"
        }
        let renamedTo = Set(renames.map(\.added.path))
        let renamedFrom = Dictionary(
            renames.map { ($0.removed.path, $0.added) }, uniquingKeysWith: { $1 })
        // Blocks removed, added or renamed are reported alone, not with each of their members.
        let reportedAlone = Set(
            (removed + added).filter { if case .block = $0.kind { true } else { false } }.map(
                \.path))
        let isInsideReported = { (entry: TerraformSchemaEntry) in
            reportedAlone.contains { entry.path.hasPrefix($0 + ".") }
        }
        let newByPath = Dictionary(new.entries.map { ($0.path, $0) }, uniquingKeysWith: { $1 })

        var changes: [APIChange] = []
        for entry in old.entries where !isInsideReported(entry) {
            let subject = "\(resource).\(entry.path)"
            if let renamed = renamedFrom[entry.path] {
                changes.append(
                    APIChange(
                        .terraform, .attributeRenamed, subject: subject,
                        "`\(subject)` is renamed `\(renamed.path)` (one is removed, the other added with the same type and rules)"
                    ))
            } else if let counterpart = newByPath[entry.path] {
                changes += TerraformEntryComparer(subject: subject).changes(
                    from: entry, to: counterpart)
            } else {
                changes.append(
                    APIChange(
                        .terraform, .attributeRemoved, subject: subject,
                        "The \(entry.noun) `\(subject)` is removed"))
            }
        }
        for entry in added where !renamedTo.contains(entry.path) && !isInsideReported(entry) {
            let subject = "\(resource).\(entry.path)"
            let description =
                entry.use == .computed ? "computed \(entry.noun)" : "\(entry.use) \(entry.noun)"
            changes.append(
                APIChange(
                    .terraform, entry.use == .required ? .requiredAttributeAdded : .attributeAdded,
                    subject: subject,
                    "`\(subject)` is a new \(description)"))
        }
        return changes + stateChanges(old, new)
    }

    /// Whether state stored under the old schema can be read under the new one: the schema
    /// version must be raised when the state's shape changes, and the upgrade must convert it.
    private func stateChanges(_ old: TerraformResourceSurface, _ new: TerraformResourceSurface)
        -> [APIChange]
    {
        let resource = old.name
        let versions = "schema version \(old.schemaVersion) → \(new.schemaVersion)"
        if new.schemaVersion < old.schemaVersion {
            return [
                APIChange(
                    .terraform, .schemaVersionLowered, subject: resource,
                    "`\(resource)`'s \(versions) (in \(new.sourcePath), `terraform.schema_version`)"
                )
            ]
        }
        let differences = TerraformStateDifference.differences(from: old.state, to: new.state)
        let listed = differences.map { "`\($0.path)` (\($0.change))" }.joined(separator: ", ")
        guard !differences.isEmpty else {
            guard new.schemaVersion > old.schemaVersion else { return [] }
            return [
                APIChange(
                    .terraform, .schemaVersionRaised, subject: resource,
                    "`\(resource)`'s \(versions), with no change to the state's shape; the provider upgrades stored state all the same"
                )
            ]
        }
        guard new.schemaVersion > old.schemaVersion else {
            return [
                APIChange(
                    .terraform, .stateUpgradeMissing, subject: resource,
                    "`\(resource)`'s state changes shape at \(listed), but its schema version stays \(old.schemaVersion)",
                    action:
                        "Raise `terraform.schema_version` to \(old.schemaVersion + 1) in \(new.sourcePath), and the provider "
                        + "upgrades state of older versions on the first plan")
            ]
        }
        var changes = [
            APIChange(
                .terraform, .stateUpgraded, subject: resource,
                "`\(resource)`'s \(versions): the provider upgrades state of older versions on the first plan (removed "
                    + "attributes are dropped): \(listed)")
        ]
        for difference in differences where !difference.isConverted {
            let subject = "\(resource).\(difference.path)"
            changes.append(
                APIChange(
                    .terraform, .stateNotConvertible, subject: subject,
                    "State of `\(subject)` changes: \(difference.change)"))
        }
        return changes
    }
}
