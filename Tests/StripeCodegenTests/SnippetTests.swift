import Foundation
import Testing

@testable import StripeCodegen

/// Snippet tests in the style of swift-openapi-generator's: a few lines of spec in, the exact
/// Swift out, with no spec or output files: one kind of field or operation per test.
struct SnippetTests {
    /// The files made from one spec file's text, with the repository's templates, by path.
    private func generated(_ yaml: String) throws -> [String: String] {
        let log = DiagnosticLog()
        let file = SpecLoader.parse(Array(yaml.utf8), path: "spec/widget.yaml", fileName: "widget.yaml", log: log)
        let model = SpecChecker(log: log).check(file.map { [$0] } ?? [], isComplete: true)
        try log.throwIfAny()
        let plan = try RepositorySpec.generator.plan(for: try #require(model))
        return Dictionary(uniqueKeysWithValues: plan.files.map { ($0.path, $0.contents) })
    }

    /// A widget object with `fields` (YAML indented under `fields:`) and `operations`.
    private func widget(fields: String, operations: String = "") -> String {
        """
        api_version: 2026-09-30.endive
        object: test.widget
        title: Widget
        docs_url: https://docs.stripe.com/api/widgets
        description: A widget.
        fields:
          id:
            type: string
            mutability: read_only
            description: Unique identifier for the object.
        \(fields)
        \(operations)
        """
    }

    /// A widget's `operations:`: `create`, `POST /v1/widgets` with `createParams` (YAML indented
    /// six spaces, under `params:`), then `others` (YAML indented as `create:` is, or top-level
    /// keys).
    private func operations(createParams: String, then others: String = "") -> String {
        """
        operations:
        \(operation("create", kind: "create", "POST /v1/widgets", "Create a widget", "Creates a widget.", params: createParams))
        \(others)
        """
    }

    /// One entry of a widget's `operations:`, indented two spaces: `name`, sent as `endpoint`
    /// (`GET /v1/widgets/{id}`), returning a widget, with `params` (YAML indented six spaces).
    private func operation(
        _ name: String, kind: String, _ endpoint: String, _ summary: String, _ description: String, params: String
    ) -> String {
        let (method, path) = (endpoint.prefix { $0 != " " }, endpoint.drop { $0 != " " }.dropFirst())
        return """
              \(name):
                kind: \(kind)
                method: \(method)
                path: \(path)
                summary: \(summary)
                description: \(description)
                returns: test.widget
                params:
            \(params)
            """
    }

    private func model(_ fields: String) throws -> String {
        try #require(try generated(widget(fields: fields))["StripeBilling/TestWidget.swift"])
    }

    /// The declaration in `source` whose first line, indentation aside, starts with `start`: its
    /// doc comment and attributes, then every line through its closing brace, without the
    /// indentation it has in the file. Snippet tests compare whole declarations.
    private func declaration(_ start: String, in source: String) throws -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.drop { $0 == " " }.hasPrefix(start) }, "no \(start)")
        let indent = String(lines[index].prefix { $0 == " " })
        var first = index
        while first > 0, ["///", "@"].contains(where: { lines[first - 1].dropFirst(indent.count).hasPrefix($0) }) {
            first -= 1
        }
        var last = index
        if lines[index].hasSuffix("{") || lines[index].hasSuffix("(") {
            last = try #require(lines[index...].firstIndex { $0 == indent + "}" }, "\(start) is not closed")
        }
        return lines[first...last].map { $0.dropFirst(indent.count) }.joined(separator: "\n")
    }

    @Test func stringField() throws {
        let swift = try model(
            """
              name:
                type: string
                max_length: 100
                mutability: updatable
                description: The widget's name.
            """)
        #expect(
            try declaration("public struct TestWidget", in: swift) == """
                /// A widget.
                ///
                /// Stripe object `test.widget` of API version `2026-09-30.endive`; API reference:
                /// <https://docs.stripe.com/api/widgets>.
                public struct TestWidget: Codable, Hashable, Sendable, Identifiable {
                    /// Unique identifier for the object.
                    public var id: String

                    /// The widget's name.
                    public var name: String

                    /// Creates a value from all of its fields.
                    public init(
                        id: String,
                        name: String
                    ) {
                        self.id = id
                        self.name = name
                    }

                    private enum CodingKeys: String, CodingKey {
                        case id
                        case name
                    }
                }
                """)
    }

    /// A time is a `Date` coded as Unix seconds by its property wrapper; a nullable field makes the
    /// type encode itself, so that `nil` is sent back as `null`.
    @Test func nullableTimestampField() throws {
        let swift = try model(
            """
              retired_at:
                type: timestamp
                nullable: true
                mutability: read_only
                description: When the widget was retired.
            """)
        #expect(
            try declaration("public struct TestWidget", in: swift) == """
                /// A widget.
                ///
                /// Stripe object `test.widget` of API version `2026-09-30.endive`; API reference:
                /// <https://docs.stripe.com/api/widgets>.
                public struct TestWidget: Codable, Hashable, Sendable, Identifiable {
                    /// Unique identifier for the object.
                    public var id: String

                    /// When the widget was retired.
                    @OptionalUnixTimestamp
                    public var retiredAt: Date?

                    /// Creates a value; the optional fields left out are `nil`.
                    public init(
                        id: String,
                        retiredAt: Date? = nil
                    ) {
                        self.id = id
                        self.retiredAt = retiredAt
                    }

                    private enum CodingKeys: String, CodingKey {
                        case id
                        case retiredAt = "retired_at"
                    }

                    /// Encodes `nil` as `null`, as Stripe sends it, where the compiler's encoding would leave the
                    /// key out.
                    public func encode(to encoder: any Encoder) throws {
                        var container = encoder.container(keyedBy: CodingKeys.self)
                        try container.encode(id, forKey: .id)
                        try container.encode(_retiredAt, forKey: .retiredAt)
                    }
                }
                """)
    }

    @Test func enumFieldIsForwardCompatible() throws {
        let swift = try model(
            """
              size:
                type: enum
                mutability: updatable
                description: How big the widget is.
                values:
                  small: A small widget.
                  large: A large widget.
            """)
        #expect(swift.contains("public var size: Size\n"))
        #expect(
            try declaration("public enum Size", in: swift) == """
                /// The values of `size`.
                public enum Size: StripeEnum, FormEncodable {
                    /// A small widget.
                    case small
                    /// A large widget.
                    case large
                    /// A value this version of the library does not know; it keeps the raw string.
                    case unknown(String)

                    public static let knownCases: [Self] = [.small, .large]

                    public var rawValue: String {
                        switch self {
                        case .small: "small"
                        case .large: "large"
                        case .unknown(let value): value
                        }
                    }
                }
                """)
    }

    /// A nested object is a struct of its own, which requests can send as form fields.
    @Test func nestedObjectField() throws {
        let swift = try model(
            """
              dimensions:
                type: object
                mutability: read_only
                description: The widget's size.
                fields:
                  width_mm:
                    type: integer
                    description: Its width in millimetres.
            """)
        #expect(swift.contains("public var dimensions: Dimensions\n"))
        #expect(
            try declaration("public struct Dimensions", in: swift) == """
                /// The widget's size.
                public struct Dimensions: Codable, Hashable, Sendable, FormEncodable {
                    /// Its width in millimetres.
                    public var widthMm: Int

                    /// Creates a value from all of its fields.
                    public init(
                        widthMm: Int
                    ) {
                        self.widthMm = widthMm
                    }

                    private enum CodingKeys: String, CodingKey {
                        case widthMm = "width_mm"
                    }

                    package func encode(to form: inout FormEncoder, at key: FormKey) {
                        form.encode(widthMm, at: key["width_mm"])
                    }
                }
                """)
    }

    @Test func listMapIntegerAndBooleanFields() throws {
        let swift = try model(
            """
              tags:
                type: list
                mutability: read_only
                description: The widget's tags.
                items:
                  type: string
              labels:
                type: map
                mutability: updatable
                description: The widget's labels.
                items:
                  type: string
                  max_length: 100
              count:
                type: integer
                mutability: read_only
                description: How many there are.
              active:
                type: boolean
                mutability: read_only
                description: Whether the widget is active.
            """)
        #expect(
            try declaration("public init(", in: swift) == """
                /// Creates a value from all of its fields.
                public init(
                    id: String,
                    tags: [String],
                    labels: [String: String],
                    count: Int,
                    active: Bool
                ) {
                    self.id = id
                    self.tags = tags
                    self.labels = labels
                    self.count = count
                    self.active = active
                }
                """)
    }

    /// A required parameter with a `max_length` is checked for both; an optional one is left out
    /// of the initializer's required arguments.
    @Test func createOperationWithARequiredAndAnOptionalParameter() throws {
        let files = try generated(
            widget(
                fields: """
                      name:
                        type: string
                        mutability: updatable
                        description: The widget's name.
                    """,
                operations: operations(
                    createParams: """
                              name:
                                type: string
                                required: true
                                max_length: 100
                                description: The widget's name.
                              note:
                                type: string
                                description: A note.
                        """)))
        let requests = try #require(files["StripeBilling/TestWidget+Requests.swift"])
        #expect(
            try declaration("public struct CreateParams", in: requests) == """
                /// The parameters of `create`, to create a widget: `POST /v1/widgets`.
                ///
                /// Creates a widget.
                public struct CreateParams: RequestParams {
                    /// The widget's name. At most 100 characters.
                    public var name: String

                    /// A note.
                    public var note: String?

                    /// Creates the parameters; those left `nil` are not sent.
                    public init(
                        name: String,
                        note: String? = nil
                    ) {
                        self.name = name
                        self.note = note
                    }

                    private enum CodingKeys: String, CodingKey {
                        case name
                        case note
                    }

                    package func encode(to form: inout FormEncoder, at key: FormKey) {
                        form.encode(name, at: key["name"])
                        form.encode(note, at: key["note"])
                    }

                    package func validate(into validator: inout RequestValidator, at key: FormKey) {
                        validator.checkNotEmpty(name, at: key["name"])
                        validator.checkLength(name, max: 100, at: key["name"])
                    }
                }
                """)
        #expect(
            try declaration("public static func createRequest(", in: requests) == """
                /// The request to create a widget: `POST /v1/widgets`.
                ///
                /// Creates a widget.
                ///
                /// - Throws: `StripeValidationError` listing every parameter that breaks Stripe's rules.
                public static func createRequest(
                    params: CreateParams
                ) throws(StripeValidationError) -> StripeRequest {
                    try StripeRequest(.post, "/v1/widgets", params: params)
                }
                """)
        let service = try #require(files["StripeBilling/TestWidgetService.swift"])
        #expect(service.contains("public func create("))
    }

    /// A list that pages with cursors gets a parameters type that is `PaginationParams` and a
    /// companion method that walks every page.
    @Test func listOperationPagesWithCursors() throws {
        let files = try generated(
            widget(
                fields: "",
                operations: "operations:\n"
                    + operation(
                        "list", kind: "list", "GET /v1/widgets", "List widgets", "Lists widgets.",
                        params: """
                          limit:
                            type: integer
                            minimum: 1
                            maximum: 100
                            description: How many to return.
                          starting_after:
                            type: string
                            max_length: 5000
                            description: A cursor.
                          ending_before:
                            type: string
                            max_length: 5000
                            description: A cursor.
                    """)))
        let requests = try #require(files["StripeBilling/TestWidget+Requests.swift"])
        #expect(
            try declaration("package func validate(", in: requests) == """
                package func validate(into validator: inout RequestValidator, at key: FormKey) {
                    validator.checkRange(limit, min: 1, max: 100, at: key["limit"])
                    validator.checkLength(startingAfter, max: 5000, at: key["starting_after"])
                    validator.checkLength(endingBefore, max: 5000, at: key["ending_before"])
                }
                """)
        #expect(requests.contains("public struct ListParams: RequestParams, PaginationParams {"))
        let service = try #require(files["StripeBilling/TestWidgetService.swift"])
        #expect(
            try declaration("public func listAutoPaging(", in: service) == """
                /// Every object of `list`, fetched a page at a time as the sequence is iterated: list widgets,
                /// `GET /v1/widgets`. It walks forwards from `params.startingAfter`, or backwards when only
                /// `params.endingBefore` is set.
                public func listAutoPaging(
                    params: TestWidget.ListParams = .init(),
                    options: RequestOptions = .init()
                ) -> StripeListSequence<TestWidget.ListParams, TestWidget> {
                    StripeListSequence(params: params) { page in
                        try await list(params: page, options: options)
                    }
                }
                """)
    }

    /// An operation that takes only Stripe's usual `expand` names the runtime's `ExpandParams`;
    /// one whose `expand` has other limits declares its own parameters.
    @Test func expandOnlyOperationsShareTheRuntimeParameters() throws {
        func retrieveParams(expandLimit: Int) throws -> String {
            let files = try generated(
                widget(
                    fields: "",
                    operations: "operations:\n"
                        + operation(
                            "retrieve", kind: "retrieve", "GET /v1/widgets/{id}", "Retrieve a widget",
                            "Retrieves a widget.",
                            params: """
                                  id: {}
                                  expand:
                                    type: list
                                    description: Specifies which fields in the response should be expanded.
                                    items:
                                      type: string
                                      max_length: \(expandLimit)
                            """)))
            return try #require(files["StripeBilling/TestWidget+Requests.swift"])
        }
        #expect(
            try declaration("public typealias RetrieveParams", in: retrieveParams(expandLimit: 5000)) == """
                /// The parameters of `retrieve`, to retrieve a widget: `GET /v1/widgets/{id}`.
                ///
                /// Retrieves a widget.
                public typealias RetrieveParams = StripeRuntime.ExpandParams
                """)
        let custom = try retrieveParams(expandLimit: 100)
        #expect(
            try declaration("package func validate(", in: custom) == """
                package func validate(into validator: inout RequestValidator, at key: FormKey) {
                    validator.checkLengths(expand, max: 100, at: key["expand"])
                }
                """)
    }

    /// A nested object that a create request sends as the object has it is the object's own type,
    /// its request limits checked by the enclosing parameters; one with an optional field keeps a
    /// parameters type of its own.
    @Test func nestedObjectParametersReuseTheObjectsType() throws {
        func createParams(noteRequired: Bool) throws -> String {
            let files = try generated(
                widget(
                    fields: """
                          dimensions:
                            type: object
                            mutability: create_only
                            description: The widget's size.
                            fields:
                              label:
                                type: string
                                required: true
                                max_length: 5000
                                description: What the size is called.
                              note:
                                type: string
                                required: \(noteRequired)
                                nullable: \(!noteRequired)
                                description: A note.
                        """,
                    operations: operations(
                        createParams: """
                                  dimensions:
                                    fields:
                                      label:
                                        max_length: 100
                            """)))
            return try #require(files["StripeBilling/TestWidget+Requests.swift"])
        }
        let reused = try createParams(noteRequired: true)
        #expect(
            try declaration("public typealias Dimensions", in: reused) == """
                /// The widget's size.
                public typealias Dimensions = TestWidget.Dimensions
                """)
        #expect(
            try declaration("package func validate(", in: reused) == """
                package func validate(into validator: inout RequestValidator, at key: FormKey) {
                    validator.checkNotEmpty(dimensions?.label, at: key["dimensions"]["label"])
                    validator.checkLength(dimensions?.label, max: 100, at: key["dimensions"]["label"])
                    validator.checkNotEmpty(dimensions?.note, at: key["dimensions"]["note"])
                }
                """)
        let own = try createParams(noteRequired: false)
        #expect(own.contains("public struct Dimensions: RequestParams {"))
        #expect(own.contains("validator.validate(dimensions, at: key[\"dimensions\"])"))
        #expect(own.contains("validator.checkLength(label, max: 100, at: key[\"label\"])"))
    }

    /// A widget with `fields` and a Terraform resource, `test_widget`, created from all of them
    /// (`createParams`, YAML indented under `params:`), whose `name` updates in place.
    private func terraformWidget(fields: String, createParams: String) -> String {
        widget(
            fields: fields,
            operations: operations(
                createParams: createParams,
                then: [
                    operation(
                        "retrieve", kind: "retrieve", "GET /v1/widgets/{id}", "Retrieve a widget", "Retrieves a widget.",
                        params: "      id: {}"),
                    operation(
                        "update", kind: "update", "POST /v1/widgets/{id}", "Update a widget", "Updates a widget.",
                        params: "      id: {}\n      name: {}"),
                    operation(
                        "retire", kind: "action", "POST /v1/widgets/{id}/retire", "Retire a widget", "Retires a widget.",
                        params: "      id: {}"),
                    """
                    terraform:
                      provider: registry.terraform.io/acme/test
                      resource: test_widget
                      import_id: id
                      create: create
                      read: retrieve
                      update: update
                      destroy: retire
                      destroy_note: Destroying this resource retires the widget.
                    """,
                ].joined(separator: "\n")))
    }

    private let nameField = """
          name:
            type: string
            required: true
            mutability: updatable
            description: The widget's name.
        """

    /// The schema's blocks run once, so they are compiled without optimization.
    @Test func terraformSchemaBlocksAreNotOptimized() throws {
        let files = try generated(terraformWidget(fields: nameField, createParams: "          name: {}"))
        let schema = try #require(files["TerraformProviderStripeResources/TerraformProviderSchemas+Stripe.swift"])
        #expect(schema.contains("""
                /// The provider's own configuration.
                @_optimize(none)
                static var providerBlock: TerraformBlock {
            """))
        #expect(schema.contains("""
                /// The `test_widget` resource.
                @_optimize(none)
                static var testWidgetBlock: TerraformBlock {
                    TerraformBlock(
                        attributes: [
            """))
    }

    /// `name` updates in place, `kind` and `color` force a replacement, and `color`, which Stripe
    /// fills in when left out, is kept when unset.
    @Test func terraformPlanReplacesForCreateOnlyAttributesAndUpdatesTheOthers() throws {
        let files = try generated(
            terraformWidget(
                fields: nameField + """

                      kind:
                        type: string
                        required: true
                        mutability: create_only
                        description: The widget's kind.
                      color:
                        type: string
                        mutability: create_only
                        description: The widget's color.
                    """,
                createParams: """
                          name: {}
                          kind: {}
                          color: {}
                    """))
        let resource = try #require(files["TerraformProviderStripeResources/TestWidgetResource.swift"])
        #expect(
            try declaration("static func plan(", in: resource) == """
                /// The plan that takes a widget from its `prior` configuration to the `desired` one. Changes to
                /// `name` update it in place; any other change destroys it and creates a new one; what
                /// `desired` leaves out of the blocks Stripe fills in stays as it is.
                static func plan(
                    prior: TestWidget.CreateParams,
                    desired: TestWidget.CreateParams
                ) -> TerraformPlan<TestWidget.UpdateParams> {
                    var forcedBy: [String] = []
                    if desired.kind != prior.kind {
                        forcedBy.append("kind")
                    }
                    if desired.color != nil, desired.color != prior.color {
                        forcedBy.append("color")
                    }
                    guard forcedBy.isEmpty else { return .replace(forcedBy: forcedBy) }
                    var update = TestWidget.UpdateParams()
                    if desired.name != prior.name {
                        update.name = desired.name
                    }
                    return update == TestWidget.UpdateParams() ? .noChange : .update(update)
                }
                """)
    }

    /// The registry page's example sets the example values as `terraform fmt` lays them out:
    /// attributes aligned on their `=`, a blank line before each block but none at the top of a
    /// block that has no attributes of its own.
    @Test func terraformExampleAlignsAttributesAndSeparatesBlocks() throws {
        let files = try generated(
            terraformWidget(
                fields: nameField + """

                      size:
                        type: object
                        required: true
                        mutability: create_only
                        description: The widget's size.
                        fields:
                          frame:
                            type: object
                            description: The frame.
                            fields:
                              depth_in_mm:
                                type: integer
                                required: true
                                example: 12
                                description: The depth.
                              width:
                                type: integer
                                required: true
                                example: 3
                                description: The width.
                    """,
                createParams: """
                          name: {}
                          size: {}
                    """))
        let page = try #require(files["docs/resources/widget.md"])
        #expect(page.contains("""
            ```hcl
            resource "test_widget" "widget" {
              size {
                frame {
                  depth_in_mm = 12
                  width       = 3
                }
              }
            }
            ```
            """))
    }

    /// The usage example is one partial, rendered into the reference page and into the examples
    /// target that compiles it.
    @Test func createExampleIsTheSameOnThePageAndInTheCompiledExamples() throws {
        let files = try generated(
            widget(
                fields: """
                      name:
                        type: string
                        required: true
                        mutability: create_only
                        example: Blue widget
                        description: The widget's name.
                      size:
                        type: integer
                        mutability: create_only
                        example: 3
                        description: The widget's size.
                    """,
                operations: operations(
                    createParams: """
                              name: {}
                              size: {}
                        """)))
        let function = """
            func createTestWidget(
                client: StripeClient
            ) async throws -> TestWidget {
                try await client.widgets.create(
                    params: .init(
                        name: "Blue widget",
                        size: 3
                    )
                )
            }
            """
        let page = try #require(files["docs/swift/TestWidget.md"])
        #expect(page.contains("```swift\nimport StripeBilling\n\n\(function)\n```\n"))
        let example = try #require(files["StripeBillingExamples/TestWidgetExample.swift"])
        #expect(example.hasSuffix("import StripeBilling\n\n\(function)\n"))
    }
}
