import Foundation
import Mustache
import Testing

@testable import StripeCodegen

/// The generator's Mustache renderer: the spec's whitespace rules, sections, conditions and
/// partials, its strictness, and agreement with swift-mustache on every output of the real spec.
struct TemplateRendererTests {
    /// Renders `templates["main"]` with `context`; the errors, if it fails.
    private enum Rendered: Equatable {
        case success(String)
        case failure([String])
    }

    private func render(_ templates: [String: String], _ context: some TemplateValueConvertible) -> Rendered {
        let log = DiagnosticLog()
        let set = TemplateSet(
            sources: Dictionary(
                uniqueKeysWithValues: templates.map { name, text in
                    (name, TemplateSet.TemplateSource(displayPath: "\(name).mustache", text: text))
                }),
            log: log)
        if !log.isEmpty { return .failure(log.diagnostics.map(\.description)) }
        guard let output = TemplateRenderer(templates: set).render("main", context: context, log: log) else {
            return .failure(log.diagnostics.map(\.description))
        }
        return .success(output)
    }

    private struct Item: TemplateValueConvertible {
        var name: String
        var note: String?

        var templateValue: TemplateValue {
            .object(["name": name.templateValue, "note": note.templateValue])
        }
    }

    private struct Context: TemplateValueConvertible {
        var title = "Meters"
        var items = [Item(name: "a", note: "first"), Item(name: "b", note: nil), Item(name: "c", note: "x")]
        var none: [Item] = []
        var flag = true

        var templateValue: TemplateValue {
            .object([
                "title": title.templateValue, "items": items.templateValue, "none": none.templateValue,
                "flag": flag.templateValue,
            ])
        }
    }

    @Test func standaloneTagLinesLeaveNoTrace() {
        let template = """
            {{%CONTENT_TYPE:TEXT}}
            {{! a comment }}
            {{title}}:
              {{#items}}
              - {{name}}{{#note}} ({{.}}){{/note}}
              {{/items}}
            {{^none}}
            none is empty
            {{/none}}
            end
            """
        #expect(render(["main": template], Context()) == .success("Meters:\n  - a (first)\n  - b\n  - c (x)\nnone is empty\nend"))
    }

    private struct LazyContext: TemplateValueConvertible {
        var items: LazyContextList<Item>
        var none = LazyContextList(count: 0) { _ in Item(name: "never") }

        var templateValue: TemplateValue {
            .object(["items": items.templateValue, "none": none.templateValue])
        }
    }

