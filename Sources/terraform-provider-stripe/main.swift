import Foundation
import TerraformPlugin
import TerraformProviderStripe
import TerraformProviderStripeResources

// Started by Terraform: serves the provider until Terraform shuts it down. Run by a person: says
// what it is, or installs itself.
let provider = StripeProvider()
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.isEmpty && TerraformPluginServer.isStartedByTerraform {
    try await TerraformPluginServer.serve(provider)
} else {
    let binary = Bundle.main.executableURL?.resolvingSymlinksInPath()
        ?? URL(fileURLWithPath: CommandLine.arguments[0])
    let command = ProviderCommand(
        installation: ProviderInstallation(address: provider.address, version: StripeProvider.version), binary: binary)
    exit(command.run(arguments))
}
