import Foundation
import Testing

@testable import StripeCodegen

/// Mutations of the real spec files, from a fixed seed: loading and checking them never crashes,
/// and every problem is placed inside the file it concerns.
struct SpecLoaderFuzzTests {
    /// SplitMix64: a small generator whose sequence is the same on every machine.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    /// Bytes that mean something to YAML, or break UTF-8.
    static let interesting =
        Array("[]{}:,&*!|>'\"#-?%@` \t\n\r\\.0".utf8) + [0x00, 0x01, 0x7F, 0xC3, 0xE9, 0xFF]

    @Test func mutatedSpecFilesNeverCrashTheLoader() throws {
        let folder = TestProject.repository.appendingPathComponent("spec")
        let originals = try ["billing_meter.yaml", "billing_meter_event.yaml"].map {
            Array(try Data(contentsOf: folder.appendingPathComponent($0)))
        }
        var random = SeededGenerator(state: 20_261_121)
        for iteration in 0..<1_500 {
            var bytes = originals[iteration % originals.count]
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                mutate(&bytes, using: &random)
            }
            let log = DiagnosticLog()
            let path = "spec/fuzz-\(iteration).yaml"
            let file = SpecLoader.parse(bytes, path: path, fileName: "fuzz.yaml", log: log)
            _ = SpecChecker(log: log).check(file.map { [$0] } ?? [], isComplete: file != nil)
            let lineCount = bytes.count { $0 == UInt8(ascii: "\n") } + 1
            for diagnostic in log.diagnostics {
                guard let location = diagnostic.location else { continue }
                #expect(location.file == path)
                #expect(
                    (1...lineCount + 1).contains(location.line), "\(diagnostic) is outside the file"
                )
                #expect(location.column >= 1)
            }
        }
    }

    private func mutate(_ bytes: inout [UInt8], using random: inout SeededGenerator) {
        let index = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<5, using: &random) {
        case 0:
            bytes[index] = Self.interesting.randomElement(using: &random)!
        case 1:
            bytes.insert(Self.interesting.randomElement(using: &random)!, at: index)
        case 2:
            bytes.removeSubrange(
                index..<min(bytes.count, index + Int.random(in: 1...40, using: &random)))
        case 3:
            // Repeat a stretch, which duplicates keys and nests deeper.
            let end = min(bytes.count, index + Int.random(in: 1...200, using: &random))
            bytes.insert(contentsOf: bytes[index..<end], at: end)
        default:
            bytes[index] ^= UInt8.random(in: 1...255, using: &random)
        }
        if bytes.isEmpty { bytes = [UInt8(ascii: "x")] }
    }
}