    @Test func lazyListsRenderLikeLists() {
        let template = "[{{#items}}{{^first()}}, {{/first()}}{{name}}{{#last()}}.{{/last()}}{{/items}}]"
            + "{{#empty(none)}} none{{/empty(none)}}{{^none}} empty{{/none}}"
        let context = LazyContext(items: LazyContextList(count: 3) { Item(name: ["a", "b", "c"][$0]) })
        #expect(render(["main": template], context) == .success("[a, b, c.] none empty"))
        #expect(render(["main": "{{items}}"], context) == .failure([
            "main.mustache:1:1: error: 'items' is a list; print its elements in a section: {{#items}}{{.}}{{/items}}"
        ]))
    }

    @Test func conditionsPlaceSeparators() {
        let template = "[{{#items}}{{^first()}}, {{/first()}}{{name}}{{#last()}}.{{/last()}}{{/items}}]"
            + "{{#empty(none)}} none{{/empty(none)}}{{^empty(items)}} some{{/empty(items)}}"
        #expect(render(["main": template], Context()) == .success("[a, b, c.] none some"))
    }

    @Test func indentedPartialIndentsEachLineItPrints() {
        let templates = [
            "main": "struct S {\n    {{>member}}\n}\n",
            "member": "{{#items}}\nlet {{name}} = 1\n\n{{/items}}",
        ]
        #expect(render(templates, Context()) == .success("struct S {\n    let a = 1\n\n    let b = 1\n\n    let c = 1\n\n}\n"))
    }

    private struct Documented: TemplateValueConvertible {
        var documentation: String
        var call: String

        var templateValue: TemplateValue {
            .object(["documentation": documentation.templateValue, "call": call.templateValue])
        }
    }

    /// `docComment()` and `statement()` end their lines by column 100 wherever the tag stands,
    /// counting the indentation of the partials it is in, and repeat the line's indentation; a doc
    /// comment without text leaves no line.
    @Test func layoutFunctionsWrapAtTheColumnOfTheTag() {
        let words = Array(repeating: "word", count: 24).joined(separator: " ")
        let call = "validator.checkLength(customerMapping?.eventPayloadKey, max: 100, at: key[\"customer_mapping\"])"
        let templates = [
            "main": "struct S {\n    {{>member}}\n}\n",
            "member": "{{docComment(documentation)}}\nfunc f() {\n    {{statement(call)}}\n}\n",
        ]
        #expect(
            render(templates, Documented(documentation: words + "\n\nMore.", call: call)) == .success(
                """
                struct S {
                    /// word word word word word word word word word word word word word word word word word word
                    /// word word word word word word
                    ///
                    /// More.
                    func f() {
                        validator.checkLength(
                            customerMapping?.eventPayloadKey, max: 100, at: key["customer_mapping"])
                    }
                }

                """))
        #expect(
            render(templates, Documented(documentation: "", call: "f()"))
                == .success("struct S {\n    func f() {\n        f()\n    }\n}\n"))
        #expect(
            render(["main": "let x = {{docComment(documentation)}}"], Documented(documentation: "x", call: ""))
                == .failure(["main.mustache:1:9: error: 'docComment(documentation)' must stand alone on its line, after spaces"]))
    }

    @Test func namesAreLookedUpFromTheInnermostSectionOutwards() {
        let template = "{{#items}}{{title}}/{{name}} {{/items}}"
        #expect(render(["main": template], Context()) == .success("Meters/a Meters/b Meters/c "))
    }

    @Test(arguments: [
        ("{{#items}}{{nmae}}{{/items}}", "main.mustache:1:11: error: no value named 'nmae' in the context here; see gen --dump-context for the values there are"),
        ("{{items}}", "main.mustache:1:1: error: 'items' is a list; print its elements in a section: {{#items}}{{.}}{{/items}}"),
        ("{{#first()}}x{{/first()}}", "main.mustache:1:1: error: 'first()' is used outside a section over a list"),
        ("{{#empty(title)}}{{/empty(title)}}", "main.mustache:1:1: error: 'title' is not a list; empty() tests lists"),
        ("{{last()}}", "main.mustache:1:1: error: 'last()' is a condition; use it as a section: {{#last()}}…{{/last()}}"),
        ("{{#items}}\n{{/itmes}}", "main.mustache:2:1: error: '{{/itmes}}' does not close '{{#items}}', opened at 1:1"),
        ("a\n  {{#items}}", "main.mustache:2:3: error: the section '{{#items}}' is never closed"),
        ("{{/items}}", "main.mustache:1:1: error: '{{/items}}' closes no open section"),
        ("{{%CONTENT_TYPE:HTML}}", "main.mustache:1:1: error: unknown pragma 'CONTENT_TYPE:HTML': output is printed as it is, never escaped, so the only pragma accepted is CONTENT_TYPE:TEXT"),
        ("{{#index()}}{{/index()}}", "main.mustache:1:1: error: unknown function 'index()'; sections can test first(), last() and empty(name), "
                + "docComment(name) prints a doc comment and statement(name) a statement"),
        ("x {{title\n}}", "main.mustache:1:3: error: the tag is not closed with '}}' on its line"),
        ("{{=<% %>=}}", "main.mustache:1:1: error: the '=' tag is not supported: the generator checks templates that use variables, sections and partials only"),
        ("{{>mainn}}", "main.mustache:1:1: error: no template named 'mainn' for this partial; did you mean 'main'?"),
    ])
    func mistakesAreLocated(template: String, error: String) {
        #expect(render(["main": template], Context()) == .failure([error]))
    }

    @Test func aPartialThatIncludesItselfWithoutEndFails() {
        let result = render(["main": "{{>main}}"], Context())
        #expect(result == .failure([
            "main.mustache:1:1: error: partials nest more than 100 deep here; does 'main' include itself without a section that ends it?"
        ]))
    }

    /// Every file of the real spec, rendered by swift-mustache with the same templates and
    /// contexts, prints the same text in the same order, but for layout: inside an indented
    /// partial, swift-mustache 2.1.1 indents only the first line that each pass of a section
    /// prints, where the Mustache spec indents every line (`indentedPartialIndentsEachLineItPrints`
    /// holds the renderer to the spec), and it has no `docComment()` or `statement()`, which
    /// `layoutFunctionsWrapAtTheColumnOfTheTag` tests.
    @Test func agreesWithSwiftMustacheOnEveryOutput() throws {
        let paths = RepositorySpec.generator.paths
        let model = try RepositorySpec.model()
        let log = DiagnosticLog()
        let templates = TemplateSet(
            defaults: paths.templates, displayDefaults: "Templates", overrides: nil, displayOverrides: nil, log: log)
        var library = MustacheLibrary()
        for file in try FileManager.default.subpathsOfDirectory(atPath: paths.templates.path) where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: paths.templates.appendingPathComponent(file), encoding: .utf8)
            try library.register(Self.withoutLayout(text), named: String(file.dropLast(".mustache".count)))
        }
        let jobs = OutputKinds.jobs(for: model).compactMap { job in
            if case .template(let template, let context) = job.source { (job.path, template, context()) } else { nil }
        }
        #expect(jobs.count > 20)
        for (path, template, context) in jobs {
            let ours = TemplateRenderer(templates: templates).render(template, context: context, log: log)
            let reference = library.render(context.templateValue.swiftMustacheValue, withTemplate: template)
            #expect(ours != nil && ours.map(Self.unlaidOut) == reference.map(Self.unlaidOut), "\(path)")
        }
        #expect(log.isEmpty)
    }

    /// `template` with the layout functions that swift-mustache lacks, `docComment(name)` and
    /// `statement(name)`, printing their text as it is.
    private static func withoutLayout(_ template: String) -> String {
        template.replacing(/\{\{(docComment|statement)\(([^)]+)\)\}\}/) { "{{\($0.2)}}" }
    }

    /// `text` without what only our renderer lays out: indentation, line breaks, and doc comments'
    /// `///`, so that what is printed, and in which order, is compared.
    private static func unlaidOut(_ text: String) -> String {
        text.replacing("///", with: "").filter { !$0.isWhitespace }
    }
}

extension TemplateValue {
    /// The value as swift-mustache reads a context.
    fileprivate var swiftMustacheValue: Any {
        switch self {
        case .text(let text): text
        case .bool(let bool): bool
        case .null: SwiftMustacheNull()
        case .list(let elements): elements.map(\.swiftMustacheValue)
        case .lazyList(let count, let element): (0..<count).map { element($0).swiftMustacheValue }
        case .object(let members): members.mapValues(\.swiftMustacheValue)
        }
    }
}

/// swift-mustache's null: found, prints nothing, false in sections.
private struct SwiftMustacheNull: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
