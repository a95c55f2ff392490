import TerraformPlugin
import TerraformProviderStripe
import TerraformProviderStripeResources

// Started by Terraform: serves the provider until Terraform shuts it down.
try await TerraformPluginServer.serve(StripeProvider())
