import Foundation
import StripeBilling
import Testing

/// `stripe_meter` driven by the real `terraform` against the provider in this process and a fake
/// Stripe. Terraform runs one command at a time.
@Suite(.serialized, .enabled(if: TerraformCommand.executable != nil, "terraform is not on PATH"))
struct MeterAcceptanceTests {
    @Test func lifecycleFromCreateThroughImportToDestroy() async throws {
        try await AcceptanceHarness.run { world in
            let terraform = world.terraform
            let address = "stripe_meter.tokens"
            try world.configure(MeterConfigurations.tokens())
            try await expect(terraform.run("apply", "-auto-approve", "-no-color"), status: 0)
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 0,
                contains: "No changes.")
            let createdID = try #require(try await world.state(address, "id"))

            try world.configure(MeterConfigurations.tokens(displayName: "Renamed meter"))
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 2,
                contains: "updated in-place")
            try await expect(terraform.run("apply", "-auto-approve", "-no-color"), status: 0)
            #expect(try await world.state(address, "id") == createdID)
            #expect(
                try await world.client.billingMeters.retrieve(id: createdID).displayName
                    == "Renamed meter")

            try world.configure(
                MeterConfigurations.tokens(displayName: "Renamed meter", eventName: "tokens_v2"))
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 2,
                contains: "forces replacement")
            try await expect(terraform.run("apply", "-auto-approve", "-no-color"), status: 0)
            let replacementID = try #require(try await world.state(address, "id"))
            #expect(replacementID != createdID)
            #expect(
                try await world.client.billingMeters.retrieve(id: createdID).status == .inactive)

            try world.removeState()
            try await expect(
                terraform.run("import", "-no-color", address, replacementID), status: 0)
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 0,
                contains: "No changes.")

            try await expect(
                terraform.run("destroy", "-auto-approve", "-no-color"), status: 0,
                contains: "Stripe cannot delete a billing meter")
            #expect(
                try await world.client.billingMeters.retrieve(id: replacementID).status == .inactive
            )
        }
    }

    @Test func stripeDefaultsLeftOutOfTheConfigurationShowNoDifference() async throws {
        try await AcceptanceHarness.run { world in
            let terraform = world.terraform
            try world.configure(MeterConfigurations.minimal())
            try await expect(terraform.run("apply", "-auto-approve", "-no-color"), status: 0)
            let id = try #require(try await world.state("stripe_meter.minimal", "id"))
            let meter = try await world.client.billingMeters.retrieve(id: id)
            #expect(meter.customerMapping.eventPayloadKey == "stripe_customer_id")
            #expect(meter.valueSettings.eventPayloadKey == "value")
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 0,
                contains: "No changes.")

            try await expect(
                terraform.run("apply", "-refresh-only", "-auto-approve", "-no-color"), status: 0)
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 0,
                contains: "No changes.")

            try world.removeState()
            try await expect(
                terraform.run("import", "-no-color", "stripe_meter.minimal", id), status: 0)
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 0,
                contains: "No changes.")
        }
    }

    @Test func blocksWrittenWithStripeDefaultsShowNoDifferenceAfterAnImport() async throws {
        try await AcceptanceHarness.run { world in
            let terraform = world.terraform
            try world.configure(MeterConfigurations.seedExample)
            try await expect(terraform.run("apply", "-auto-approve", "-no-color"), status: 0)
            let id = try #require(try await world.state("stripe_meter.sample_meter", "id"))

            try world.removeState()
            try await expect(
                terraform.run("import", "-no-color", "stripe_meter.sample_meter", id), status: 0)
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 0,
                contains: "No changes.")
        }
    }

    @Test func aBlockLeftOutLaterKeepsWhatTheMeterHas() async throws {
        try await AcceptanceHarness.run { world in
            let terraform = world.terraform
            try world.configure(MeterConfigurations.tokens())
            try await expect(terraform.run("apply", "-auto-approve", "-no-color"), status: 0)
            let id = try #require(try await world.state("stripe_meter.tokens", "id"))

            try world.configure(MeterConfigurations.tokens(writingStripeFilledBlocks: false))
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 0,
                contains: "No changes.")
            let meter = try await world.client.billingMeters.retrieve(id: id)
            #expect(meter.valueSettings.eventPayloadKey == "tokens_used")
        }
    }

    @Test func aHalfWrittenBlockFailsThePlanBeforeAnyRequest() async throws {
        try await AcceptanceHarness.run { world in
            try world.configure(MeterConfigurations.customerMappingWithoutItsKey)
            let result = try await world.terraform.run("plan", "-detailed-exitcode", "-no-color")
            try expect(result, status: 1, contains: "Missing required argument")
            #expect(
                result.output.contains(
                    "Stripe requires `event_payload_key` when `customer_mapping` is set."))
            #expect(world.stripe.requests.isEmpty)
        }
    }

    /// State written by schema version 0, which nested `customer_mapping` and `value_settings`
    /// as lists of at most one, is upgraded without a difference.
    @Test func stateOfTheFirstSchemaVersionIsUpgraded() async throws {
        try await AcceptanceHarness.run { world in
            let terraform = world.terraform
            try world.configure(MeterConfigurations.seedExample)
            try await expect(terraform.run("apply", "-auto-approve", "-no-color"), status: 0)

            let stateFile = terraform.folder.appendingPathComponent("terraform.tfstate")
            var state = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: stateFile))
                    as? [String: Any])
            var resources = try #require(state["resources"] as? [[String: Any]])
            var instances = try #require(resources.first?["instances"] as? [[String: Any]])
            var attributes = try #require(instances.first?["attributes"] as? [String: Any])
            #expect(instances.first?["schema_version"] as? Int == 1)
            for block in ["customer_mapping", "value_settings"] {
                attributes[block] = [try #require(attributes[block])]
            }
            instances[0]["attributes"] = attributes
            instances[0]["schema_version"] = 0
            resources[0]["instances"] = instances
            state["resources"] = resources
            state["serial"] = (state["serial"] as? Int ?? 1) + 1
            try JSONSerialization.data(withJSONObject: state).write(to: stateFile)

            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 0,
                contains: "No changes.")
        }
    }

    @Test func changesMadeOutsideTerraformShowInThePlan() async throws {
        try await AcceptanceHarness.run { world in
            let terraform = world.terraform
            try world.configure(MeterConfigurations.minimal(displayName: "Calls"))
            try await expect(terraform.run("apply", "-auto-approve", "-no-color"), status: 0)
            let id = try #require(try await world.state("stripe_meter.minimal", "id"))

            _ = try await world.client.billingMeters.update(
                id: id, params: .init(displayName: "Renamed in the dashboard"))
            let renamed = try await terraform.run("plan", "-detailed-exitcode", "-no-color")
            try expect(renamed, status: 2, contains: "updated in-place")
            #expect(renamed.output.contains("\"Renamed in the dashboard\" -> \"Calls\""))

            _ = try await world.client.billingMeters.deactivate(id: id)
            // A deactivated meter is what destroying leaves: the plan creates a new one.
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 2,
                contains: "stripe_meter.minimal will be created")
        }
    }

    @Test func aNameKnownOnlyAtApplyIsPlannedAndAppliedInOneRun() async throws {
        try await AcceptanceHarness.run { world in
            let terraform = world.terraform
            try world.configure(MeterConfigurations.nameFromAnotherMeter)
            try await expect(
                terraform.run("plan", "-no-color"), status: 0,
                contains: "display_name       = (known after apply)")
            try await expect(terraform.run("apply", "-auto-approve", "-no-color"), status: 0)
            let firstID = try #require(try await world.state("stripe_meter.first", "id"))
            #expect(
                try await world.state("stripe_meter.follower", "display_name")
                    == "Follows \(firstID)")
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 0,
                contains: "No changes.")
        }
    }

    /// Stripe refuses the second meter's event name; its holder is active and named otherwise, so
    /// it may be another resource's: it is not adopted, and the error names it and points at the
    /// attribute.
    @Test func aSecondMeterWithTheSameEventNamePointsAtTheAttribute() async throws {
        try await AcceptanceHarness.run { world in
            try world.configure(MeterConfigurations.duplicateEventName)
            let result = try await world.terraform.run("apply", "-auto-approve", "-no-color")
            try expect(result, status: 1, contains: "`event_name` is held by another billing meter")
            let firstID = try #require(try await world.state("stripe_meter.first", "id"))
            let detail = result.output.replacingOccurrences(of: "\n│", with: "")
            #expect(detail.contains(firstID), "\(result.output)")
            #expect(detail.contains(#"display_name: "First" there, "Second" here"#), "\(result.output)")
            #expect(result.output.contains("in resource \"stripe_meter\" \"second\""))
            #expect(result.output.contains("event_name   = \"duplicate\""))
            #expect(world.stripe.meters.count == 1)
        }
    }

    @Test func aTooLongDisplayNameFailsThePlanBeforeAnyRequest() async throws {
        try await AcceptanceHarness.run { world in
            try world.configure(
                MeterConfigurations.minimal(displayName: String(repeating: "m", count: 251)))
            let result = try await world.terraform.run("plan", "-detailed-exitcode", "-no-color")
            try expect(result, status: 1, contains: "Invalid display_name")
            #expect(result.output.contains("at most 250"))
            #expect(world.stripe.requests.isEmpty)
        }
    }

    @Test func theProviderSchemaIsTheGeneratedOne() async throws {
        try await AcceptanceHarness.run { world in
            try world.configure("")
            let result = try await world.terraform.run("providers", "schema", "-json")
            try expect(result, status: 0)
            let generated = URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Generated/terraform/schema.json")
            let expected =
                try JSONSerialization.jsonObject(with: Data(contentsOf: generated)) as? NSDictionary
            let actual =
                try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? NSDictionary
            #expect(actual != nil)
            #expect(actual == expected)
        }
    }
}

/// Checks how a Terraform command ended, showing its output when it ended otherwise.
func expect(
    _ result: TerraformCommand.Result, status: Int32, contains text: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    #expect(result.status == status, "\(result.output)", sourceLocation: sourceLocation)
    if let text {
        #expect(result.output.contains(text), "\(result.output)", sourceLocation: sourceLocation)
    }
}
