import Foundation

/// What the provider binary does when a person runs it: say what it is, install itself, or
/// print its version. Terraform runs it with no arguments and its magic cookie, and then it
/// serves the provider instead.
public struct ProviderCommand: Sendable {
    let installation: ProviderInstallation
    /// The binary that runs, which `install` copies.
    let binary: URL

    public init(installation: ProviderInstallation, binary: URL) {
        self.installation = installation
        self.binary = binary
    }

    /// Runs the command `arguments` (without the program name) and returns the exit status: 0
    /// when it did what was asked, 1 when run bare (it is a plugin), 2 for a wrong argument or a
    /// failed installation.
    public func run(_ arguments: [String]) -> Int32 {
        switch arguments.first {
        case nil:
            Self.write(about, to: .standardError)
            return 1
        case "-h", "--help", "help":
            Self.write(about, to: .standardOutput)
            return 0
        case "--version", "version":
            Self.write("terraform-provider-\(installation.type) \(installation.version)", to: .standardOutput)
            return 0
        case "install":
            return install(Array(arguments.dropFirst()))
        case let other?:
            Self.write("error: unknown argument '\(other)'\n\n\(usage)", to: .standardError)
            return 2
        }
    }

    private func install(_ arguments: [String]) -> Int32 {
        var pluginDirectory = ProviderInstallation.defaultPluginDirectory
        switch arguments.count {
        case 0:
            break
        case 2 where arguments[0] == "--plugin-dir":
            pluginDirectory = URL(fileURLWithPath: arguments[1])
        default:
            Self.write("error: install takes only --plugin-dir DIR\n\n\(usage)", to: .standardError)
            return 2
        }
        do {
            let target = try installation.install(binary, in: pluginDirectory)
            Self.write(
                """
                Installed terraform-provider-\(installation.type) \(installation.version) for \
                \(ProviderInstallation.platform):
                  \(target.path)

                Terraform finds it there without network access or dev_overrides. Require it in \
                your configuration, then run `terraform init`:

                \(installation.requiredProvidersBlock)
                """, to: .standardOutput)
            return 0
        } catch {
            Self.write("error: cannot install the provider: \(error)", to: .standardError)
            return 2
        }
    }

    private var usage: String {
        """
        USAGE: terraform-provider-\(installation.type) install [--plugin-dir DIR]
               terraform-provider-\(installation.type) --version

          install        Copy this binary where a plain `terraform init` finds it: Terraform's
                         implied local mirror, DIR/\(installation.address)/\(installation.version)/\
        \(ProviderInstallation.platform)/
          --plugin-dir   The mirror's folder (default: ~/.terraform.d/plugins).

        Exit status: 0 done; 1 run with no arguments (Terraform starts the provider itself); 2 a
        wrong argument or a failed installation.
        """
    }

    private var about: String {
        """
        terraform-provider-\(installation.type) \(installation.version): the Terraform provider for \
        \(installation.address). Terraform starts it; it is not meant to be run by hand. Install it \
        with:

          terraform-provider-\(installation.type) install

        \(usage)
        """
    }

    private enum Output {
        case standardOutput, standardError
    }

    private static func write(_ text: String, to output: Output) {
        let handle = output == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data((text + "\n").utf8))
    }
}
