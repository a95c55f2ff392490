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

    /// Whether `arguments` ask for `gen`'s own help: `--help`, `-h` or `help` alone.
    public static func asksForHelp(_ arguments: [String]) -> Bool {
        arguments.count == 1 && ["--help", "-h", "help"].contains(arguments[0])
    }

    /// `gen --help`: the help of `generate`, which `swift run gen` runs, with its options and exit
    /// statuses, then the other subcommands.
    public static func helpWithGenerateOptions() -> String {
        let generate = helpMessage(for: Generate.self)
            .replacingOccurrences(of: "USAGE: gen generate", with: "USAGE: gen [generate]")
        let subcommands = [Generate.configuration, DriftCommand.configuration, DiffCommand.configuration]
            .map { command in
                let name = (command.commandName ?? "") + (command.commandName == "generate" ? " (default)" : "")
                return "  " + name.padding(toLength: 22, withPad: " ", startingAt: 0) + command.abstract
            }
        let trimmed = String(generate.reversed().drop { $0 == "\n" }.reversed())
        return trimmed + "\n\nSUBCOMMANDS:\n" + subcommands.joined(separator: "\n")
            + "\n\n  See 'gen help <subcommand>' for detailed help."
    }
}
