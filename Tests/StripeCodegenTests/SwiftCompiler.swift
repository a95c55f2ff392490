import Foundation
import Testing

/// Type-checks generated Swift with the toolchain's `swiftc`, for tests that prove generated code
/// compiles.
enum SwiftCompiler {
    /// The `.swift` files under `folder`, sorted.
    static func swiftFiles(under folder: URL) -> [String] {
        let names =
            FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return names.filter { $0.hasSuffix(".swift") }.map {
            folder.appendingPathComponent($0).path
        }.sorted()
    }

    /// The package of the modules compiled together, so that the library sees the runtime's
    /// `package` declarations.
    static let packageName = "stripe_billing_gen"

    /// Type-checks the Swift library that a run wrote to `library` against the repository's
    /// hand-written modules, which are compiled into `scratch` first.
    static func typecheckLibrary(at library: URL, scratch: URL, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        for module in ["StripeRuntime"] {
            try run(
                [
                    "-emit-module", "-parse-as-library", "-module-name", module, "-package-name", packageName,
                    "-emit-module-path",
                    scratch.appendingPathComponent("\(module).swiftmodule").path,
                ] + swiftFiles(under: TestProject.repository.appendingPathComponent("Sources/\(module)")),
                sourceLocation: sourceLocation)
        }
        try run(
            [
                "-typecheck", "-parse-as-library", "-module-name", "StripeBilling", "-package-name", packageName, "-I",
                scratch.path,
            ]
                + swiftFiles(under: library),
            sourceLocation: sourceLocation)
    }

    /// Runs `swiftc` with `arguments`, expecting it to succeed; its output is shown when not.
    static func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let (status, text) = try ChildProcess.run(["swiftc"] + arguments)
        #expect(
            status == 0, "swiftc \(arguments.first ?? "") failed:\n\(text)",
            sourceLocation: sourceLocation)
    }
}
