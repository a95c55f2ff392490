import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2
import TerraformPluginProtocol

/// A running provider server: the tfplugin6 Provider service, go-plugin's controller and the
/// health service, on 127.0.0.1.
public final class TerraformPluginServer: Sendable {
    /// The port the server listens on.
    public let port: Int
    private let server: GRPCServer<HTTP2ServerTransport.Posix>
    private let serving: Task<Void, any Error>

    private init(
        port: Int, server: GRPCServer<HTTP2ServerTransport.Posix>, serving: Task<Void, any Error>
    ) {
        self.port = port
        self.server = server
        self.serving = serving
    }

    /// Whether Terraform started this process: it sets go-plugin's magic cookie.
    public static var isStartedByTerraform: Bool {
        ProcessInfo.processInfo.environment[PluginHandshake.magicCookieKey] == PluginHandshake.magicCookieValue
    }

    /// Serves `provider` to the Terraform that started this process, the way go-plugin expects,
    /// and returns when Terraform shuts it down.
    ///
    /// Without `TF_PLUGIN_MAGIC_COOKIE` the process was not started by Terraform: it says so on
    /// stderr and exits with status 1. With `PLUGIN_CLIENT_CERT` set, the server uses TLS with a
    /// new self-signed certificate (Terraform's client certificate is not verified). The
    /// handshake line goes to stdout once the port is bound. Interrupts are ignored, as
    /// go-plugin's plugins do: Terraform passes Ctrl-C on to its plugins and then stops them
    /// itself once the operation under way has ended. When Terraform itself dies, the process
    /// exits within a fraction of a second (`ParentWatch`).
    public static func serve(_ provider: some TerraformProvider) async throws {
        let environment = ProcessInfo.processInfo.environment
        guard isStartedByTerraform else {
            FileHandle.standardError.write(
                Data((PluginHandshake.notStartedByTerraform + "\n").utf8))
            exit(1)
        }
        signal(SIGINT, SIG_IGN)
        ParentWatch.start()
        let certificate = try environment[PluginHandshake.clientCertificateKey].map { _ in
            try SelfSignedCertificate()
        }
        let server = try await start(provider, certificate: certificate)
        let line = PluginHandshake.line(
            port: server.port, certificateDER: certificate?.certificateDER)
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
        try await server.waitUntilStopped()
    }

    /// Starts serving `provider` in this process without TLS, for tests: point Terraform at it
    /// with `TF_REATTACH_PROVIDERS` set to `reattachConfiguration(address:)`.
    public static func startForTesting(_ provider: some TerraformProvider) async throws
        -> TerraformPluginServer
    {
        try await start(provider, certificate: nil)
    }

    /// The value of `TF_REATTACH_PROVIDERS` that makes Terraform use this server for the
    /// provider at `address`, as a provider under test that Terraform does not stop.
    public func reattachConfiguration(address: String) -> String {
        let pid = ProcessInfo.processInfo.processIdentifier
        return """
            {"\(address)":{"Protocol":"grpc","ProtocolVersion":\(PluginHandshake.pluginProtocolVersion),\
            "Pid":\(pid),"Test":true,"Addr":{"Network":"tcp","String":"127.0.0.1:\(port)"}}}
            """
    }

    /// Stops accepting calls, lets those under way finish, and waits until the server stopped.
    public func stop() async throws {
        server.beginGracefulShutdown()
        try await waitUntilStopped()
    }

    /// Waits until the server stopped: after `stop()`, or when Terraform called go-plugin's
    /// `Shutdown`.
    public func waitUntilStopped() async throws {
        try await serving.value
    }

    private static func start(
        _ provider: some TerraformProvider, certificate: SelfSignedCertificate?
    ) async throws -> TerraformPluginServer {
        let security: HTTP2ServerTransport.Posix.TransportSecurity =
            if let certificate {
                .tls(
                    certificateChain: [.bytes(certificate.certificateDER, format: .der)],
                    privateKey: .bytes(Array(certificate.privateKeyPEM.utf8), format: .pem))
            } else {
                .plaintext
            }
        let transport = HTTP2ServerTransport.Posix(
            address: .ipv4(host: "127.0.0.1", port: 0), transportSecurity: security)
        let shutdown = ShutdownSignal()
        let server = GRPCServer(
            transport: transport,
            services: [
                ProviderService(provider: provider), HealthService(),
                ControllerService { shutdown.trigger() },
            ])
        shutdown.onTrigger { server.beginGracefulShutdown() }
        let serving = Task { try await server.serve() }
        do {
            guard let port = try await transport.listeningAddress.ipv4?.port else {
                throw RPCError(code: .internalError, message: "the server is not listening on IPv4")
            }
            return TerraformPluginServer(port: port, server: server, serving: serving)
        } catch {
            server.beginGracefulShutdown()
            throw error
        }
    }
}
