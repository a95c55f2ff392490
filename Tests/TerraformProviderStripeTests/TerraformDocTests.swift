import Foundation
import StripeBilling
import Testing
import TerraformProviderStripe
import TerraformSchemas

@testable import TerraformProviderStripeResources

/// `Generated/docs/resources/meter.md` documents every argument of the schema in its section,
/// is right where the seed doc is outdated, and its HCL is canonical.
struct TerraformDocTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let meter = TerraformProviderSchemas.stripe.providerSchemas.values.first?.resourceSchemas["stripe_meter"]

    private func doc() throws -> String {
        try String(contentsOf: Self.repository.appendingPathComponent("Generated/docs/resources/meter.md"), encoding: .utf8)
    }

    /// The lines of the section under `heading`, up to the next heading of any level.
    private func section(_ heading: String, in doc: String) -> [Substring] {
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: Substring(heading)) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("#") })
    }

    /// How the page must describe a block of the schema: how it is nested, and whether it must be
    /// written.
    private static func blockPhrase(_ blockType: TerraformBlockType) -> String {
        switch (blockType.nestingMode, blockType.minItems) {
        case (.list, 1): "(Required) Block list, exactly one."
        case (.list, _): "(Optional) Block list, at most one."
        case (.group, _): "(Optional) Single block."
        default: "(unexpected nesting \(blockType.nestingMode))"
        }
    }

    /// Each argument's bullet says what the schema says: required or optional (within blocks too),
    /// and how a block is nested.
    @Test func everyArgumentIsInItsSectionAsTheSchemaHasIt() throws {
        let doc = try doc()
        let block = try #require(Self.meter?.block)
        let arguments = section("## Argument Reference", in: doc)
        for (name, attribute) in block.attributes where !attribute.computed {
            let kind = attribute.required ? "(Required)" : "(Optional)"
            #expect(arguments.contains { $0.hasPrefix("* `\(name)` - \(kind) ") }, "\(name) \(kind)")
        }
        for (name, blockType) in block.blockTypes {
            #expect(arguments.contains { $0.hasPrefix("* `\(name)` - \(Self.blockPhrase(blockType))") }, "\(name)")
            let heading = "### " + name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined(separator: " ")
            let nested = section(heading, in: doc)
            if blockType.nestingMode == .group {
                #expect(arguments.contains { $0.hasPrefix("* `\(name)` - ") && $0.contains("Stripe fills it in") })
            }
            for (nestedName, attribute) in blockType.block.attributes {
                let kind = attribute.required ? "(Required)" : "(Optional)"
                let line = nested.first { $0.hasPrefix("* `\(nestedName)` - ") }
                #expect(line?.hasPrefix("* `\(nestedName)` - \(kind) ") == true, "\(name).\(nestedName): \(line ?? "")")
                if attribute.optional, attribute.computed {
                    // Stripe fills it in: a default is what Stripe sets when the block is left out.
                    #expect(line?.contains("Defaults to") == false, "\(name).\(nestedName)")
                }
            }
        }
        let attributes = section("## Attribute Reference", in: doc)
        for name in Array(block.attributes.keys) + Array(block.blockTypes.keys) {
            #expect(attributes.contains { $0.hasPrefix("* `\(name)` - ") }, "\(name)")
        }
        #expect(!doc.contains("`object`"))
    }

    /// The destroy note is said once, at the top.
    @Test func destroyNoteAppearsOnce() throws {
        let doc = try doc()
        let note = "Stripe can't delete a billing meter"
        #expect(doc.components(separatedBy: note).count == 2)
    }

    @Test func requiredArgumentsComeFirst() throws {
        let bullets = section("## Argument Reference", in: try doc()).filter { $0.hasPrefix("* ") }
        let firstOptional = try #require(bullets.firstIndex { $0.contains("(Optional)") })
        #expect(bullets[firstOptional...].allSatisfy { $0.contains("(Optional)") })
    }

    @Test func correctWhereTheSeedIsOutdated() throws {
        let formula = section("### Default Aggregation", in: try doc())
        for value in ["count", "last", "sum"] {
            #expect(formula.contains { $0.hasPrefix("  * `\(value)` - ") }, "\(value)")
        }
        let doc = try doc()
        #expect(doc.contains("At most 250 characters."))
        #expect(doc.contains("$ terraform import stripe_meter.meter <meter_id>"))
        #expect(doc.contains("Once created, you can update the `display_name` in place."))
        #expect(doc.hasPrefix("---\nlayout: \"stripe\"\npage_title: \"Stripe: stripe_meter\"\ndescription: |-\n"))
    }

    /// Runs `terraform fmt -check` on every HCL block, offline.
    @Test(.enabled(if: terraformExecutable() != nil, "terraform fmt needs terraform on PATH"))
    func hclIsCanonical() throws {
        let blocks = try doc().components(separatedBy: "```hcl\n").dropFirst().map {
            String($0[..<$0.range(of: "```")!.lowerBound])
        }
        #expect(!blocks.isEmpty)
        let terraform = try #require(Self.terraformExecutable())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hcl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, block) in blocks.enumerated() {
            try Data(block.utf8).write(to: folder.appendingPathComponent("example\(index).tf"))
        }
        let process = Process()
        process.executableURL = terraform
        process.arguments = ["fmt", "-check", "-diff", "-no-color"]
        process.currentDirectoryURL = folder
        // Offline: no version checkpoint, and no CLI configuration that could name a network mirror.
        process.environment = ProcessInfo.processInfo.environment.merging([
            "TF_IN_AUTOMATION": "1", "CHECKPOINT_DISABLE": "1", "TF_CLI_CONFIG_FILE": "/dev/null",
        ]) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "terraform fmt -check found differences:\n\(text)")
    }

    private static func terraformExecutable() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("terraform") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
