import Foundation
import Testing

@testable import StripeCodegen

/// Every kind of spec mistake is reported like a compiler error, at the right line and column.
struct SpecDiagnosticsTests {
    /// The errors of `SampleSpec.widget` with `old` replaced by `new` (which must occur once).
    private func errors(replacing old: String, with new: String) throws -> [String] {
        #expect(SampleSpec.widget.components(separatedBy: old).count == 2, "'\(old)' must occur once")
        let project = try TestProject(specFiles: ["widget.yaml": SampleSpec.widget.replacingOccurrences(of: old, with: new)])
        defer { project.remove() }
        return project.errors()
    }

    @Test func theSampleIsValid() throws {
        let project = try TestProject(specFiles: ["widget.yaml": SampleSpec.widget])
        defer { project.remove() }
        #expect(project.errors() == [])
    }

    @Test func unknownTypeSuggestsTheNearestOne() throws {
        #expect(try errors(replacing: "    type: string\n    required", with: "    type: strng\n    required") == [
            "spec/widget.yaml:13:11: error: unknown type 'strng'; did you mean 'string'?"
        ])
    }

    @Test func unknownKeyIsReportedOnceAndReadAsTheKeyItResembles() throws {
        #expect(try errors(replacing: "description: The widget's name.", with: "descripton: The widget's name.") == [
            "spec/widget.yaml:17:5: error: unknown key 'descripton' in field 'name'; did you mean 'description'?"
        ])
        #expect(try errors(replacing: "object: test.widget", with: "object: test.widget\ncolor: blue") == [
            "spec/widget.yaml:3:1: error: unknown key 'color' in a spec file"
        ])
    }

    @Test func enumWithNoValues() throws {
        let errors = try errors(
            replacing: "    values:\n      small: A small widget.\n      large: A large widget.\n", with: "    values: {}\n")
        #expect(errors == ["spec/widget.yaml:22:13: error: field 'size' is an enum with no values"])
    }

    @Test func maxLengthMustBePositive() throws {
        #expect(try errors(replacing: "max_length: 100", with: "max_length: 0") == [
            "spec/widget.yaml:35:21: error: parameter 'name' has 'max_length' 0; it must be at least 1"
        ])
        #expect(try errors(replacing: "    max_length: 5000\n    description: Unique", with: "    max_length: -1\n    description: Unique") == [
            "spec/widget.yaml:10:17: error: field 'id' has 'max_length' -1; it must be at least 1"
        ])
    }

    @Test func requiredReadOnlyField() throws {
        #expect(try errors(replacing: "    mutability: read_only\n", with: "    mutability: read_only\n    required: true\n") == [
            "spec/widget.yaml:9:17: error: field 'id' is read_only, but it is required; make it create_only or updatable, "
                + "or take that out"
        ])
    }

    @Test func duplicateName() throws {
        let errors = try errors(replacing: "  size:\n", with: "  name:\n")
        #expect(errors.count == 1)
        #expect(errors.first == "spec/widget.yaml:18:3: error: duplicate key 'name'; it was first set at 12:3")
    }

    @Test func parameterThatNamesNoField() throws {
        #expect(try errors(replacing: "      size: {}", with: "      sise: {}") == [
            "spec/widget.yaml:36:7: error: parameter 'sise' names no field of test.widget (a parameter without "
                + "a 'type' sets the field of its name); did you mean 'size'?"
        ])
    }

    @Test func defaultOutsideItsEnum() throws {
        #expect(try errors(replacing: "    values:\n", with: "    default: medium\n    values:\n") == [
            "spec/widget.yaml:22:14: error: the default 'medium' of field 'size' is not one of its values: small, large"
        ])
    }

    @Test func nestedObjectWithNoFields() throws {
        let errors = try errors(
            replacing: "  size:\n    type: enum\n",
            with: "  box:\n    type: object\n    mutability: create_only\n    description: A box.\n    fields: {}\n  size:\n    type: enum\n")
        #expect(errors == ["spec/widget.yaml:22:13: error: field 'box' has no fields"])
    }

    @Test func mutabilityRules() throws {
        #expect(try errors(replacing: "mutability: updatable", with: "mutability: updateable") == [
            "spec/widget.yaml:15:17: error: unknown mutability 'updateable' (one of create_only, updatable, read_only); "
                + "did you mean 'updatable'?"
        ])
        #expect(try errors(replacing: "    mutability: updatable\n", with: "") == [
            "spec/widget.yaml:12:3: error: field 'name' has no 'mutability' (one of create_only, updatable, read_only)"
        ])
        let update = """
              update:
                kind: update
                method: POST
                path: /v1/widgets/{id}
                summary: Update a widget
                description: Updates a widget.
                returns: test.widget
                params:
                  id: {}
                  size: {}

            """
        #expect(try errors(replacing: "      size: {}\n", with: "      size: {}\n" + update) == [
            "spec/widget.yaml:15:17: error: field 'name' is updatable, but operation 'update' has no parameter for it; "
                + "add one or make the field create_only",
            "spec/widget.yaml:46:7: error: parameter 'size' sets field 'size' in an update, but the field is create_only",
        ])
    }

    @Test func operationProblems() throws {
        #expect(try errors(replacing: "returns: test.widget", with: "returns: test.widgets") == [
            "spec/widget.yaml:32:14: error: unknown returns 'test.widgets' in operation 'create'; did you mean 'test.widget'?"
        ])
        #expect(try errors(replacing: "path: /v1/widgets", with: "path: /v1/widgets/{id}") == [
            "spec/widget.yaml:29:11: error: the path of operation 'create' has '{id}' but no parameter 'id'"
        ])
        #expect(try errors(replacing: "      name:\n        max_length: 100\n", with: "") == [
            "spec/widget.yaml:26:3: error: field 'name' is required, but operation 'create' has no parameter for it"
        ])
        #expect(try errors(replacing: "max_length: 100", with: "max_length: 6000") == [
            "spec/widget.yaml:35:21: error: parameter 'name' allows 6000 characters, more than field 'name' (5000)"
        ])
    }

    @Test func apiHostAndAuthProblems() throws {
        #expect(try errors(replacing: "object: test.widget", with: "api: v3\nobject: test.widget") == [
            "spec/widget.yaml:2:6: error: unknown api 'v3' (one of v1, v2); did you mean 'v1'?"
        ])
        #expect(try errors(replacing: "object: test.widget", with: "api: v2\nobject: test.widget") == [
            "spec/widget.yaml:30:11: error: the path of operation 'create' must start with '/v2/' (the file's 'api' is v2)"
        ])
        #expect(try errors(replacing: "path: /v1/widgets", with: "path: /v1/widgets\n    host: meter_event") == [
            "spec/widget.yaml:30:11: error: unknown host 'meter_event' in operation 'create' (one of api, meter_events); "
                + "did you mean 'meter_events'?"
        ])
        #expect(try errors(replacing: "path: /v1/widgets", with: "path: /v1/widgets\n    auth: token") == [
            "spec/widget.yaml:30:11: error: unknown auth 'token' in operation 'create' (one of secret_key, session_token)"
        ])
        #expect(try errors(replacing: "max_length: 100", with: "max_length: 100\n        max_items: 3") == [
            "spec/widget.yaml:36:20: error: parameter 'name' is not a list: 'max_items' does not apply"
        ])
        #expect(try errors(replacing: "returns: test.widget", with: "returns: nothing") == [])
    }

    @Test func v2OperationsArePostsWithJSONBodies() throws {
        let v2 = SampleSpec.widget.replacingOccurrences(of: "object: test.widget", with: "api: v2\nobject: test.widget")
            .replacingOccurrences(of: "/v1/", with: "/v2/")
        let project = try TestProject(specFiles: ["widget.yaml": v2])
        defer { project.remove() }
        #expect(project.errors() == [])
        let get = try TestProject(specFiles: ["widget.yaml": v2.replacingOccurrences(of: "method: POST", with: "method: GET")])
        defer { get.remove() }
        #expect(get.errors() == [
            "spec/widget.yaml:29:13: error: operation 'create' is a v2 GET, which the generator cannot send: "
                + "its v2 operations must be POST"
        ])
    }

    @Test func aReadOnlyFieldThatIsRequiredAndSetIsOneProblem() throws {
        #expect(try errors(replacing: "mutability: updatable", with: "mutability: read_only") == [
            "spec/widget.yaml:15:17: error: field 'name' is read_only, but it is required and operation 'create' sets it; "
                + "make it create_only or updatable, or take those out"
        ])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let project = try TestProject()
        defer { project.remove() }
        var lines = try project.read("spec/billing_meter.yaml").components(separatedBy: "\n")
        let index = try #require(lines.indices.first { $0 > 60 && lines[$0].contains("description: ") })
        let column = try #require(lines[index].range(of: "description: ")).upperBound.utf16Offset(in: lines[index]) + 1
        lines[index] = String(lines[index][..<lines[index].range(of: "description: ")!.upperBound]) + "\"Left open"
        try project.write(lines.joined(separator: "\n"), to: "spec/billing_meter.yaml")
        let errors = project.errors()
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("spec/billing_meter.yaml:\(index + 1):\(column): error: invalid YAML: the quoted string "
            + "opened here runs on to line") == true, "\(errors)")
    }

    @Test func aWrongListOperationIsReportedOnceThoughTwoThingsReadIt() throws {
        let project = try TestProject()
        defer { project.remove() }
        let meter = try project.read("spec/billing_meter.yaml")
        try project.write(meter.replacingOccurrences(of: "  list: list\n", with: "  list: retrieve\n"), to: "spec/billing_meter.yaml")
        let errors = project.errors()
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("error: 'terraform.list' needs an operation of kind list; 'retrieve' is retrieve") == true)
    }

    @Test func aBooleanSaysWhichBooleansAreRead() throws {
        #expect(try errors(replacing: "    required: true\n    mutability: updatable", with: "    required: maybe\n    mutability: updatable") == [
            "spec/widget.yaml:14:15: error: expected 'required' of field 'name' to be a boolean, found 'maybe'; write true "
                + "or false (YAML 1.1's yes, no, on and off are read as booleans too)"
        ])
        #expect(try errors(replacing: "    required: true\n    mutability: updatable", with: "    required: yes\n    mutability: updatable") == [])
    }

    @Test func typeSpecificKeys() throws {
        #expect(try errors(replacing: "    type: enum\n", with: "    type: list\n") == [
            "spec/widget.yaml:19:11: error: field 'size' is a list but has no 'items'",
            "spec/widget.yaml:23:7: error: field 'size' is a list: 'values' applies to enum only",
        ])
        #expect(try errors(replacing: "    type: enum\n", with: "    type: map\n    items:\n      type: timestamp\n      description: When.\n") == [
            "spec/widget.yaml:20:5: error: field 'size' is a map of timestamps, which the generated coding does not support",
            "spec/widget.yaml:26:7: error: field 'size' is a map: 'values' applies to enum only",
        ])
    }

    @Test func reservedSwiftTypeName() throws {
        #expect(try errors(replacing: "  size:\n", with: "  type:\n").contains(
            "spec/widget.yaml:18:3: error: field 'type' would make a Swift type named 'Type', which is reserved; "
                + "give it another with 'swift_type_name'"))
    }

    @Test func invalidYAML() throws {
        #expect(try errors(replacing: "title: Widget", with: "title: [Widget") == [
            "spec/widget.yaml:3:8: error: invalid YAML: a flow sequence opened here is not closed: "
                + "did not find expected ',' or ']' at 4:9"
        ])
    }

    @Test func everyErrorOfARunIsReportedAcrossFiles() throws {
        let broken = SampleSpec.widget
            .replacingOccurrences(of: "    type: string\n    mutability: read_only", with: "    type: strng\n    mutability: read_only")
            .replacingOccurrences(of: "max_length: 100", with: "max_length: 0")
        let other = SampleSpec.widget
            .replacingOccurrences(of: "test.widget", with: "test.gadget")
            .replacingOccurrences(of: "2026-09-30.endive", with: "2026-08-26.dahlia")
            .replacingOccurrences(of: "/v1/widgets", with: "/v1/gadgets")
        let project = try TestProject(specFiles: ["a.yaml": broken, "b.yaml": other])
        defer { project.remove() }
        #expect(project.errors() == [
            "spec/a.yaml:8:11: error: unknown type 'strng'; did you mean 'string'?",
            "spec/a.yaml:35:21: error: parameter 'name' has 'max_length' 0; it must be at least 1",
            "spec/b.yaml:1:14: error: api_version '2026-08-26.dahlia' differs from '2026-09-30.endive' at spec/a.yaml:1:14",
        ])
    }

    /// An operation added to the sample, for the checks of parameters across an operation.
    private func errors(addingOperation operation: String) throws -> [String] {
        try errors(replacing: "      size: {}\n", with: "      size: {}\n" + operation)
    }

    private static let listWithWindow = """
          list:
            kind: list
            method: GET
            path: /v1/widgets
            summary: List widgets
            description: Lists widgets.
            returns: test.widget
            params:
              from:
                type: timestamp
                description: The start.
              to:
                type: timestamp
                description: The end.

        """

    @Test func orderedParametersMustNameAnotherTimestamp() throws {
        #expect(try errors(addingOperation: Self.listWithWindow + "        after: frm\n") == [
            "spec/widget.yaml:51:16: error: parameter 'to' is 'after' 'frm', which is no other parameter of the "
                + "operation; did you mean 'from'?"
        ])
        let afterName = Self.listWithWindow + "        after: name\n" + "      name: {}\n"
        #expect(try errors(addingOperation: afterName) == [
            "spec/widget.yaml:51:16: error: parameter 'to' and 'name' must both be timestamps to be ordered"
        ])
        #expect(try errors(addingOperation: Self.listWithWindow + "        after: from\n") == [])
    }

    @Test func pathParametersAreStrings() throws {
        let retrieve = """
              retrieve:
                kind: retrieve
                method: GET
                path: /v1/widgets/{size}
                summary: Retrieve a widget
                description: Retrieves a widget.
                returns: test.widget
                params:
                  size: {}

            """
        #expect(try errors(addingOperation: retrieve) == [
            "spec/widget.yaml:45:7: error: parameter 'size' is in the path, so it must be a string"
        ])
    }
}
