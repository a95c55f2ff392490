import StripeCodegen
/// Every kind of change `gen diff` reports, with its impact and what it means for users: the one
/// place where the rules are written. The Swift rules are those of the Swift toolchain's
/// `swift package diagnose-api-breaking-changes` (a test holds them to it); the Terraform rules
/// are Terraform's for configurations and state.
public enum APIChangeKind: String, Codable, Sendable, CaseIterable {
    // The Swift library.
    case typeAdded = "type_added"
    case typeRemoved = "type_removed"
    case typeRenamed = "type_renamed"
    case typeKindChanged = "type_kind_changed"
    case conformanceAdded = "conformance_added"
    case conformanceRemoved = "conformance_removed"
    case propertyAdded = "property_added"
    case propertyRemoved = "property_removed"
    case propertyRenamed = "property_renamed"
    case propertyTypeChanged = "property_type_changed"
    case enumCaseAdded = "enum_case_added"
    case enumCaseRemoved = "enum_case_removed"
    case enumCaseValueChanged = "enum_case_value_changed"
    case enumCasePayloadChanged = "enum_case_payload_changed"
    case functionAdded = "function_added"
    case functionRemoved = "function_removed"
    case returnTypeChanged = "return_type_changed"
    case parameterAdded = "parameter_added"
    case defaultedParameterAdded = "defaulted_parameter_added"
    case parameterRemoved = "parameter_removed"
    case parameterRenamed = "parameter_renamed"
    case parameterTypeChanged = "parameter_type_changed"
    case parameterDefaultRemoved = "parameter_default_removed"
    case parameterDefaultAdded = "parameter_default_added"
    case parametersReordered = "parameters_reordered"
    case apiVersionChanged = "api_version_changed"
    // The Terraform provider.
    case providerAddressChanged = "provider_address_changed"
    case resourceAdded = "resource_added"
    case resourceRemoved = "resource_removed"
    case attributeAdded = "attribute_added"
    case requiredAttributeAdded = "required_attribute_added"
    case attributeRemoved = "attribute_removed"
    case attributeRenamed = "attribute_renamed"
    case attributeNewlyRequired = "attribute_newly_required"
    case attributeNoLongerRequired = "attribute_no_longer_required"
    case attributeNoLongerConfigurable = "attribute_no_longer_configurable"
    case attributeNowConfigurable = "attribute_now_configurable"
    case attributeNowForcesReplacement = "attribute_now_forces_replacement"
    case attributeNowUpdatesInPlace = "attribute_now_updates_in_place"
    case attributeTypeChanged = "attribute_type_changed"
    case blockNestingChanged = "block_nesting_changed"
    case blockMaxItemsLowered = "block_max_items_lowered"
    case blockMaxItemsRaised = "block_max_items_raised"
    case stateUpgraded = "state_upgraded"
    case stateUpgradeMissing = "state_upgrade_missing"
    case stateNotConvertible = "state_not_convertible"
    case schemaVersionRaised = "schema_version_raised"
    case schemaVersionLowered = "schema_version_lowered"

    /// Whether a change of this kind breaks users, adds to what they can use, or neither.
    public var impact: APIChangeImpact {
        switch self {
        case .typeAdded, .conformanceAdded, .propertyAdded, .functionAdded, .parameterDefaultAdded,
            .resourceAdded, .attributeAdded, .attributeNoLongerRequired, .attributeNowConfigurable,
            .attributeNowUpdatesInPlace, .blockMaxItemsRaised:
            .additive
        case .enumCaseValueChanged, .apiVersionChanged, .stateUpgraded, .schemaVersionRaised:
            .internal
        case .typeRemoved, .typeRenamed, .typeKindChanged, .conformanceRemoved, .propertyRemoved,
            .propertyRenamed, .propertyTypeChanged, .enumCaseRemoved, .enumCasePayloadChanged,
            .functionRemoved, .returnTypeChanged, .parameterAdded, .parameterRemoved,
            .parameterRenamed, .parameterTypeChanged, .parameterDefaultRemoved,
            .parametersReordered, .providerAddressChanged, .resourceRemoved,
            .requiredAttributeAdded, .attributeRemoved, .attributeRenamed, .attributeNewlyRequired,
            .attributeNoLongerConfigurable, .attributeNowForcesReplacement, .attributeTypeChanged,
            .blockNestingChanged, .blockMaxItemsLowered, .stateUpgradeMissing,
            .stateNotConvertible, .schemaVersionLowered:
            .breaking
        // Older versions of the library already decode a new value (as `.unknown`), but a
        // `switch` that lists every case stops compiling, and the toolchain counts it.
        case .enumCaseAdded:
            .breaking
        // Calls that leave the parameter out still compile, but the declaration's full name
        // (`init(a:b:)`) is gone, and the toolchain counts that.
        case .defaultedParameterAdded:
            .breaking
        }
    }

