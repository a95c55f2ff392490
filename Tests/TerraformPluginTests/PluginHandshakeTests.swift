import Foundation
import Testing

@testable import TerraformPlugin

/// What go-plugin reads from the provider's first line of output.
struct PluginHandshakeTests {
    @Test func announcesProtocolsAddressAndTheCertificateWithoutPadding() throws {
        let certificate = try SelfSignedCertificate()
        let line = PluginHandshake.line(port: 4242, certificateDER: certificate.certificateDER)
        let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        #expect(fields.prefix(5) == ["1", "6", "tcp", "127.0.0.1:4242", "grpc"])
        #expect(!fields[5].hasSuffix("="))
        let padded = fields[5] + String(repeating: "=", count: (4 - fields[5].count % 4) % 4)
        #expect(Data(base64Encoded: padded).map(Array.init) == certificate.certificateDER)
    }

    @Test func announcesNoCertificateWithoutTLS() {
        #expect(PluginHandshake.line(port: 1, certificateDER: nil) == "1|6|tcp|127.0.0.1:1|grpc|")
    }

    @Test func unpaddedBase64DropsOnlyThePadding() {
        #expect(PluginHandshake.unpaddedBase64([0xff]) == "/w")
        #expect(PluginHandshake.unpaddedBase64([1, 2, 3]) == "AQID")
    }
}
