import Foundation
import Testing
import Yams

@testable import GenDrift
@testable import StripeCodegen

/// The JSON reader and the YAML writer that `gen drift` uses: what they read and write is what
/// JSON and YAML mean.
struct DriftTextTests {
    @Test func theJSONReaderReadsWhatFoundationReads() throws {
        let text =
            #"{"a": [1, -2.5e3, true, false, null], "s": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "e": {}, "é": "ü"}"#
        let parsed = try JSONParser.parse(Array(text.utf8))
        #expect(
            parsed
                == .object([
                    "a": .array([.number(1), .number(-2500), .bool(true), .bool(false), .null]),
                    "s": .string("x\"\\/\u{8}\u{c}\n\r\té😀"), "e": .object([:]), "é": .string("ü"),
                ]))
        for invalid in [
            "01", "1.", "-", "\"\\x\"", "\"\u{1}\"", "[1 2]", "{\"a\" 1}", "tru",
            "\"\\ud800\\u0041\"",
        ] {
            #expect(throws: JSONParser.SyntaxError.self, "\(invalid)") {
                try JSONParser.parse(Array(invalid.utf8))
            }
        }
    }

    @Test func scalarsReadBackAsTheSameString() throws {
        let texts = [
            "plain", "2026-10-28.acacia", "2026-10-28", "on", "No", "null", "~", "123", "1e3",
            "0x1F", ".5", "a: b",
            "a #b", "-x", "#x", "'q'", "\"q\"", "tab\there", "line\nbreak", "trailing ", "ünïcödé",
            "by_id", "1h",
        ]
        for text in texts {
            let yaml = "key: " + YAMLWriter.scalar(text)
            let loaded = try Yams.load(yaml: yaml) as? [String: Any]
            #expect(loaded?["key"] as? String == text, "\(yaml)")
        }
        #expect(YAMLWriter.scalar("2026-10-28.acacia") == "2026-10-28.acacia")
        #expect(YAMLWriter.scalar("on") == "\"on\"")
    }

    @Test func longProseIsFoldedAtTheLineWidthAndReadsBack() throws {
        let words = (0..<60).map { "word\($0)" }.joined(separator: " ")
        let lines = YAMLWriter(step: 2).lines(
            key: "description", value: .prose(words + "\n\nmore: #1"), indent: 4)
        #expect(lines.first == "    description: >-")
        #expect(lines.allSatisfy { $0.count <= YAMLWriter.lineWidth })
        let loaded =
            try Yams.load(yaml: "x:\n" + lines.joined(separator: "\n"))
            as? [String: [String: String]]
        #expect(loaded?["x"]?["description"] == words + " more: #1")
    }
}
