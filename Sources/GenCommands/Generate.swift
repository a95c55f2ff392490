import ArgumentParser

/// `swift run gen`: regenerates `Generated/` from `spec/` and `Templates/`.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generates the Stripe billing meter library, Terraform schema and docs from spec/*.yaml.",
        discussion: """
            Exit status: 0 when Generated/ was written or is up to date; 1 when the spec or the \
            templates have errors, a file cannot be written, or --check finds Generated/ out of date; \
            64 when the command line cannot be read.
            """)

    @Option(help: "The project folder that holds spec/, Templates/ and Generated/.")
    var root: String = "."

    @Option(help: "A folder of templates that replace the default ones of the same name.")
    var templates: String?

    @Option(help: "Where to write the output, instead of Generated/ under the project folder.")
    var output: String?

    @Flag(help: "Change nothing; exit 1 with a diff when the output is not up to date.")
    var check = false

    @Flag(help: "Print the values handed to the templates, as JSON keyed by output path, and write nothing.")
    var dumpContext = false

    @Flag(help: "Print how long each stage took, on standard error: `gen: stage <name> <seconds> s`.")
    var timings = false

    /// The options as parsed.
    var options: GenerateOptions {
        GenerateOptions(
            root: root, templates: templates, output: output, check: check, dumpContext: dumpContext,
            timings: timings)
    }

    func run() throws {
        try options.run()
    }
}
