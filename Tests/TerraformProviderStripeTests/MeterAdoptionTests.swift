import Foundation
import StripeBilling
import StripeFakeServer
import Testing

/// An event name belongs to one meter, and Stripe may keep a deactivated meter's: destroying and
/// applying the same configuration again adopts the meter that holds the name, and one that
/// differs in what forces a replacement is refused with each difference named.
@Suite(.serialized, .enabled(if: TerraformCommand.executable != nil, "terraform is not on PATH"))
struct MeterAdoptionTests {
    @Test func destroyThenApplyAdoptsTheMeterThatKeptItsEventName() async throws {
        try await AcceptanceHarness.run { world in
            let id = try await Self.createAndDestroyTheTokensMeter(in: world)
            let terraform = world.terraform

            try world.configure(MeterConfigurations.tokens(displayName: "Tokens, again"))
            let apply = try await terraform.run("apply", "-auto-approve", "-no-color")
            try expect(apply, status: 0, contains: "Adopted an existing billing meter")
            #expect(apply.output.contains("\(id) already held `event_name` \"tokens\""))
            #expect(try await world.state("stripe_meter.tokens", "id") == id)
            let meter = try await world.client.billingMeters.retrieve(id: id)
            #expect(meter.status == .active)
            #expect(meter.displayName == "Tokens, again")
            #expect(world.stripe.meters.count == 1)
            try await expect(
                terraform.run("plan", "-detailed-exitcode", "-no-color"), status: 0, contains: "No changes.")
        }
    }

    @Test func aHolderThatDiffersIsNamedWithEachDifference() async throws {
        try await AcceptanceHarness.run { world in
            let id = try await Self.createAndDestroyTheTokensMeter(in: world)
            let terraform = world.terraform

            try world.configure(
                MeterConfigurations.tokens().replacingOccurrences(of: "formula = \"sum\"", with: "formula = \"count\""))
            let apply = try await terraform.run("apply", "-auto-approve", "-no-color")
            try expect(apply, status: 1, contains: "`event_name` is held by another billing meter")
            let detail = apply.output.replacingOccurrences(of: "\n│", with: "").replacingOccurrences(of: "  ", with: " ")
            #expect(detail.contains(id), "\(apply.output)")
            #expect(detail.contains("default_aggregation"), "\(apply.output)")
            #expect(world.stripe.meters.count == 1)
            #expect(try await world.client.billingMeters.retrieve(id: id).status == .inactive)
        }
    }

    /// Applies and then destroys the tokens meter, on a fake that keeps a deactivated meter's
    /// event name; its id.
    private static func createAndDestroyTheTokensMeter(in world: AcceptanceHarness) async throws -> String {
        world.stripe.keepEventNamesOfDeactivatedMeters()
        try world.configure(MeterConfigurations.tokens())
        try await expect(world.terraform.run("apply", "-auto-approve", "-no-color"), status: 0)
        let id = try #require(try await world.state("stripe_meter.tokens", "id"))
        try await expect(world.terraform.run("destroy", "-auto-approve", "-no-color"), status: 0)
        #expect(try await world.client.billingMeters.retrieve(id: id).status == .inactive)
        return id
    }
}
