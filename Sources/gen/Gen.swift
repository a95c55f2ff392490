import ArgumentParser

/// `gen`: generates the output (`gen generate`, the default, so `swift run gen` and
/// `swift run gen --check` are unchanged), or compares the spec with Stripe's OpenAPI document
/// (`gen drift`).
struct Gen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen",
        abstract:
            "Generates the Stripe billing meter library, Terraform schema and docs from spec/*.yaml.",
        subcommands: [Generate.self, DriftCommand.self, DiffCommand.self],
        defaultSubcommand: Generate.self)
}
