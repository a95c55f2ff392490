import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2
import StripeBilling
import TerraformPlugin
import TerraformPluginProtocol
import TerraformProviderStripe
import Testing
import TerraformProviderStripe
import TerraformSchemas

@testable import TerraformProviderStripeResources

/// The provider server over real gRPC, as go-plugin and Terraform call it.
struct PluginServerTests {
    /// Runs `body` with a client of a new server for `StripeProvider(environment:)`.
    private func withServer(
        environment: [String: String] = [:],
        _ body: (TerraformPluginServer, GRPCClient<HTTP2ClientTransport.Posix>) async throws -> Void
    ) async throws {
        let server = try await TerraformPluginServer.startForTesting(
            StripeProvider(environment: environment))
        try await withGRPCClient(
            transport: .http2NIOPosix(
                target: .ipv4(address: "127.0.0.1", port: server.port),
                transportSecurity: .plaintext)
        ) { client in
            try await body(server, client)
        }
        try await server.stop()
    }

    private static let meterType = TerraformProviderSchemas.stripe.providerSchemas.first!.value
        .resourceSchemas["stripe_meter"]!.block.valueType

    @Test func healthReportsThePluginServing() async throws {
        try await withServer { _, client in
            var request = Grpc_Health_V1_HealthCheckRequest()
            request.service = "plugin"
            let response = try await Grpc_Health_V1_Health.Client(wrapping: client).check(request)
            #expect(response.status == .serving)
        }
    }

    @Test(.timeLimit(.minutes(1))) func shutdownStopsTheServer() async throws {
        let server = try await TerraformPluginServer.startForTesting(
            StripeProvider(environment: [:]))
        try await withGRPCClient(
            transport: .http2NIOPosix(
                target: .ipv4(address: "127.0.0.1", port: server.port),
                transportSecurity: .plaintext)
        ) { client in
            _ = try await Plugin_GRPCController.Client(wrapping: client).shutdown(Plugin_Empty())
        }
        try await server.waitUntilStopped()
    }

    @Test func configuringWithoutAnAPIKeyPointsAtIt() async throws {
        try await withServer { _, client in
            var request = Tfplugin6_ConfigureProvider.Request()
            request.config.msgpack = Data(
                try TerraformValue.object([:]).messagePack(
                    type: .object(["api_key": .string, "api_base": .string])))
            let response = try await Tfplugin6_Provider.Client(wrapping: client).configureProvider(
                request)
            #expect(response.diagnostics.map(\.summary) == ["No Stripe API key"])
            #expect(response.diagnostics.first?.attribute.steps.first?.attributeName == "api_key")
        }
    }

    @Test func planningANewMeterLeavesOnlyComputedAttributesUnknown() async throws {
        try await withServer { _, client in
            let config = TerraformValue.object([
                "display_name": .string("Calls"), "event_name": .string("calls"),
                "default_aggregation": .list([.object(["formula": .string("count")])]),
                "customer_mapping": .object(["event_payload_key": .null, "type": .null]),
                "value_settings": .object(["event_payload_key": .null]),
            ])
            var request = Tfplugin6_PlanResourceChange.Request()
            request.typeName = "stripe_meter"
            request.priorState.msgpack = Data(
                try TerraformValue.null.messagePack(type: Self.meterType))
            request.proposedNewState.msgpack = Data(try config.messagePack(type: Self.meterType))
            request.config = request.proposedNewState
            let response = try await Tfplugin6_Provider.Client(wrapping: client).planResourceChange(
                request)
            #expect(response.diagnostics.isEmpty)
            let planned = try TerraformValue(
                messagePack: Array(response.plannedState.msgpack), type: Self.meterType)
            for computed in [
                "id", "created", "updated", "livemode", "status", "status_transitions",
            ] {
                #expect(planned[computed] == .unknown, "\(computed)")
            }
            #expect(planned["display_name"] == .string("Calls"))
            #expect(planned["event_time_window"] == .null)
            // Stripe fills these in.
            #expect(
                planned["customer_mapping"]
                    == .object(["event_payload_key": .unknown, "type": .unknown]))
        }
    }

    @Test func anUnknownResourceTypeIsADiagnostic() async throws {
        try await withServer { _, client in
            var request = Tfplugin6_ReadResource.Request()
            request.typeName = "stripe_price"
            let response = try await Tfplugin6_Provider.Client(wrapping: client).readResource(
                request)
            #expect(response.diagnostics.map(\.summary) == ["Unsupported resource type"])
        }
    }
}
