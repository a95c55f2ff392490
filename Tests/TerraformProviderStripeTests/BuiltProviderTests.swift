import Foundation
import StripeFakeServer
import Testing

/// The built `terraform-provider-stripe`, started by Terraform itself as for a user: through a
/// `dev_overrides` CLI configuration, with go-plugin's handshake and TLS.
@Suite(.enabled(if: TerraformCommand.executable != nil, "terraform is not on PATH"))
struct BuiltProviderTests {
    /// The folder of build products that holds this test bundle and the provider binary.
    static let productsFolder = Bundle.main.executableURL!.resolvingSymlinksInPath().deletingLastPathComponent()

    @Test func terraformStartsTheBinaryOverTLS() async throws {
        let binary = Self.productsFolder.appendingPathComponent("terraform-provider-stripe")
        try #require(
            FileManager.default.isExecutableFile(atPath: binary.path),
            "no terraform-provider-stripe in \(Self.productsFolder.path)")
        let stripe = try await FakeStripeServer.start(apiKey: AcceptanceHarness.apiKey)
        let folder = try TerraformCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let terraform = try TerraformCommand(
            folder: folder,
            cliConfiguration: """
                provider_installation {
                  dev_overrides {
                    "stripe-billing/stripe" = "\(Self.productsFolder.path)"
                  }
                  direct {}
                }
                """)
        try AcceptanceHarness.configuration(apiBase: stripe.baseURL, resources: MeterConfigurations.seedExample)
            .write(to: folder.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)

        let plan = try await terraform.run("plan", "-detailed-exitcode", "-no-color")
        let apply = try await terraform.run("apply", "-auto-approve", "-no-color")
        let replan = try await terraform.run("plan", "-detailed-exitcode", "-no-color")
        try await stripe.shutdown()

        try expect(plan, status: 2, contains: "stripe_meter.sample_meter will be created")
        #expect(plan.output.contains("Provider development overrides are in effect"))
        try expect(apply, status: 0, contains: "Apply complete! Resources: 1 added")
        try expect(replan, status: 0, contains: "No changes.")
    }
}
