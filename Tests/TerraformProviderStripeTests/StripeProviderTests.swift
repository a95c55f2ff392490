import StripeBilling
import TerraformPlugin
import Testing
import TerraformProviderStripe
import TerraformSchemas

@testable import TerraformProviderStripeResources

@testable import TerraformProviderStripe

/// The provider's configuration and how Stripe's parameters map to attributes.
struct StripeProviderTests {
    private static let meterBlock = TerraformProviderSchemas.stripe.providerSchemas.first!.value
        .resourceSchemas["stripe_meter"]!.block

    @Test func takesTheAPIKeyFromTheEnvironmentWhenTheConfigurationHasNone() throws {
        let client = try StripeProvider(environment: ["STRIPE_API_KEY": "sk_test_env"]).configure(
            .object([:]))
        #expect(client.configuration.baseURL.absoluteString == "https://api.stripe.com")
    }

    @Test func rejectsAMissingKeyAndABaseThatIsNotHTTP() {
        #expect(throws: TerraformDiagnosticsError.self) {
            try StripeProvider(environment: [:]).configure(.object([:]))
        }
        #expect(throws: TerraformDiagnosticsError.self) {
            try StripeProvider(environment: [:]).configure(
                .object(["api_key": .string("sk"), "api_base": .string("ftp://x")]))
        }
    }

    @Test(arguments: [
        ("display_name", "display_name"),
        ("customer_mapping[event_payload_key]", "customer_mapping.event_payload_key"),
        ("default_aggregation[formula]", "default_aggregation[0].formula"),
        ("value_settings", "value_settings"),
    ])
    func pointsAStripeParameterAtItsAttribute(parameter: String, path: String) {
        #expect(Self.meterBlock.attributePath(forStripeParameter: parameter)?.description == path)
    }

    @Test func aParameterOutsideTheSchemaPointsNowhere() {
        #expect(Self.meterBlock.attributePath(forStripeParameter: "expand[0]") == nil)
        #expect(Self.meterBlock.attributePath(forStripeParameter: "") == nil)
    }
}
