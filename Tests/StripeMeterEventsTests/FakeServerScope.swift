import StripeFakeServer

extension FakeStripeServer {
    /// Runs `body` with a new fake Stripe for `apiKey`, shut down afterwards, whatever happens.
    static func serving(apiKey: String, _ body: (FakeStripeServer) async throws -> Void) async throws {
        let server = try await FakeStripeServer.start(apiKey: apiKey)
        do {
            try await body(server)
        } catch {
            try await server.shutdown()
            throw error
        }
        try await server.shutdown()
    }
}
