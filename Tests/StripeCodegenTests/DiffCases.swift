import Testing

@testable import GenDiff
@testable import StripeCodegen

/// One edit of the repository's spec and the changes `gen diff` must report for it, each as
/// `<kind> <subject>`, in order, and the version it suggests.
struct DiffCase: Sendable, CustomTestStringConvertible {
    var name: String
    var changes: [SpecTextChange]
    var expected: [String]
    var bump: SemanticVersionBump

    var testDescription: String { name }

    static let eventTimeWindowField = """
          event_time_window:
            type: enum
            nullable: true
            mutability: create_only
            description: The time window which meter events have been pre-aggregated for, if any.
            values:
              day: Events are pre-aggregated in daily buckets.
              hour: Events are pre-aggregated in hourly buckets.

        """
    static let livemodeType = SpecTextChange(
        "  livemode:\n    type: boolean", "  livemode:\n    type: string")
    static let schemaVersion2 = SpecTextChange("  schema_version: 1", "  schema_version: 2")

    /// What changes for users of the Swift library (and, where the field is a Terraform
    /// attribute, of the resource).
    static let swift: [DiffCase] = [
        DiffCase(
            name: "a removed field",
            changes: [
                SpecTextChange(eventTimeWindowField, ""),
                SpecTextChange("      event_time_window: {}\n", ""),
            ],
            expected: [
                "property_removed BillingMeter.eventTimeWindow",
                "parameter_removed BillingMeter.init",
                "type_removed BillingMeter.EventTimeWindow",
                "property_removed BillingMeter.CreateParams.eventTimeWindow",
                "parameter_removed BillingMeter.CreateParams.init",
                "attribute_removed stripe_meter.event_time_window",
                "state_upgrade_missing stripe_meter",
            ],
            bump: .major),
        DiffCase(
            name: "a renamed field",
            changes: [
                SpecTextChange("  display_name:\n    type: string", "  name:\n    type: string"),
                SpecTextChange(
                    "      display_name:\n        max_length: 250",
                    "      name:\n        max_length: 250"),
            ],
            expected: [
                "property_renamed BillingMeter.displayName",
                "parameter_renamed BillingMeter.init",
                "property_renamed BillingMeter.CreateParams.displayName",
                "parameter_renamed BillingMeter.CreateParams.init",
                "property_renamed BillingMeter.UpdateParams.displayName",
                "parameter_renamed BillingMeter.UpdateParams.init",
                "attribute_renamed stripe_meter.display_name",
                "state_upgrade_missing stripe_meter",
            ],
            bump: .major),
        DiffCase(
            name: "a renamed nested type",
            changes: [
                SpecTextChange(
                    "swift_type_name: MappingType", "swift_type_name: CustomerMappingType")
            ],
            expected: [
                "property_type_changed BillingMeter.CustomerMapping.type",
                "parameter_type_changed BillingMeter.CustomerMapping.init",
                "type_renamed BillingMeter.CustomerMapping.MappingType",
                "property_type_changed BillingMeter.CreateParams.CustomerMapping.type",
                "parameter_type_changed BillingMeter.CreateParams.CustomerMapping.init",
            ],
            bump: .major),
        DiffCase(
            name: "a changed type",
            changes: [livemodeType],
            expected: [
                "property_type_changed BillingMeter.livemode",
                "parameter_type_changed BillingMeter.init",
                "attribute_type_changed stripe_meter.livemode",
                "state_upgrade_missing stripe_meter",
            ],
            bump: .major),
        DiffCase(
            name: "a newly required parameter",
            changes: [
                SpecTextChange(
                    "      status:\n        description: Filter",
                    "      status:\n        required: true\n        description: Filter")
            ],
            expected: [
                "property_type_changed BillingMeter.ListParams.status",
                "parameter_type_changed BillingMeter.ListParams.init",
                "parameter_default_removed BillingMeter.listRequest",
                "parameter_default_removed BillingMeterService.list",
                "parameter_default_removed BillingMeterService.listAutoPaging",
            ],
            bump: .major),
        DiffCase(
            name: "a new optional field",
            changes: [
                SpecTextChange(
                    "  display_name:\n    type: string",
                    """
                      dimension_payload_keys:
                        type: list
                        nullable: true
                        mutability: create_only
                        description: The keys of the event payload to group usage by.
                        items:
                          type: string
                          max_length: 100
                          description: A key.
                      display_name:
                        type: string
                    """),
                SpecTextChange(
                    "      default_aggregation: {}\n",
                    "      default_aggregation: {}\n      dimension_payload_keys: {}\n"),
            ],
            expected: [
                "defaulted_parameter_added BillingMeter.init",
                "defaulted_parameter_added BillingMeter.CreateParams.init",
                "property_added BillingMeter.dimensionPayloadKeys",
                "property_added BillingMeter.CreateParams.dimensionPayloadKeys",
                "attribute_added stripe_meter.dimension_payload_keys",
            ],
            bump: .major),
        DiffCase(
            name: "a new enum value",
            changes: [
                SpecTextChange(
                    "          sum: Sum each event's value.\n",
                    "          sum: Sum each event's value.\n          max: Take the largest value.\n"
                )
            ],
            expected: ["enum_case_added BillingMeter.DefaultAggregation.Formula.max"],
            bump: .major),
        DiffCase(
            name: "a new operation",
            changes: [
                SpecTextChange(
                    "  event_summaries:\n",
                    """
                      archive:
                        kind: action
                        method: POST
                        path: /v1/billing/meters/{id}/archive
                        summary: Archive a billing meter
                        description: Archives a billing meter.
                        returns: billing.meter
                        params:
                          id: {}
                      event_summaries:

                    """)
            ],
            expected: [
                "type_added BillingMeter.ArchiveParams",
                "function_added BillingMeter.archiveRequest",
                "function_added BillingMeterService.archive",
            ],
            bump: .minor),
        DiffCase(
            name: "a new Stripe API version",
            changes: [
                "billing_meter", "billing_meter_event", "billing_meter_event_adjustment",
                "billing_meter_event_summary", "v2_billing_meter_event", "v2_billing_meter_event_adjustment",
                "v2_billing_meter_event_session", "v2_billing_meter_event_stream",
            ]
            .map {
                SpecTextChange(
                    in: "spec/\($0).yaml", "api_version: 2026-09-30.endive",
                    "api_version: 2026-10-28.acacia")
            },
            expected: ["api_version_changed StripeClient.generatedAPIVersion"],
            bump: .patch),
        DiffCase(
            name: "a new description",
            changes: [
                SpecTextChange(
                    "The meter's name. Not visible to the customer.",
                    "The meter's name, which customers never see.")
            ],
            expected: [],
            bump: .patch),
    ]

