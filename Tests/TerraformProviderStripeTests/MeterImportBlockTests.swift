import Foundation
import StripeBilling
import Testing

/// Terraform's config-driven import: an `import` block and `terraform plan
/// -generate-config-out`, whose configuration applies and then plans no change.
@Suite(.serialized, .enabled(if: TerraformCommand.executable != nil, "terraform is not on PATH"))
struct MeterImportBlockTests {
    @Test func generatedConfigurationAppliesAndThenPlansNoChange() async throws {
        try await AcceptanceHarness.run { world in
            let meter = try await world.client.billingMeters.create(
                params: .init(
                    displayName: "Made elsewhere", eventName: "made_elsewhere",
                    defaultAggregation: .init(formula: .count)))
            try world.configure(
                """
                import {
                  to = stripe_meter.adopted
                  id = "\(meter.id)"
                }
                """)
            let terraform = world.terraform
            try await expect(
                terraform.run("plan", "-generate-config-out=generated.tf", "-no-color"), status: 0,
                contains: "1 to import")
            let generated = try String(
                contentsOf: terraform.folder.appendingPathComponent("generated.tf"), encoding: .utf8)
            // What a configuration sets, Stripe's defaults included; nothing Stripe alone sets.
            let written = generated.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            for line in [
                #"display_name = "Made elsewhere""#, #"event_name = "made_elsewhere""#, #"formula = "count""#,
                #"event_payload_key = "stripe_customer_id""#, #"event_payload_key = "value""#,
            ] {
                #expect(written.contains(line), "\(generated)")
            }
            #expect(!generated.contains("livemode"), "\(generated)")
            try await expect(
                terraform.run("apply", "-auto-approve", "-no-color"), status: 0, contains: "1 imported")
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 0, contains: "No changes.")
            #expect(try await world.state("stripe_meter.adopted", "id") == meter.id)
        }
    }
}
