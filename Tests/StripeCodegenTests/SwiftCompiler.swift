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

    /// Runs `swiftc` with `arguments`, expecting it to succeed; its output is shown when not.
    static func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let (status, text) = try ChildProcess.run(["swiftc"] + arguments)
        #expect(
            status == 0, "swiftc \(arguments.first ?? "") failed:\n\(text)",
            sourceLocation: sourceLocation)
    }
}
