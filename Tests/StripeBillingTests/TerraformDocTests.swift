import Foundation
import StripeBilling
import Testing

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

    @Test func everyArgumentIsInItsSection() throws {
        let doc = try doc()
        let block = try #require(Self.meter?.block)
        let arguments = section("## Argument Reference", in: doc)
        for (name, attribute) in block.attributes where !attribute.computed {
            let kind = attribute.required ? "(Required)" : "(Optional)"
            #expect(arguments.contains { $0.hasPrefix("* `\(name)` - \(kind) ") }, "\(name) \(kind)")
        }
        for (name, blockType) in block.blockTypes {
            let kind = blockType.minItems > 0 ? "(Required) Block, exactly one." : "(Optional) Block, at most one."
            #expect(arguments.contains { $0.hasPrefix("* `\(name)` - \(kind)") }, "\(name)")
            let heading = "### " + name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined(separator: " ")
            let nested = section(heading, in: doc)
            if blockType.nestingMode == .group {
                // Stripe fills the block in; within it, the doc says what Stripe requires.
                #expect(arguments.contains { $0.hasPrefix("* `\(name)` - ") && $0.contains("Stripe fills it in") })
            }
            for (nestedName, attribute) in blockType.block.attributes {
                let nestedKinds =
                    blockType.nestingMode == .group
                    ? ["(Required)", "(Optional)"] : [attribute.required ? "(Required)" : "(Optional)"]
                #expect(
                    nested.contains { line in nestedKinds.contains { line.hasPrefix("* `\(nestedName)` - \($0) ") } },
                    "\(name).\(nestedName)")
            }
        }
        let attributes = section("## Attribute Reference", in: doc)
        for name in Array(block.attributes.keys) + Array(block.blockTypes.keys) {
            #expect(attributes.contains { $0.hasPrefix("* `\(name)` - ") }, "\(name)")
        }
        #expect(!doc.contains("`object`"))
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

    /// Runs `terraform fmt -check` on every HCL block, offline; skipped without terraform.
    @Test func hclIsCanonical() throws {
        let blocks = try doc().components(separatedBy: "```hcl\n").dropFirst().map {
            String($0[..<$0.range(of: "```")!.lowerBound])
        }
        #expect(!blocks.isEmpty)
        guard let terraform = Self.terraformExecutable() else {
            print("skipped terraform fmt -check: no terraform on PATH")
            return
        }
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
