import StripeRuntime

extension TerraformBlock {
    /// `planned` with every computed attribute that `config` leaves null, and that `isAffected`
    /// picks, set to unknown; nested blocks likewise. Terraform fills the unknowns in after apply.
    func markingComputedUnknown(
        in planned: TerraformValue, config: TerraformValue,
        where isAffected: (String) -> Bool = { _ in true }
    ) -> TerraformValue {
        guard case .object(var values) = planned else { return planned }
        for (name, attribute) in attributes
        where attribute.computed && config[name] == .null && isAffected(name) {
            values[name] = .unknown
        }
        for (name, blockType) in blockTypes {
            values[name] = blockType.markingComputedUnknown(in: planned[name], config: config[name])
        }
        return .object(values)
    }
}

extension TerraformBlockType {
    /// Each nested block of `planned`, paired with its configuration by position or key.
    fileprivate func markingComputedUnknown(in planned: TerraformValue, config: TerraformValue)
        -> TerraformValue
    {
        switch planned {
        case .object:
            return block.markingComputedUnknown(in: planned, config: config)
        case .list(let elements):
            let configElements = config.elements
            return .list(
                elements.enumerated().map { index, element in
                    let configElement = index < configElements.count ? configElements[index] : .null
                    return block.markingComputedUnknown(in: element, config: configElement)
                })
        case .set(let elements):
            // Set elements have no identity to pair them with their configuration: only those
            // left null in the plan itself are unknown.
            return .set(elements.map { block.markingComputedUnknown(in: $0, config: $0) })
        case .map(let elements):
            return .map(
                elements.reduce(into: [:]) { result, element in
                    let configElement: TerraformValue =
                        if case .map(let configMap) = config {
                            configMap[element.key] ?? .null
                        } else { .null }
                    result[element.key] = block.markingComputedUnknown(
                        in: element.value, config: configElement)
                })
        case .null, .unknown, .string, .number, .bool:
            return planned
        }
    }
}
