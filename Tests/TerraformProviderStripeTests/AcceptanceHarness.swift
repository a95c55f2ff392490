import Foundation
import StripeBilling
import StripeFakeServer
import TerraformPlugin
import TerraformProviderStripe

/// One acceptance test's world: a fake Stripe, the provider serving in this process, and
/// Terraform attached to it (`TF_REATTACH_PROVIDERS`) in a folder of its own.
struct AcceptanceHarness {
    static let apiKey = "sk_test_fake_terraform"

    let stripe: FakeStripeServer
    let terraform: TerraformCommand
    /// A client of the fake, to look at meters and change them behind Terraform's back.
    let client: StripeClient

    /// Runs `body` in a new world and tears it down either way.
    static func run(_ body: (AcceptanceHarness) async throws -> Void) async throws {
        let stripe = try await FakeStripeServer.start(apiKey: apiKey)
        let provider = try await TerraformPluginServer.startForTesting(
            StripeProvider(environment: [:]))
        let folder = try TerraformCommand.temporaryFolder()
        let reattach = provider.reattachConfiguration(address: StripeProvider().address)
        let harness = AcceptanceHarness(
            stripe: stripe,
            terraform: try TerraformCommand(
                folder: folder, environment: ["TF_REATTACH_PROVIDERS": reattach]),
            client: StripeClient(
                apiKey: apiKey, configuration: StripeClientConfiguration(baseURL: stripe.baseURL)))
        var failure: (any Error)?
        do {
            try await body(harness)
        } catch {
            failure = error
        }
        try await provider.stop()
        try await stripe.shutdown()
        try FileManager.default.removeItem(at: folder)
        if let failure { throw failure }
    }

    /// Writes `main.tf`: the provider, configured for the fake, and `resources`.
    func configure(_ resources: String) throws {
        try Self.configuration(apiBase: stripe.baseURL, resources: resources)
            .write(
                to: terraform.folder.appendingPathComponent("main.tf"), atomically: true,
                encoding: .utf8)
    }

    /// The state's value of `attribute` of the resource at `address` (`stripe_meter.meter`).
    func state(_ address: String, _ attribute: String) async throws -> String? {
        let result = try await terraform.run("show", "-json", "-no-color")
        let show =
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let rootModule = (show?["values"] as? [String: Any])?["root_module"] as? [String: Any]
        let resources = rootModule?["resources"] as? [[String: Any]] ?? []
        let values =
            resources.first { $0["address"] as? String == address }?["values"] as? [String: Any]
        return values?[attribute].map { "\($0)" }
    }

    /// Forgets the state, as before an import into an empty state.
    func removeState() throws {
        for name in ["terraform.tfstate", "terraform.tfstate.backup"] {
            let file = terraform.folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: file.path) {
                try FileManager.default.removeItem(at: file)
            }
        }
    }

    /// A configuration of the `stripe` provider pointed at `apiBase`, with `resources`.
    static func configuration(apiBase: URL, resources: String) -> String {
        """
        terraform {
          required_providers {
            stripe = { source = "stripe-billing/stripe" }
          }
        }

        provider "stripe" {
          api_key  = "\(apiKey)"
          api_base = "\(apiBase.absoluteString)"
        }

        \(resources)
        """
    }
}
