import Foundation
import Testing

@testable import StripeCodegen

/// Broken and hostile spec files: each gets one located error, quickly, and nothing is written.
struct HostileSpecTests {
    /// The line of the first line appended to the sample spec.
    private let appended = SampleSpec.widget.utf8.count { $0 == UInt8(ascii: "\n") } + 1

    /// The errors of a project whose only spec file is `text`.
    private func errors(_ text: String) throws -> [String] {
        try errors(bytes: Array(text.utf8))
    }

    private func errors(bytes: [UInt8]) throws -> [String] {
        let project = try TestProject(specFiles: [:])
        defer { project.remove() }
        try Data(bytes).write(to: project.root.appendingPathComponent("spec/widget.yaml"))
        return project.errors()
    }

    @Test func anAliasBombStopsAtTheNodeLimit() throws {
        var lines = ["a0: &a0 [x, y, z, w, v, u, t, s, r]"]
        for level in 1..<10 {
            lines.append(
                "a\(level): &a\(level) ["
                    + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        let errors = try errors(SampleSpec.widget + lines.joined(separator: "\n") + "\n")
        #expect(errors.count == 1)
        // The sixth line's aliases would repeat 9^6 nodes.
        #expect(errors.first?.hasPrefix("spec/widget.yaml:\(appended + 5):") == true)
        #expect(
            errors.first?.contains("this alias expands the file past 200000 YAML nodes") == true)
    }

    @Test func aFileWithTooManyNodesIsRefused() throws {
        let list = Array(repeating: "1", count: 250_000).joined(separator: ",")
        let errors = try errors(SampleSpec.widget + "many: [\(list)]\n")
        #expect(errors.count == 1)
        #expect(errors.first?.contains("the file grows past 200000 YAML nodes") == true)
    }

    @Test func deepNestingIsRefusedWhereItCrossesTheLimit() throws {
        let block =
            (0..<40).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
            + " v\n"
        #expect(
            try errors(SampleSpec.widget + block) == [
                "spec/widget.yaml:\(appended + 32):33: error: mappings and lists are nested more than 32 levels deep here; "
                    + "a spec file needs far fewer"
            ])
        let flow = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let errors = try errors(SampleSpec.widget + "deep: \(flow)\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("spec/widget.yaml:\(appended):") == true)
        #expect(errors.first?.contains("nested more than 32 levels deep") == true)
    }

    @Test func aFileOverTheSizeLimitIsNotRead() throws {
        let errors = try errors(
            SampleSpec.widget + "# " + String(repeating: "x", count: 5 << 20) + "\n")
        #expect(errors.count == 1)
        #expect(
            errors.first?.hasPrefix(
                "spec/widget.yaml:1:1: error: cannot read 'spec/widget.yaml': it has ") == true)
        #expect(errors.first?.hasSuffix("bytes, more than the 4194304 allowed") == true)
    }

