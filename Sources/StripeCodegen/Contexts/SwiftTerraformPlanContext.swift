/// What `Templates/swift/terraform_plan.mustache` renders: the rule by which a Terraform
/// resource's configuration change becomes an in-place update or a replacement.
package struct SwiftTerraformPlanFileContext: Sendable {
    var header: String
    /// `BillingMeter`.
    package var objectName: String
    var enumDocLines: [String]
    var functionDocLines: [String]
    /// `CreateParams`: the configuration, prior and desired.
    package var configurationType: String
    /// `UpdateParams`: what an in-place update sends.
    package var updateType: String
    /// The arguments of the `changedFields(since:among:keepingUnset:)` call, when any
    /// create-only attribute forces a replacement; empty when none does.
    var forcedByArguments: [SwiftForcedByArgumentContext]
    /// One check per updatable attribute: a change goes into the update.
    var updateChecks: [SwiftPlanCheckContext]
}

/// `if <condition> {` … `}` with one statement.
struct SwiftPlanCheckContext: Sendable {
    var condition: String
    var statement: String
}

/// `among:` the create-only attributes, or `keepingUnset:` those kept when left out.
struct SwiftForcedByArgumentContext: Sendable {
    var label: String
    /// The attributes' wire names.
    var names: [String]
    /// Whether `names` has one element, so that the list stays on its line.
    var hasOneName: Bool
}

extension SwiftTerraformPlanFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "objectName": objectName.templateValue,
            "enumDocLines": enumDocLines.templateValue,
            "functionDocLines": functionDocLines.templateValue,
            "configurationType": configurationType.templateValue,
            "updateType": updateType.templateValue,
            "forcedByArguments": forcedByArguments.templateValue,
            "updateChecks": updateChecks.templateValue,
        ])
    }
}

extension SwiftPlanCheckContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "condition": condition.templateValue,
            "statement": statement.templateValue,
        ])
    }
}

extension SwiftForcedByArgumentContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "label": label.templateValue,
            "names": names.templateValue,
            "hasOneName": hasOneName.templateValue,
        ])
    }
}
