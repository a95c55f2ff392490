import Foundation
import Testing

/// The built `terraform-provider-stripe` on its own.
struct ProviderBinaryTests {
    /// The folder of build products that holds this test bundle and the provider binary.
    static let productsFolder = Bundle.main.executableURL!.resolvingSymlinksInPath()
        .deletingLastPathComponent()
    static let binary = productsFolder.appendingPathComponent("terraform-provider-stripe")

    @Test func runByAPersonItExplainsItselfAndFails() async throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary.path),
            "no binary in \(Self.productsFolder.path)")
        let process = Process()
        process.executableURL = Self.binary
        process.environment = [:]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let message = String(
            decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("This binary is a plugin"))
        #expect(message.contains("dev_overrides"))
    }
}
