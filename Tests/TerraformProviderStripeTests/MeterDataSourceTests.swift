import Foundation
import StripeBilling
import Testing

/// `data "stripe_meter"` and `data "stripe_meters"` driven by the real `terraform` against the
/// fake Stripe: found by id and by event name, listed through every page and by status, and a
/// clear error for each way to ask wrongly.
@Suite(.serialized, .enabled(if: TerraformCommand.executable != nil, "terraform is not on PATH"))
struct MeterDataSourceTests {
    @Test func oneMeterByIdOrEventNameAndEveryMeterPageByPage() async throws {
        try await AcceptanceHarness.run { world in
            var ids: [String] = []
            // More than one page of Stripe's list (10 a page unless asked otherwise).
            for index in 0..<12 {
                let meter = try await world.client.billingMeters.create(
                    params: .init(
                        displayName: "Meter \(index)", eventName: "events_\(index)",
                        defaultAggregation: .init(formula: index == 3 ? .count : .sum)))
                ids.append(meter.id)
            }
            _ = try await world.client.billingMeters.deactivate(id: ids[0])
            try world.configure(
                """
                data "stripe_meter" "by_name" {
                  event_name = "events_3"
                }

                data "stripe_meter" "by_id" {
                  id = "\(ids[5])"
                }

                data "stripe_meters" "active" {
                  status = "active"
                }

                data "stripe_meters" "all" {}

                output "by_name" {
                  value = [data.stripe_meter.by_name.id, data.stripe_meter.by_name.default_aggregation.formula]
                }

                output "by_id" {
                  value = data.stripe_meter.by_id.display_name
                }

                output "active" {
                  value = [for meter in data.stripe_meters.active.meters : meter.event_name]
                }

                output "all" {
                  value = length(data.stripe_meters.all.meters)
                }
                """)
            let terraform = world.terraform
            try await expect(terraform.run("apply", "-auto-approve", "-no-color"), status: 0)
            let result = try await terraform.run("output", "-json", "-no-color")
            let outputs = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: Any]]
            #expect(outputs?["by_name"]?["value"] as? [String] == [ids[3], "count"])
            #expect(outputs?["by_id"]?["value"] as? String == "Meter 5")
            #expect(outputs?["active"]?["value"] as? [String] == (1..<12).reversed().map { "events_\($0)" })
            #expect(outputs?["all"]?["value"] as? Int == 12)
        }
    }

    @Test func eachWrongQuestionGetsItsOwnError() async throws {
        try await AcceptanceHarness.run { world in
            let meter = try await world.client.billingMeters.create(
                params: .init(displayName: "Tokens", eventName: "tokens", defaultAggregation: .init(formula: .sum)))
            let terraform = world.terraform
            for (configuration, message) in [
                (#"id = "\#(meter.id)"\#n  event_name = "tokens""#, "Set exactly one of `id` or `event_name`"),
                ("", "Set exactly one of `id` or `event_name`"),
                (#"event_name = "nobody""#, #"No billing meter has event_name "nobody""#),
                (#"id = "mtr_missing""#, "No billing meter mtr_missing"),
            ] {
                try world.configure("data \"stripe_meter\" \"meter\" {\n  \(configuration)\n}\n")
                try await expect(terraform.run("plan", "-no-color"), status: 1, contains: message)
            }
            try world.configure("data \"stripe_meters\" \"meters\" {\n  status = \"paused\"\n}\n")
            try await expect(
                terraform.run("plan", "-no-color"), status: 1, contains: #"Unknown status "paused""#)
        }
    }
}
