import Foundation
import StripeRuntime

extension TerraformBlock {
    /// Decodes state that an older version of this block's schema wrote (the `raw_state.json`
    /// of `UpgradeResourceState`): a nested block stored as a list of at most one, where this
    /// schema nests a single block or a group, is taken as that block, and a group stored as
    /// absent is one whose attributes are null.
    public func upgradedState(json: Data) throws -> TerraformValue {
        let stored = try TerraformValue.messagePackValue(json: json)
        let value = try TerraformValue(
            stored.takingListsOfOne(as: valueType), type: valueType, at: TerraformAttributePath())
        return withEmptyBlocks(value)
    }
}

extension MessagePackValue {
    /// This value with each list of at most one element that `type` wants as an object
    /// replaced by that element, or null.
    fileprivate func takingListsOfOne(as type: TerraformType) -> MessagePackValue {
        switch (self, type) {
        case (.array(let elements), .object) where elements.count <= 1:
            elements.first?.takingListsOfOne(as: type) ?? .nil
        case (.array(let elements), .list(let element)), (.array(let elements), .set(let element)):
            .array(elements.map { $0.takingListsOfOne(as: element) })
        case (.map(let pairs), .map(let element)):
            .map(pairs.map { MessagePackPair($0.key, $0.value.takingListsOfOne(as: element)) })
        case (.map(let pairs), .object(let attributes)):
            .map(
                pairs.map { pair in
                    guard case .string(let name) = pair.key, let attribute = attributes[name] else {
                        return pair
                    }
                    return MessagePackPair(pair.key, pair.value.takingListsOfOne(as: attribute))
                })
        default:
            self
        }
    }
}
