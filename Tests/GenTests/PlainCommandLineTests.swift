import ArgumentParser
import Testing

@testable import GenCommands

/// `gen` reads plain generate command lines itself and every other one with ArgumentParser; both
/// must read a line the same way.
@Suite struct PlainCommandLineTests {
    /// What the command lines below are made of: each option, values, and arguments that only
    /// ArgumentParser reads.
    static let vocabulary = [
        "--root", "--templates", "--output", "--check", "--dump-context", "--timings", "project", "out",
        "generate", "drift", "-x", "", "--root=project", "--help", "-h", "--", "--bogus",
    ]

    /// Every line of up to four arguments of the vocabulary, and longer ones that set everything.
    static var lines: [[String]] {
        var lines: [[String]] = [[]]
        var shorter: [[String]] = [[]]
        for _ in 1...4 {
            shorter = shorter.flatMap { line in vocabulary.map { line + [$0] } }
            lines += shorter
        }
        let everything = ["--root", "project", "--templates", "t", "--output", "out", "--check", "--dump-context", "--timings"]
        let reordered = ["--timings", "--output", "out", "--check", "--templates", "t", "--dump-context", "--root", "project"]
        return lines + [everything, reordered, everything + ["--check"], everything + ["generate"]]
    }

    @Test func readsTheLinesSwiftRunGenPasses() {
        #expect(GenerateOptions(plainCommandLine: []) == GenerateOptions())
        #expect(GenerateOptions(plainCommandLine: ["--check"]) == GenerateOptions(check: true))
        #expect(
            GenerateOptions(plainCommandLine: ["--root", "r", "--output", "o", "--templates", "t", "--timings"])
                == GenerateOptions(root: "r", templates: "t", output: "o", timings: true))
        #expect(GenerateOptions(plainCommandLine: ["--dump-context"]) == GenerateOptions(dumpContext: true))
    }

    @Test(arguments: [
        ["generate"], ["--help"], ["--root"], ["--root", "-x"], ["--root", ""], ["--root=project"],
        ["--check", "--check"], ["--root", "a", "--root", "b"], ["--", "--check"], ["drift", "--openapi", "x"],
    ])
    func leavesOtherLinesToArgumentParser(_ line: [String]) {
        #expect(GenerateOptions(plainCommandLine: line) == nil)
    }

    @Test func argumentParserReadsEveryPlainLineTheSameWay() throws {
        var plainLines = 0
        for line in Self.lines {
            guard let plain = GenerateOptions(plainCommandLine: line) else { continue }
            plainLines += 1
            let command = try Gen.parseAsRoot(line)
            let generate = try #require(command as? Generate, "\(line)")
            #expect(generate.options == plain, "\(line)")
        }
        #expect(plainLines > 100)
    }
}

/// `gen --help` shows what `swift run gen` takes, and every command says how it exits.
@Suite struct HelpTests {
    @Test func theFirstHelpScreenShowsTheGenerateOptions() {
        let help = Gen.helpWithGenerateOptions()
        for option in ["--check", "--root", "--output", "--templates", "--dump-context", "--timings"] {
            #expect(help.contains(option), "\(option)")
        }
        #expect(help.contains("USAGE: gen [generate]"))
        #expect(help.contains("SUBCOMMANDS:\n  generate (default)"))
        #expect(Gen.asksForHelp(["--help"]) && Gen.asksForHelp(["-h"]) && !Gen.asksForHelp(["drift", "--help"]))
    }

    @Test func everyCommandStatesItsExitStatuses() {
        #expect(Gen.helpWithGenerateOptions().contains("Exit status: 0 when Generated/ was written"))
        #expect(Gen.helpMessage(for: DriftCommand.self).contains("Exit status: 0 when spec/ matches"))
        #expect(Gen.helpMessage(for: DiffCommand.self).contains("Exit status: 0 when both specs can be read"))
    }
}
