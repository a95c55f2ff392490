import Foundation
import TerraformSchemas

extension TerraformBlock {
    /// Decodes state that an older version of this block's schema wrote (the `raw_state.json`
    /// of `UpgradeResourceState`), reshaped for this schema as far as state can be:
    ///
    /// - a nested block stored as a list of at most one, where this schema nests a single block
    ///   or a group, is taken as that block (and a group stored as absent is one whose
    ///   attributes are null); a single block where this schema nests a list becomes a list of it;
    /// - a number or a boolean where this schema has a string becomes its text; the text `true`
    ///   or `false` where it has a boolean, and the text of a number where it has a number, are
    ///   read as such (other text is an error that names the attribute);
    /// - attributes this schema no longer has are dropped, and those it adds are null.
    ///
    /// `gen diff` describes what this upgrade converts (`TerraformStateDifference`); the two
    /// change together.
    public func upgradedState(json: Data) throws -> TerraformValue {
        let stored = try TerraformValue.messagePackValue(json: json)
        let value = try TerraformValue(
            stored.upgraded(to: valueType), type: valueType, at: TerraformAttributePath())
        return withEmptyBlocks(value)
    }
}

extension MessagePackValue {
    /// This value reshaped for `type`, as `TerraformBlock.upgradedState(json:)` describes.
    fileprivate func upgraded(to type: TerraformType) -> MessagePackValue {
        switch (self, type) {
        case (.array(let elements), .object) where elements.count <= 1:
            elements.first?.upgraded(to: type) ?? .nil
        case (.map, .list(.object(let attributes))), (.map, .set(.object(let attributes))):
            .array([upgraded(to: .object(attributes))])
        case (.array(let elements), .list(let element)), (.array(let elements), .set(let element)):
            .array(elements.map { $0.upgraded(to: element) })
        case (.map(let pairs), .map(let element)):
            .map(pairs.map { MessagePackPair($0.key, $0.value.upgraded(to: element)) })
        case (.map(let pairs), .object(let attributes)):
            .map(
                pairs.compactMap { pair in
                    guard case .string(let name) = pair.key else { return pair }
                    return attributes[name].map {
                        MessagePackPair(pair.key, pair.value.upgraded(to: $0))
                    }
                })
        case (.int(let integer), .string):
            .string(String(integer))
        case (.uint(let integer), .string):
            .string(String(integer))
        case (.float(let double), .string):
            .string(TerraformNumber(double).description)
        case (.bool(let bool), .string):
            .string(String(bool))
        case (.string("true"), .bool):
            .bool(true)
        case (.string("false"), .bool):
            .bool(false)
        default:
            self
        }
    }
}
