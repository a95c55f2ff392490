import Foundation

/// What go-plugin, which Terraform uses to start providers, expects of a plugin process.
enum PluginHandshake {
    /// The environment variable Terraform sets to show that it started the process.
    static let magicCookieKey = "TF_PLUGIN_MAGIC_COOKIE"
    /// The value of `magicCookieKey`, as terraform-plugin-go's tf6server declares it.
    static let magicCookieValue = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2"
    /// Terraform's client certificate (PEM); when set, the plugin must serve TLS.
    static let clientCertificateKey = "PLUGIN_CLIENT_CERT"
    /// go-plugin's own protocol version.
    static let coreProtocolVersion = 1
    /// The Terraform plugin protocol's major version.
    static let pluginProtocolVersion = 6

    /// Printed to stderr when a person runs the provider binary directly.
    static let notStartedByTerraform = """
        This binary is a plugin. These are not meant to be executed directly.
        Terraform starts it: build it, then point a `dev_overrides` block of your Terraform CLI \
        configuration at the folder that holds it.
        """

    /// The line announcing where the plugin listens: `1|6|tcp|127.0.0.1:PORT|grpc|CERT`, with
    /// the server certificate as unpadded base64 DER (empty without TLS).
    static func line(port: Int, certificateDER: [UInt8]?) -> String {
        let certificate = certificateDER.map(unpaddedBase64) ?? ""
        return
            "\(coreProtocolVersion)|\(pluginProtocolVersion)|tcp|127.0.0.1:\(port)|grpc|\(certificate)"
    }

    /// Base64 without `=` padding, as Go's `base64.RawStdEncoding` writes it.
    static func unpaddedBase64(_ bytes: [UInt8]) -> String {
        var text = Data(bytes).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return text
    }
}
