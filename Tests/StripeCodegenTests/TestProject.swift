import Foundation

@testable import StripeCodegen

/// A throwaway project folder: the repository's templates and a spec written by the test.
struct TestProject {
    /// The repository this test file belongs to.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL

    /// A project with `specFiles` (name → YAML) in `spec/`, or the repository's own spec.
    init(specFiles: [String: String]? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gen-test-\(UUID().uuidString)")
        let files = FileManager.default
        try files.createDirectory(at: root, withIntermediateDirectories: true)
        try files.copyItem(
            at: Self.repository.appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates"))
        if let specFiles {
            try files.createDirectory(at: root.appendingPathComponent("spec"), withIntermediateDirectories: true)
            for (name, text) in specFiles {
                try write(text, to: "spec/\(name)")
            }
        } else {
            try files.copyItem(at: Self.repository.appendingPathComponent("spec"), to: root.appendingPathComponent("spec"))
        }
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func generator(templateOverrides: String? = nil) -> Generator {
        Generator(
            paths: GeneratorPaths(root: root, templateOverrides: templateOverrides.map { root.appendingPathComponent($0) }))
    }

    /// The diagnostics of a run that must fail, with paths relative to the project.
    func errors(templateOverrides: String? = nil) -> [String] {
        do {
            _ = try generator(templateOverrides: templateOverrides).plan()
            return []
        } catch let error as DiagnosticsError {
            let prefix = root.standardizedFileURL.path + "/"
            return error.diagnostics.map { $0.description.replacingOccurrences(of: prefix, with: "") }
        } catch {
            return ["unexpected error: \(error)"]
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// The repository's own spec, checked and rendered once for every test that only reads them.
enum RepositorySpec {
    static var generator: Generator { Generator(paths: GeneratorPaths(root: TestProject.repository)) }
    private static let checked = Result { try generator.model() }
    private static let rendered = Result { try generator.plan(for: checked.get()) }

    /// The checked model of `spec/`.
    static func model() throws -> SpecModel { try checked.get() }

    /// Every file `spec/` and `Templates/` make.
    static func plan() throws -> OutputPlan { try rendered.get() }
}

/// A small valid spec file, for tests to break one piece at a time.
enum SampleSpec {
    static let widget = """
        api_version: 2026-09-30.endive
        object: test.widget
        title: Widget
        docs_url: https://example.com/widget
        description: A widget.
        fields:
          id:
            type: string
            mutability: read_only
            max_length: 5000
            description: Unique identifier for the object.
          name:
            type: string
            required: true
            mutability: updatable
            max_length: 5000
            description: The widget's name.
          size:
            type: enum
            mutability: create_only
            description: How big it is.
            values:
              small: A small widget.
              large: A large widget.
        operations:
          create:
            kind: create
            method: POST
            path: /v1/widgets
            summary: Create a widget
            description: Creates a widget.
            returns: test.widget
            params:
              name:
                max_length: 100
              size: {}

        """
}