    @Test func anUndefinedAliasIsLocated() throws {
        #expect(
            try errors(SampleSpec.widget + "x: *nowhere\n") == [
                "spec/widget.yaml:\(appended):4: error: the alias '*nowhere' names no anchor before it"
            ])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        #expect(
            try errors(SampleSpec.widget + "x: \"never closed\ny: 1\n") == [
                "spec/widget.yaml:\(appended):4: error: invalid YAML: a quoted scalar opened here is not closed: "
                    + "found unexpected end of stream at \(appended + 2):1"
            ])
    }

    @Test func anUnclosedFlowMappingIsReportedWhereItOpens() throws {
        let text = SampleSpec.widget.replacingOccurrences(
            of: "title: Widget", with: "title: {a: 1, b: 2")
        #expect(
            try errors(text) == [
                "spec/widget.yaml:3:8: error: invalid YAML: a flow mapping opened here is not closed: "
                    + "did not find expected ',' or '}' at 4:9"
            ])
    }

    @Test func aByteThatIsNotUTF8IsLocated() throws {
        var bytes = Array(SampleSpec.widget.utf8)
        let title = Array("title: Widget".utf8)
        let start = try #require(
            (0...(bytes.count - title.count)).first {
                Array(bytes[$0..<($0 + title.count)]) == title
            })
        bytes.insert(0xE9, at: start + 10)
        #expect(
            try errors(bytes: bytes) == [
                "spec/widget.yaml:3:11: error: the byte 0xE9 is not valid UTF-8; spec files are UTF-8 text"
            ])
    }

    @Test func aControlCharacterIsLocated() throws {
        let text = SampleSpec.widget.replacingOccurrences(
            of: "title: Widget", with: "title: Wid\u{1}get")
        #expect(
            try errors(text) == [
                "spec/widget.yaml:3:11: error: invalid YAML: control characters are not allowed"
            ])
    }

    /// A file that cannot be parsed is the only error: what other files say of its object is
    /// not reported as well.
    @Test func aFileThatFailsToParseCausesNoFollowOnErrors() throws {
        let gadget = SampleSpec.widget
            .replacingOccurrences(of: "object: test.widget", with: "object: test.gadget")
            .replacingOccurrences(of: "/v1/widgets", with: "/v1/gadgets")
        let returnsWidget = gadget.replacingOccurrences(
            of: "returns: test.gadget", with: "returns: test.widget")
        let project = try TestProject(specFiles: [
            "gadget.yaml": returnsWidget, "widget.yaml": SampleSpec.widget + "broken: [\n",
        ])
        defer { project.remove() }
        let errors = project.errors()
        #expect(errors.count == 1)
        #expect(
            errors.first?.hasPrefix(
                "spec/widget.yaml:\(appended):9: error: invalid YAML: a flow sequence opened here")
                == true)
    }

    @Test func namesOutsideTheSpecFormatAreErrors() throws {
        let text = SampleSpec.widget
            .replacingOccurrences(of: "object: test.widget", with: "object: ../../../../etc/x")
            .replacingOccurrences(
                of: "  name:\n    type: string", with: "  \"-\":\n    type: string"
            )
            .replacingOccurrences(
                of: "      small: A small widget.", with: "      \"--\": A small widget.")
        #expect(
            try errors(text) == [
                "spec/widget.yaml:2:9: error: object name '../../../../etc/x' must be snake_case words joined by dots, "
                    + "such as billing.meter_event",
                "spec/widget.yaml:12:3: error: field name '-' must be snake_case: lowercase letters, digits and "
                    + "underscores, starting with a letter",
                "spec/widget.yaml:23:7: error: enum value '--' has no letter or digit to name its Swift case after",
            ])
    }

    /// Backticks make keywords usable as names, but not these two. The naming stage reports them;
    /// the spec's other checks still see the field.
    @Test func namesSwiftCannotUseAsMembersAreErrors() throws {
        let text = SampleSpec.widget
            .replacingOccurrences(
                of: "  name:\n    type: string", with: "  self:\n    type: string"
            )
            .replacingOccurrences(
                of: "      small: A small widget.", with: "      init: A small widget.")
        #expect(
            try errors(text) == [
                "spec/widget.yaml:12:3: error: field 'self' would become the Swift name 'self', which Swift cannot use "
                    + "as a member name",
                "spec/widget.yaml:23:7: error: enum value 'init' would become the Swift name 'init', which Swift cannot "
                    + "use as a member name",
                "spec/widget.yaml:26:3: error: field 'self' is required, but operation 'create' has no parameter for it",
                "spec/widget.yaml:34:7: error: parameter 'name' names no field of test.widget (a parameter without a "
                    + "'type' sets the field of its name)",
            ])
    }

    @Test func templateOverridesMustBeAFolder() throws {
        let project = try TestProject()
        defer { project.remove() }
        #expect(
            project.errors(templateOverrides: "missing") == [
                "error: the templates folder 'missing' does not exist"
            ])
        try project.write("x", to: "file.mustache")
        #expect(
            project.errors(templateOverrides: "file.mustache") == [
                "error: 'file.mustache' is a file; templates are read from a folder of .mustache files"
            ])
    }
}
