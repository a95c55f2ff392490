import Foundation
import StripeFakeServer
import TerraformProviderStripe
import Testing
import TestSupport

/// The built `terraform-provider-stripe`, started by Terraform itself as for a user: through a
/// `dev_overrides` CLI configuration, with go-plugin's handshake and TLS.
@Suite(.serialized, .enabled(if: TerraformCommand.executable != nil, "terraform is not on PATH"))
struct BuiltProviderTests {
    @Test func terraformStartsTheBinaryOverTLS() async throws {
        let folderOfBinary = ProviderBinaryTests.productsFolder
        try #require(
            FileManager.default.isExecutableFile(atPath: ProviderBinaryTests.binary.path),
            "no terraform-provider-stripe in \(folderOfBinary.path)")
        let stripe = try await FakeStripeServer.start(apiKey: AcceptanceHarness.apiKey)
        let folder = try TerraformCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let terraform = try Self.terraformWithTheBuiltProvider(in: folder)
        try AcceptanceHarness.configuration(
            apiBase: stripe.baseURL, resources: MeterConfigurations.seedExample
        )
        .write(to: folder.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)

        let plan = try await terraform.run("plan", "-detailed-exitcode", "-no-color")
        let apply = try await terraform.run("apply", "-auto-approve", "-no-color")
        var logged = terraform
        let log = folder.appendingPathComponent("terraform.log")
        logged.environment.merge(["TF_LOG": "debug", "TF_LOG_PATH": log.path]) { _, new in new }
        let replan = try await logged.run("plan", "-detailed-exitcode", "-no-color")
        try await stripe.shutdown()
        let logText = try String(contentsOf: log, encoding: .utf8)

        try expect(plan, status: 2, contains: "stripe_meter.sample_meter will be created")
        #expect(plan.output.contains("Provider development overrides are in effect"))
        try expect(apply, status: 0, contains: "Apply complete! Resources: 1 added")
        try expect(replan, status: 0, contains: "No changes.")
        // go-plugin asked the provider to shut down, and it exited without being killed.
        #expect(logText.contains("plugin exited"))
        #expect(!logText.contains("plugin failed to exit gracefully"))
    }

    @Test func installedIntoTheImpliedMirrorAPlainInitFindsIt() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: ProviderBinaryTests.binary.path))
        let stripe = try await FakeStripeServer.start(apiKey: AcceptanceHarness.apiKey)
        let folder = try TerraformCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // `install` with no --plugin-dir uses ~/.terraform.d/plugins, HOME being the test's folder.
        let install = try ProviderBinaryTests.run(arguments: ["install"], environment: ["HOME": folder.path])
        #expect(install.status == 0, "\(install.errors)")
        #expect(install.output.contains("source  = \"stripe-billing/stripe\""))
        let installed = folder.appendingPathComponent(
            ".terraform.d/plugins/registry.terraform.io/stripe-billing/stripe/\(StripeProvider.version)/linux_amd64/"
                + "terraform-provider-stripe_v\(StripeProvider.version)")
        #expect(FileManager.default.isExecutableFile(atPath: installed.path))

        // No provider_installation block: Terraform's implied local mirror, and no network.
        let terraform = try TerraformCommand(folder: folder)
        try AcceptanceHarness.configuration(apiBase: stripe.baseURL, resources: MeterConfigurations.seedExample)
            .write(to: folder.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        let initialize = try await terraform.run("init", "-no-color")
        let apply = try await terraform.run("apply", "-auto-approve", "-no-color")
        let replan = try await terraform.run("plan", "-detailed-exitcode", "-no-color")
        try await stripe.shutdown()

        try expect(initialize, status: 0, contains: "Installing stripe-billing/stripe v\(StripeProvider.version)")
        #expect(!initialize.output.contains("development overrides"))
        try expect(apply, status: 0, contains: "Apply complete! Resources: 1 added")
        try expect(replan, status: 0, contains: "No changes.")
    }

    @Test func aKilledApplyLeavesNoProviderAndTheNextApplyAdoptsItsMeter() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: ProviderBinaryTests.binary.path))
        let stripe = try await FakeStripeServer.start(apiKey: AcceptanceHarness.apiKey)
        stripe.delayMeterCreateAnswers(by: .seconds(120))
        let folder = try TerraformCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let terraform = try Self.terraformWithTheBuiltProvider(in: folder)
        try AcceptanceHarness.configuration(apiBase: stripe.baseURL, resources: MeterConfigurations.seedExample)
            .write(to: folder.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)

        // Terraform is killed while the fake holds the answer to the create it made.
        let apply = try terraform.start("apply", "-auto-approve", "-no-color")
        let deadline = Date().addingTimeInterval(60)
        while stripe.meters.isEmpty, Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        try #require(stripe.meters.count == 1, "the create never reached the fake")
        #expect(!Self.providerProcesses(of: folder).isEmpty)
        kill(apply.processIdentifier, SIGKILL)
        apply.waitUntilExit()
        let gone = Date().addingTimeInterval(5)
        while !Self.providerProcesses(of: folder).isEmpty, Date() < gone { try await Task.sleep(for: .milliseconds(50)) }
        #expect(Self.providerProcesses(of: folder).isEmpty, "the provider outlived Terraform")
        // A provider that failed to exit would hold the fake's delayed answer and the test.
        Self.providerProcesses(of: folder).forEach { kill($0, SIGKILL) }

        stripe.delayMeterCreateAnswers(by: .zero)
        let again = try await terraform.run("apply", "-auto-approve", "-no-color")
        let replan = try await terraform.run("plan", "-detailed-exitcode", "-no-color")
        try await stripe.shutdown()
        try expect(again, status: 0, contains: "Adopted an existing billing meter")
        #expect(stripe.meters.count == 1)
        try expect(replan, status: 0, contains: "No changes.")
        #expect(Self.providerProcesses(of: folder).isEmpty)
    }

    /// Terraform in `folder`, starting the built provider through the README's `dev_overrides`
    /// block, its placeholder path made the folder of this build's products.
    private static func terraformWithTheBuiltProvider(in folder: URL) throws -> TerraformCommand {
        let readme = try Readme.text()
        let start = try #require(readme.range(of: "```hcl\nprovider_installation {"))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let block = readme[readme.index(start.lowerBound, offsetBy: "```hcl\n".count)..<end.lowerBound]
        let placeholder = "/path/to/stripe-billing-gen/.build/release"
        try #require(block.contains(placeholder))
        return try TerraformCommand(
            folder: folder,
            cliConfiguration: block.replacingOccurrences(of: placeholder, with: ProviderBinaryTests.productsFolder.path))
    }

    /// The running provider processes that a Terraform in `folder` started: Terraform hands its
    /// environment, which names the folder, to its plugins.
    static func providerProcesses(of folder: URL) -> [Int32] {
        let binary = ProviderBinaryTests.binary.resolvingSymlinksInPath().path
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return processes.compactMap(Int32.init).filter { pid in
            guard (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")) == binary,
                let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ")
            else { return false }
            return String(decoding: environment, as: UTF8.self).contains(folder.path)
        }
    }
}
