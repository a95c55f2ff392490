import Foundation

/// Puts the provider binary where a plain `terraform init` finds it with no network and no
/// `dev_overrides`: Terraform's implied local mirror,
/// `DIR/<host>/<namespace>/<type>/<version>/<os>_<arch>/terraform-provider-<type>_v<version>`.
public struct ProviderInstallation: Sendable {
    /// The provider's source address: `registry.terraform.io/stripe-billing/stripe`.
    public let address: String
    public let version: String

    public init(address: String, version: String) {
        self.address = address
        self.version = version
    }

    /// Where Terraform looks when the CLI configuration names no other place: below `$HOME`, as
    /// Terraform reads it.
    public static var defaultPluginDirectory: URL {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".terraform.d/plugins")
    }

    /// This machine as Terraform names platforms: `linux_amd64`.
    public static var platform: String {
        #if os(macOS)
            let system = "darwin"
        #else
            let system = "linux"
        #endif
        #if arch(arm64)
            return system + "_arm64"
        #else
            return system + "_amd64"
        #endif
    }

    /// The provider's type, the last part of its address: `stripe`.
    var type: String { String(address.split(separator: "/").last ?? "") }

    /// Where the binary goes below `pluginDirectory`.
    public func destination(in pluginDirectory: URL) -> URL {
        pluginDirectory.appendingPathComponent(address).appendingPathComponent(version)
            .appendingPathComponent(Self.platform)
            .appendingPathComponent("terraform-provider-\(type)_v\(version)")
    }

    /// Copies `binary` to its place below `pluginDirectory`, replacing an earlier copy whole: a
    /// Terraform that runs meanwhile sees the old binary or the new one, never half of one.
    ///
    /// - Throws: `ProviderInstallationError` saying which path could not be written, and why.
    public func install(_ binary: URL, in pluginDirectory: URL) throws(ProviderInstallationError) -> URL {
        let target = destination(in: pluginDirectory)
        let folder = target.deletingLastPathComponent()
        try Self.createFolders(folder)
        let contents: Data
        do {
            contents = try Data(contentsOf: binary)
        } catch {
            throw ProviderInstallationError(path: binary.path, reason: "cannot be read")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).partial")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o755)
        guard descriptor >= 0 else { throw ProviderInstallationError(path: temporary.path, errno: errno) }
        let written = contents.withUnsafeBytes { bytes in write(descriptor, bytes.baseAddress, bytes.count) }
        let writeError = errno
        guard written == contents.count, fsync(descriptor) == 0, close(descriptor) == 0 else {
            close(descriptor)
            unlink(temporary.path)
            throw ProviderInstallationError(path: temporary.path, errno: writeError)
        }
        guard rename(temporary.path, target.path) == 0 else {
            let renameError = errno
            unlink(temporary.path)
            throw ProviderInstallationError(path: target.path, errno: renameError)
        }
        return target
    }

    /// The `required_providers` block that selects this provider and version.
    public var requiredProvidersBlock: String {
        let parts = address.split(separator: "/")
        let source = parts.first == "registry.terraform.io" ? parts.dropFirst().joined(separator: "/") : address
        return """
            terraform {
              required_providers {
                \(type) = {
                  source  = "\(source)"
                  version = "\(version)"
                }
              }
            }
            """
    }

    private static func createFolders(_ folder: URL) throws(ProviderInstallationError) {
        var path = ""
        for component in folder.standardizedFileURL.path.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) != 0, errno != EEXIST {
                throw ProviderInstallationError(path: path, errno: errno)
            }
        }
    }
}

/// Why the provider could not be installed: the path, and the system's reason.
public struct ProviderInstallationError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)).lowercased())
    }

    public var description: String { "\(path): \(reason)" }
}