    /// What changes for configurations and state of the Terraform resource.
    static let terraform: [DiffCase] = [
        DiffCase(
            name: "an attribute removed from the resource",
            changes: [SpecTextChange("  exclude: [object]", "  exclude: [object, livemode]")],
            expected: [
                "attribute_removed stripe_meter.livemode", "state_upgrade_missing stripe_meter",
            ],
            bump: .major),
        DiffCase(
            name: "an attribute removed, with the schema version raised",
            changes: [
                SpecTextChange("  exclude: [object]", "  exclude: [object, livemode]"),
                schemaVersion2,
            ],
            expected: ["attribute_removed stripe_meter.livemode", "state_upgraded stripe_meter"],
            bump: .major),
        DiffCase(
            name: "a newly required attribute",
            changes: [
                SpecTextChange(
                    "    nullable: true\n    mutability: create_only\n    description: The time window",
                    "    nullable: true\n    required: true\n    mutability: create_only\n    description: The time window"
                )
            ],
            expected: [
                "property_type_changed BillingMeter.CreateParams.eventTimeWindow",
                "parameter_type_changed BillingMeter.CreateParams.init",
                "attribute_newly_required stripe_meter.event_time_window",
            ],
            bump: .major),
        DiffCase(
            name: "an updatable attribute made create-only",
            changes: [
                SpecTextChange("    mutability: updatable\n", "    mutability: create_only\n"),
                SpecTextChange(
                    "      id: {}\n      display_name:\n        max_length: 250\n", "      id: {}\n"
                ),
            ],
            expected: [
                "property_removed BillingMeter.UpdateParams.displayName",
                "parameter_removed BillingMeter.UpdateParams.init",
                "attribute_now_forces_replacement stripe_meter.display_name",
            ],
            bump: .major),
        DiffCase(
            name: "a type change without a schema version",
            changes: [livemodeType],
            expected: [
                "property_type_changed BillingMeter.livemode",
                "parameter_type_changed BillingMeter.init",
                "attribute_type_changed stripe_meter.livemode",
                "state_upgrade_missing stripe_meter",
            ],
            bump: .major),
        DiffCase(
            name: "a type change that the upgrade converts",
            changes: [livemodeType, schemaVersion2],
            expected: [
                "property_type_changed BillingMeter.livemode",
                "parameter_type_changed BillingMeter.init",
                "attribute_type_changed stripe_meter.livemode",
                "state_upgraded stripe_meter",
            ],
            bump: .major),
        DiffCase(
            name: "a type change that the upgrade cannot convert",
            changes: [
                SpecTextChange(
                    "  livemode:\n    type: boolean\n",
                    "  livemode:\n    type: list\n    items:\n      type: string\n      description: A mode.\n"
                ),
                schemaVersion2,
            ],
            expected: [
                "property_type_changed BillingMeter.livemode",
                "parameter_type_changed BillingMeter.init",
                "attribute_type_changed stripe_meter.livemode",
                "state_upgraded stripe_meter",
                "state_not_convertible stripe_meter.livemode",
            ],
            bump: .major),
        DiffCase(
            name: "a block nested as a list instead of a group",
            changes: [
                SpecTextChange(
                    "    type: object\n    mutability: create_only\n    description: Fields that specify how to map",
                    "    type: object\n    nullable: true\n    mutability: create_only\n    description: Fields that specify how to map"
                ),
                schemaVersion2,
            ],
            expected: [
                "property_type_changed BillingMeter.customerMapping",
                "parameter_type_changed BillingMeter.init",
                "block_nesting_changed stripe_meter.customer_mapping",
                "attribute_newly_required stripe_meter.customer_mapping.event_payload_key",
                "attribute_newly_required stripe_meter.customer_mapping.type",
                "state_upgraded stripe_meter",
            ],
            bump: .major),
        DiffCase(
            name: "the schema version raised alone",
            changes: [schemaVersion2],
            expected: ["schema_version_raised stripe_meter"],
            bump: .patch),
        DiffCase(
            name: "the schema version lowered",
            changes: [SpecTextChange("  schema_version: 1", "  schema_version: 0")],
            expected: ["schema_version_lowered stripe_meter"],
            bump: .major),
    ]
}
