import TerraformSchemas

extension TerraformBlock {
    /// `planned` with every computed attribute that `config` leaves null, and whose name
    /// `isAffected` picks, set to unknown, in nested blocks too. Terraform fills the unknowns in
    /// after apply.
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
            values[name] = blockType.markingComputedUnknown(
                in: planned[name], config: config[name], where: isAffected)
        }
        return .object(values)
    }
}

extension TerraformBlockType {
    /// Each nested block of `planned`, paired with its configuration by position or key.
    fileprivate func markingComputedUnknown(
        in planned: TerraformValue, config: TerraformValue, where isAffected: (String) -> Bool
    ) -> TerraformValue {
        switch planned {
        case .object:
            return block.markingComputedUnknown(in: planned, config: config, where: isAffected)
        case .list(let elements):
            let configElements = config.elements
            return .list(
                elements.enumerated().map { index, element in
                    let configElement = index < configElements.count ? configElements[index] : .null
                    return block.markingComputedUnknown(
                        in: element, config: configElement, where: isAffected)
                })
        case .set(let elements):
            // Set elements have no identity to pair them with their configuration: only those
            // left null in the plan itself are unknown.
            return .set(
                elements.map { block.markingComputedUnknown(in: $0, config: $0, where: isAffected) }
            )
        case .map(let elements):
            let configElements: [String: TerraformValue] =
                if case .map(let values) = config { values } else { [:] }
            return .map(
                elements.reduce(into: [:]) { result, element in
                    result[element.key] = block.markingComputedUnknown(
                        in: element.value, config: configElements[element.key] ?? .null,
                        where: isAffected)
                })
        case .null, .unknown, .string, .number, .bool:
            return planned
        }
    }
}
