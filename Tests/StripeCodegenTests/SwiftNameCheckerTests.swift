import Foundation
import Testing

@testable import StripeCodegen

/// The Swift naming stage reports names Swift cannot use, and names that clash, at the spec
/// lines they come from; checking itself knows nothing of Swift.
struct SwiftNameCheckerTests {
    /// The errors of spec files made from `SampleSpec.widget`, each with its replacements.
    private func errors(_ files: [String: [(old: String, new: String)]]) throws -> [String] {
        var texts: [String: String] = [:]
        for (name, replacements) in files {
            texts[name] = replacements.reduce(SampleSpec.widget) { text, replacement in
                #expect(text.components(separatedBy: replacement.old).count == 2, "'\(replacement.old)' must occur once")
                return text.replacingOccurrences(of: replacement.old, with: replacement.new)
            }
        }
        let project = try TestProject(specFiles: texts)
        defer { project.remove() }
        return project.errors()
    }

    @Test func fieldsThatBecomeOneSwiftName() throws {
        let field = "  size_:\n    type: string\n    mutability: read_only\n    description: The size.\n"
        #expect(
            try errors(["widget.yaml": [("  size:\n", field + "  size:\n")]]) == [
                "spec/widget.yaml:22:3: error: fields 'size_' and 'size' both become the Swift name 'size'"
            ])
    }

    @Test func enumValuesThatBecomeOneSwiftCase() throws {
        #expect(
            try errors(["widget.yaml": [("      large: A large widget.", "      Small: A large widget.\n      unknown: No idea.")]])
                == [
                    "spec/widget.yaml:24:7: error: enum values 'small' and 'Small' both become the Swift case 'small'",
                    "spec/widget.yaml:25:7: error: enum value 'unknown' would clash with the case that keeps unknown values",
                ])
    }

    @Test func aPreferredTypeNameMustBeASwiftIdentifier() throws {
        #expect(
            try errors(["widget.yaml": [("object: test.widget\n", "object: test.widget\nswift_name: Not-Valid\n")]]) == [
                "spec/widget.yaml:3:13: error: 'Not-Valid' is not a valid Swift type name"
            ])
    }

    @Test func objectsThatShareASwiftTypeName() throws {
        let preferred = ("object: test.widget\n", "object: test.widget\nswift_name: Thing\n")
        #expect(
            try errors([
                "widget.yaml": [preferred],
                "gadget.yaml": [
                    preferred, ("object: test.widget\n", "object: test.gadget\n"),
                    ("path: /v1/widgets", "path: /v1/gadgets"), ("returns: test.widget", "returns: test.gadget"),
                ],
            ]) == [
                "spec/widget.yaml:3:13: error: Swift name 'Thing' of object 'test.widget' is also declared in "
                    + "StripeBilling by object 'test.gadget' at spec/gadget.yaml:3:13"
            ])
    }

    /// Names made from other names are checked too: a nested type and a parameters type, an
    /// object and another object's service.
    @Test func derivedNamesThatClash() throws {
        let nested = "  create_params:\n    type: enum\n    mutability: create_only\n    description: A clash.\n"
            + "    values:\n      one: One.\n"
        #expect(
            try errors(["widget.yaml": [("  size:\n", nested + "  size:\n")]]) == [
                "spec/widget.yaml:32:3: error: Swift name 'CreateParams' of operation 'create' (its parameters type) is "
                    + "also declared in TestWidget by field 'create_params' at spec/widget.yaml:18:3"
            ])
        #expect(
            try errors([
                "widget.yaml": [],
                "widget_service.yaml": [
                    ("object: test.widget\n", "object: test.widget_service\n"), ("path: /v1/widgets", "path: /v1/gadgets"),
                    ("returns: test.widget", "returns: test.widget_service"),
                ],
            ]) == [
                "spec/widget_service.yaml:2:9: error: Swift name 'TestWidgetService' of object 'test.widget_service' is "
                    + "also declared in StripeBilling by object 'test.widget' (its service) at spec/widget.yaml:2:9"
            ])
    }
}
