import Foundation
import TerraformProviderStripe
import Testing

/// The built `terraform-provider-stripe` on its own.
struct ProviderBinaryTests {
    /// The folder of build products that holds this test bundle and the provider binary.
    static let productsFolder = Bundle.main.executableURL!.resolvingSymlinksInPath()
        .deletingLastPathComponent()
    static let binary = productsFolder.appendingPathComponent("terraform-provider-stripe")

    /// What the binary printed, run with `arguments` and `environment` and no magic cookie.
    static func run(arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, output: String, errors: String
    ) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        let (output, errors) = (Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, printed, message)
    }

    @Test func runByAPersonItExplainsItselfAndHowToInstallIt() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary.path),
            "no binary in \(Self.productsFolder.path)")
        let bare = try Self.run(arguments: [])
        #expect(bare.status == 1)
        #expect(bare.errors.contains("the Terraform provider for registry.terraform.io/stripe-billing/stripe"))
        #expect(bare.errors.contains("terraform-provider-stripe install"))
        let help = try Self.run(arguments: ["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("Exit status: 0 done; 1 run with no arguments"))
        #expect(try Self.run(arguments: ["--version"]).output == "terraform-provider-stripe \(StripeProvider.version)\n")
        let wrong = try Self.run(arguments: ["instal"])
        #expect(wrong.status == 2)
        #expect(wrong.errors.hasPrefix("error: unknown argument 'instal'"))
    }

    @Test func anInstallThatCannotWriteSaysWhereAndWhy() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-folder-\(UUID().uuidString)")
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let install = try Self.run(arguments: ["install", "--plugin-dir", file.path])
        #expect(install.status == 2)
        #expect(install.errors == "error: cannot install the provider: \(file.path)/registry.terraform.io: not a directory\n")
    }
}
