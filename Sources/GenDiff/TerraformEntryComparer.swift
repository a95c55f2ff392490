import StripeCodegen
/// Compares one attribute or block of a resource in two versions of its schema: its type or
/// nesting, whether configurations must, may or cannot set it, and what a change to it does.
struct TerraformEntryComparer {
    /// `stripe_meter.display_name`.
    let subject: String

    func changes(from old: TerraformSchemaEntry, to new: TerraformSchemaEntry) -> [APIChange] {
        var changes: [APIChange] = []
        switch (old.kind, new.kind) {
        case (.attribute(let oldType), .attribute(let newType)) where oldType != newType:
            changes.append(
                change(
                    .attributeTypeChanged,
                    "`\(subject)` changes type from `\(oldType)` to `\(newType)`"))
        case (.block(let oldNesting, let oldMaximum), .block(let newNesting, let newMaximum)):
            if oldNesting != newNesting {
                changes.append(
                    change(
                        .blockNestingChanged,
                        "The block `\(subject)` is nested as a \(newNesting) (it was a \(oldNesting))"
                    ))
            } else if oldMaximum != newMaximum {
                let lowered = newMaximum != 0 && (oldMaximum == 0 || newMaximum < oldMaximum)
                let limit = newMaximum == 0 ? "any number of blocks" : "at most \(newMaximum)"
                changes.append(
                    change(
                        lowered ? .blockMaxItemsLowered : .blockMaxItemsRaised,
                        "The block `\(subject)` takes \(limit)"))
            }
        case (.attribute, .block):
            changes.append(
                change(.attributeTypeChanged, "`\(subject)` changes from an attribute to a block"))
        case (.block, .attribute):
            changes.append(
                change(.attributeTypeChanged, "`\(subject)` changes from a block to an attribute"))
        default:
            break
        }
        if let use = useChange(from: old.use, to: new.use) {
            changes.append(use)
        }
        if old.use != .computed, new.use != .computed, old.change != new.change {
            switch new.change {
            case .forcesReplacement:
                changes.append(
                    change(.attributeNowForcesReplacement, "`\(subject)` becomes create-only"))
            case .updatesInPlace:
                changes.append(
                    change(.attributeNowUpdatesInPlace, "`\(subject)` becomes updatable"))
            case .computed:
                break
            }
        }
        return changes
    }

    private func useChange(from old: TerraformSchemaEntry.Use, to new: TerraformSchemaEntry.Use)
        -> APIChange?
    {
        switch (old, new) {
        case (.optional, .required), (.computed, .required):
            change(.attributeNewlyRequired, "`\(subject)` is now required")
        case (.required, .optional):
            change(.attributeNoLongerRequired, "`\(subject)` is now optional")
        case (.required, .computed), (.optional, .computed):
            change(
                .attributeNoLongerConfigurable, "`\(subject)` is now computed only (set by Stripe)")
        case (.computed, .optional):
            change(.attributeNowConfigurable, "`\(subject)` is now optional (it was computed only)")
        default:
            nil
        }
    }

    private func change(_ kind: APIChangeKind, _ what: String) -> APIChange {
        APIChange(.terraform, kind, subject: subject, what)
    }
}
