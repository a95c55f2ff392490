import Foundation
import Testing

/// The generated Swift reads as if a careful person wrote it: swift-format finds nothing to say.
struct GeneratedCodeStyleTests {
    @Test func generatedSwiftPassesSwiftFormatLintStrict() throws {
        let (status, text) = try ChildProcess.run(
            ["swift", "format", "lint", "--strict", "--recursive", "Generated"], in: TestProject.repository)
        #expect(status == 0, "swift format lint --strict found problems:\n\(text)")
    }
}
