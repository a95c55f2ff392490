import TerraformSchemas

/// Plans a resource change within Terraform's rules for plans (its `objchange` package): what
/// the configuration sets is planned as set, nested blocks follow the configuration, and only
/// computed attributes may be unknown.
struct ResourcePlanner<Client: Sendable> {
    /// The planned state, and the paths whose change forces a replacement.
    struct Plan {
        var planned: TerraformValue
        var requiresReplace: [TerraformAttributePath] = []
    }

    let resource: any TerraformResource<Client>

    /// `proposed` is Terraform's merge of `config` with the `prior` state: configured values,
    /// and prior values for computed attributes the configuration leaves out.
    func plan(prior: TerraformValue, proposed: TerraformValue, config: TerraformValue) throws
        -> Plan
    {
        guard proposed != .null else { return Plan(planned: .null) }  // destroy
        let problems = resource.validate(config: config)
        guard !problems.contains(where: { $0.severity == .error }) else {
            throw TerraformDiagnosticsError(problems)
        }
        let block = resource.schema.block
        guard prior != .null else {
            return Plan(planned: block.markingComputedUnknown(in: proposed, config: config))
        }
        switch try resource.change(from: prior, to: config) {
        case .none:
            return Plan(planned: proposed)
        case .update:
            let changed = resource.attributesChangedByUpdate
            return Plan(
                planned: block.markingComputedUnknown(
                    in: proposed, config: config, where: changed.contains))
        case .replace(let paths):
            return Plan(
                planned: block.markingComputedUnknown(in: proposed, config: config),
                requiresReplace: paths)
        }
    }
}
