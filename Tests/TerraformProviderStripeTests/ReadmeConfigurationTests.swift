import Foundation
import Testing
import TestSupport

/// The README's complete configuration is one Terraform accepts and plans with this provider.
@Suite(.enabled(if: TerraformCommand.executable != nil, "terraform is not on PATH"))
struct ReadmeConfigurationTests {
    @Test func theCompleteConfigurationPlans() async throws {
        let readme = try Readme.text()
        let intro = try #require(readme.range(of: "A complete configuration"))
        let open = try #require(readme.range(of: "```hcl\n", range: intro.upperBound..<readme.endIndex))
        let close = try #require(readme.range(of: "```\n", range: open.upperBound..<readme.endIndex))
        let configuration = String(readme[open.upperBound..<close.lowerBound])
        try await AcceptanceHarness.run { world in
            try configuration.write(
                to: world.terraform.folder.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
            var terraform = world.terraform
            terraform.environment["TF_VAR_stripe_api_key"] = "sk_test_readme"
            // Planning a new meter sends nothing to Stripe.
            try await expect(
                terraform.run("plan", "-no-color"), status: 0, contains: "Plan: 1 to add, 0 to change, 0 to destroy.")
        }
    }
}
