import Foundation
import Testing

@testable import StripeCodegen

/// One edit in `spec/billing_meter.yaml` changes every output that depends on it together: the
/// Swift model, the schema JSON, the Swift schema value, the plan helper and the doc.
struct SpecEditPropagationTests {
    /// The rendered files of the repository's spec after `edit`, by path.
    private func files(editing edit: (String) -> String) throws -> [String: String] {
        let project = try TestProject()
        defer { project.remove() }
        try project.write(edit(try project.read("spec/billing_meter.yaml")), to: "spec/billing_meter.yaml")
        return Dictionary(uniqueKeysWithValues: try project.generator().plan().files.map { ($0.path, $0.contents) })
    }

    private func changedPaths(_ edit: @escaping (String) -> String) throws -> Set<String> {
        let before = try files { $0 }
        let after = try files(editing: edit)
        return Set(after.keys.filter { after[$0] != before[$0] })
    }

    @Test func aDescriptionEditReachesModelSchemaAndDoc() throws {
        let changed = try changedPaths {
            $0.replacingOccurrences(
                of: "description: The meter's name. Not visible to the customer.",
                with: "description: The meter's label, shown in the Dashboard.")
        }
        #expect(changed == [
            "StripeBilling/BillingMeter.swift", "StripeBilling/BillingMeter+Requests.swift",
            "terraform/schema.json", "TerraformProviderStripeResources/TerraformProviderSchemas+Stripe.swift",
            "docs/resources/meter.md", "docs/data-sources/meter.md",
            "docs/swift/BillingMeter.md",
        ])
    }

    @Test func aMutabilityEditReachesSchemaPlanAndDoc() throws {
        let after = try files {
            $0.replacingOccurrences(
                of: "  event_time_window:\n    type: enum\n    nullable: true\n    mutability: create_only",
                with: "  event_time_window:\n    type: enum\n    nullable: true\n    mutability: updatable"
            ).replacingOccurrences(
                of: "      display_name:\n        max_length: 250\n      expand: *expand\n  list:",
                with: "      display_name:\n        max_length: 250\n      event_time_window: {}\n      expand: *expand\n  list:")
        }
        let before = try files { $0 }
        let plan = try #require(after["TerraformProviderStripeResources/BillingMeterResource.swift"])
        #expect(plan.contains("update.eventTimeWindow = desired.eventTimeWindow"))
        // The plan replaces the meter when `event_time_window` changes, and then no longer does.
        let replaces = #"forcedBy.append("event_time_window")"#
        #expect(try #require(before["TerraformProviderStripeResources/BillingMeterResource.swift"]).contains(replaces))
        #expect(!plan.contains(replaces))
        let schema = try #require(after["terraform/schema.json"])
        #expect(schema.contains("pre-aggregated in hourly buckets). Updates in place."))
        let doc = try #require(after["docs/resources/meter.md"])
        #expect(doc.contains("you can update the `display_name` and `event_time_window` in place"))
        #expect(try #require(after["StripeBilling/BillingMeter+Requests.swift"]).contains("public var eventTimeWindow"))
    }

    /// Whether an attribute updates in place is decided once: a field marked updatable that the
    /// update operation cannot change is an error at its mutability, not a promise the schema
    /// and the docs make while the plan replaces.
    @Test func updatableWithoutAnUpdateParameterIsAnError() throws {
        let project = try TestProject()
        defer { project.remove() }
        let spec = try project.read("spec/billing_meter.yaml")
        let field = "  event_time_window:\n    type: enum\n    nullable: true\n"
        let edited = spec.replacingOccurrences(
            of: field + "    mutability: create_only", with: field + "    mutability: updatable")
        try project.write(edited, to: "spec/billing_meter.yaml")
        let line = try edited.prefix(upTo: #require(edited.range(of: field)).upperBound).count { $0 == "\n" } + 1
        #expect(project.errors() == [
            "spec/billing_meter.yaml:\(line):17: error: field 'event_time_window' is updatable, but operation 'update' "
                + "has no parameter for it; add one or make the field create_only"
        ])
    }
}
