import Foundation
import Testing

/// The generated Swift reads as if a careful person wrote it: swift-format finds nothing to say.
struct GeneratedCodeStyleTests {
    @Test func generatedSwiftPassesSwiftFormatLintStrict() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "format", "lint", "--strict", "--recursive", "Generated"]
        process.currentDirectoryURL = TestProject.repository
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "swift format lint --strict found problems:\n\(text)")
    }
}
