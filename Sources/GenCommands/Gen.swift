import ArgumentParser

/// `gen`: generates the output (`gen generate`, the default, so `swift run gen` and
/// `swift run gen --check` are unchanged), compares the spec with Stripe's OpenAPI document
/// (`gen drift`), or says what the output's users get from a change of the spec (`gen diff`).
public struct Gen: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gen",
        abstract:
            "Generates the Stripe billing meter library, Terraform schema and docs from spec/*.yaml.",
        subcommands: [Generate.self, DriftCommand.self, DiffCommand.self],
        defaultSubcommand: Generate.self)

    public init() {}
}
