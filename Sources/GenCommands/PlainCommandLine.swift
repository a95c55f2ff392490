extension GenerateOptions {
    /// The options of a command line that only sets `Generate`'s options by their long names,
    /// each at most once, each value a separate argument that does not start with `-`
    /// (`--root X --check`): what `swift run gen` and build scripts pass. `nil` for any other
    /// command line (a subcommand, `--help`, `--root=X`, a repeated or unknown option), which
    /// ArgumentParser reads.
    ///
    /// Reading these lines here saves the release `gen` ArgumentParser's reflection over the
    /// commands, a fifth of a run on the real spec. `PlainCommandLineTests` checks that
    /// ArgumentParser reads every line accepted here the same way.
    public init?(plainCommandLine arguments: [String]) {
        var options = GenerateOptions()
        var seen: [String] = []
        var remaining = arguments[...]
        while let name = remaining.popFirst() {
            guard !seen.contains(name) else { return nil }
            seen.append(name)
            switch name {
            case "--check": options.check = true
            case "--dump-context": options.dumpContext = true
            case "--timings": options.timings = true
            case "--root":
                guard let value = Self.value(from: &remaining) else { return nil }
                options.root = value
            case "--templates":
                guard let value = Self.value(from: &remaining) else { return nil }
                options.templates = value
            case "--output":
                guard let value = Self.value(from: &remaining) else { return nil }
                options.output = value
            default:
                return nil
            }
        }
        self = options
    }

    /// The option's value, the next argument, unless it is missing, empty or starts with `-`.
    private static func value(from arguments: inout ArraySlice<String>) -> String? {
        guard let value = arguments.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
        return value
    }
}
