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

    @Test func stringField() throws {
        let swift = try model(
            """
              name:
                type: string
                max_length: 100
                mutability: updatable
                description: The widget's name.
            """)
        #expect(swift.contains("""
                /// The widget's name.
                public var name: String

            """))
        #expect(swift.contains(#"name: values["name"]"#))
    }

    @Test func nullableTimestampField() throws {
        let swift = try model(
            """
              retired_at:
                type: timestamp
                nullable: true
                mutability: read_only
                description: When the widget was retired.
            """)
        #expect(swift.contains("""
                /// When the widget was retired.
                public var retiredAt: Date?

            """))
        #expect(swift.contains(#"retiredAt: values["retired_at"]"#))
        #expect(swift.contains(#"""
                /// Stripe's name for each field, in the order they are encoded.
                @_optimize(none)
                public static var fields: [ModelField<Self>] {
                    [
                        ModelField("id", \.id),
                        ModelField("retired_at", \.retiredAt),
                    ]
                }
            """#))
    }

    /// `init(from:)` passes each decoded field to the memberwise initializer; an argument too long
    /// for one line breaks after the bracket, as swift-format breaks it.
    @Test func longFieldArgumentBreaksAfterTheBracket() throws {
        let swift = try model(
            """
              seconds_between_the_first_and_the_last_delivery_to_the_customer:
                type: integer
                mutability: read_only
                description: A long name.
            """)
        #expect(swift.contains(#"""
                public init(from decoder: any Decoder) throws {
                    let values = try DecodedFields<Self>(from: decoder)
                    self.init(
                        id: values["id"],
                        secondsBetweenTheFirstAndTheLastDeliveryToTheCustomer: values[
                            "seconds_between_the_first_and_the_last_delivery_to_the_customer"]
                    )
                }
            """#))
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
        #expect(swift.contains("public var size: Size"))
        #expect(swift.contains("""
                    /// A small widget.
                    case small
            """))
        #expect(swift.contains("case unknown(String)"))
        #expect(swift.contains("public static let knownCases: [Self] = [.small, .large]"))
        #expect(swift.contains("""
                    public var rawValue: String {
                        switch self {
                        case .small: "small"
                        case .large: "large"
                        case .unknown(let value): value
                        }
                    }
            """))
    }

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
        #expect(swift.contains("public var dimensions: Dimensions"))
        #expect(swift.contains("""
                    /// Its width in millimetres.
                    public var widthMm: Int
            """))
    }

    @Test func listOfStringsField() throws {
        let swift = try model(
            """
              tags:
                type: list
                mutability: read_only
                description: The widget's tags.
                items:
                  type: string
            """)
        #expect(swift.contains("public var tags: [String]"))
    }

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
        #expect(requests.contains("""
                    public init(
                        name: String,
                        note: String? = nil
                    ) {
            """))
        #expect(requests.contains(#"""
                    /// Stripe's name and rules for each parameter, in the order they are sent.
                    @_optimize(none)
                    public static var fields: [ParamField<Self>] {
                        [
                            ParamField("name", \.name, required: true, maxLength: 100),
                            ParamField("note", \.note),
                        ]
                    }

                    public init(from decoder: any Decoder) throws {
                        let values = try DecodedFields<Self>(from: decoder)
                        self.init(
                            name: values["name"],
                            note: values["note"]
                        )
                    }
            """#))
        #expect(requests.contains("""
                ) throws(StripeValidationError) -> StripeRequest {
                    try StripeRequest(.post, "/v1/widgets", params: params)
                }
            }
            """))
        let service = try #require(files["StripeBilling/TestWidgetService.swift"])
        #expect(service.contains("public func create("))
    }

    @Test func mapIntegerAndBooleanFields() throws {
        let swift = try model(
            """
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
        #expect(swift.contains("""
                    labels: [String: String],
                    count: Int,
                    active: Bool
                ) {
            """))
        #expect(swift.contains(#"ModelField("labels", \.labels),"#))
        #expect(swift.contains(#"count: values["count"],"#))
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
        #expect(requests.contains("public struct ListParams: PaginationParams {"))
        #expect(requests.contains(#"ParamField("limit", \.limit, minimum: 1, maximum: 100),"#))
        #expect(requests.contains(#"try StripeRequest(.get, "/v1/widgets", params: params)"#))
        let service = try #require(files["StripeBilling/TestWidgetService.swift"])
        #expect(service.contains("""
                public func list(
                    params: TestWidget.ListParams = .init(),
                    options: RequestOptions = .init()
                ) async throws -> StripeList<TestWidget> {
            """))
        #expect(service.contains("""
                ) -> StripeListSequence<TestWidget.ListParams, TestWidget> {
                    StripeListSequence(params: params) { page in
                        try await list(params: page, options: options)
                    }
                }
            """))
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
        #expect(try retrieveParams(expandLimit: 5000).contains("""
                /// Retrieves a widget.
                public typealias RetrieveParams = StripeRuntime.ExpandParams
            """))
        let custom = try retrieveParams(expandLimit: 100)
        #expect(custom.contains("public struct RetrieveParams: RequestParams {"))
        #expect(custom.contains(#"ParamField("expand", \.expand, maxLength: 100)"#))
    }

    /// A nested object that a create request sends as the object has it is the object's own type,
    /// its request limits in the enclosing `fields`; one with an optional field keeps a parameters
    /// type of its own.
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
        #expect(reused.contains("""
                    /// The widget's size.
                    public typealias Dimensions = TestWidget.Dimensions
            """))
        #expect(reused.contains(#"""
                            ParamField(
                                "dimensions", \.dimensions,
                                fields: [
                                    "label": FieldRules(required: true, maxLength: 100),
                                    "note": FieldRules(required: true),
                                ])
            """#))
        let own = try createParams(noteRequired: false)
        #expect(own.contains("public struct Dimensions: RequestParams {"))
        #expect(own.contains(#"ParamField("label", \.label, required: true, maxLength: 100),"#))
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
        let schema = try #require(files["StripeBilling/TerraformProviderSchemas+Stripe.swift"])
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
    @Test func terraformPlanListsReplacingAttributesOneToALineAndALoneOneInline() throws {
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
        let plan = try #require(files["StripeBilling/TestWidget+TerraformPlan.swift"])
        #expect(plan.contains("""
                    let forcedBy = desired.changedFields(
                        since: prior,
                        among: [
                            "kind",
                            "color",
                        ],
                        keepingUnset: ["color"])
                    guard forcedBy.isEmpty else { return .replace(forcedBy: forcedBy) }
                    var update = UpdateParams()
                    if desired.name != prior.name {
                        update.name = desired.name
                    }
            """))
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
