import GenCommands

// `gen`: the plain generate command lines run directly, every other one through ArgumentParser
// (see `GenerateOptions.init(plainCommandLine:)`).
if let options = GenerateOptions(plainCommandLine: Array(CommandLine.arguments.dropFirst())) {
    do {
        try options.run()
    } catch {
        Gen.exit(withError: error)
    }
} else if Gen.asksForHelp(Array(CommandLine.arguments.dropFirst())) {
    print(Gen.helpWithGenerateOptions())
} else {
    Gen.main()
}