    /// What a change of this kind means for users, after the sentence that says what changes;
    /// `nil` when that sentence says it all.
    var consequence: String? {
        switch self {
        case .typeAdded, .propertyAdded, .functionAdded, .resourceAdded, .attributeAdded,
            .enumCaseValueChanged, .stateUpgraded, .schemaVersionRaised:
            nil
        case .typeRemoved, .typeRenamed: "code that names it no longer compiles"
        case .typeKindChanged: "code that uses it as before no longer compiles"
        case .conformanceAdded: "code can use it as one"
        case .conformanceRemoved: "code that uses it as one no longer compiles"
        case .propertyRemoved, .propertyRenamed: "code that reads or sets it no longer compiles"
        case .propertyTypeChanged, .enumCasePayloadChanged, .returnTypeChanged,
            .parameterTypeChanged:
            "code written for the old type no longer compiles"
        case .enumCaseAdded:
            "a `switch` that lists every case no longer compiles (decoding was already "
                + "forward-compatible: older versions read the value as `.unknown`)"
        case .enumCaseRemoved:
            "code that names the case no longer compiles; the value now decodes as `.unknown`"
        case .functionRemoved: "code that calls it no longer compiles"
        case .parameterAdded, .parameterDefaultRemoved: "calls that leave it out no longer compile"
        case .defaultedParameterAdded:
            "calls that leave it out still compile, but the old declaration, which code may name, "
                + "is gone (the Swift toolchain counts this as breaking)"
        case .parameterRemoved, .parameterRenamed: "calls that pass it no longer compile"
        case .parameterDefaultAdded: "calls may leave it out"
        case .parametersReordered: "calls that pass them in the old order no longer compile"
        case .apiVersionChanged: "every request asks Stripe for the new version's behaviour"
        case .providerAddressChanged:
            "configurations must require the provider from its new address"
        case .resourceRemoved: "configurations that declare it fail, and its state is orphaned"
        case .requiredAttributeAdded, .attributeNewlyRequired:
            "configurations that leave it out fail to plan"
        case .attributeRemoved, .attributeRenamed:
            "configurations that set it, and expressions that refer to it, fail"
        case .attributeNoLongerRequired: "configurations may leave it out"
        case .attributeNoLongerConfigurable: "configurations that set it fail"
        case .attributeNowConfigurable: "configurations may set it"
        case .attributeNowForcesReplacement:
            "a plan that changes it replaces the object (destroy, then create) instead of "
                + "updating it in place"
        case .attributeNowUpdatesInPlace:
            "a plan that changes it updates the object in place instead of replacing it"
        case .attributeTypeChanged:
            "configurations and expressions written for the old type may fail, and state that "
                + "holds the old type must be upgraded"
        case .blockNestingChanged: "expressions that refer to the block's attributes change shape"
        case .blockMaxItemsLowered: "configurations with more blocks fail"
        case .blockMaxItemsRaised: "configurations may write more blocks"
        case .stateUpgradeMissing:
            "the provider cannot read state that Terraform already holds until the schema "
                + "version is raised"
        case .stateNotConvertible:
            "the provider's state upgrade cannot convert it, so each object must be removed from "
                + "state and imported again (`terraform state rm`, `terraform import`)"
        case .schemaVersionLowered:
            "the provider refuses state written under the higher version"
        }
    }
}
