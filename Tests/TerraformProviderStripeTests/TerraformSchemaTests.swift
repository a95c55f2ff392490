import Foundation
import StripeBilling
import TestSupport
import Testing
import TerraformProviderStripe
import TerraformSchemas

@testable import TerraformProviderStripeResources

/// `Generated/terraform/schema.json` is what `terraform providers schema -json` prints for the
/// provider, and the Swift value in the library is the same schema.
struct TerraformSchemaTests {
    static let schemaFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Generated/terraform/schema.json")
    static let address = "registry.terraform.io/stripe-billing/stripe"

    private func fileData() throws -> Data {
        try Data(contentsOf: Self.schemaFile)
    }

    @Test func jsonEqualsTheSwiftValue() throws {
        let decoded = try JSONDecoder().decode(TerraformProviderSchemas.self, from: fileData())
        #expect(decoded == TerraformProviderSchemas.stripe)
        let encoded = try JSONEncoder().encode(TerraformProviderSchemas.stripe)
        #expect(try JSONTree(data: encoded) == JSONTree(data: fileData()))
    }

    @Test func keysAreSortedAndFlagsAppearOnlyWhenTrue() throws {
        let text = String(decoding: try fileData(), as: UTF8.self)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let canonical = String(decoding: try encoder.encode(TerraformProviderSchemas.stripe), as: UTF8.self)
        #expect(Self.withoutWhitespace(text) == Self.withoutWhitespace(canonical))
        let members = Self.members(of: try JSONTree(data: fileData()))
        #expect(!members.isEmpty)
        #expect(!members.contains { $0.value == .bool(false) }, "a flag that is false is left out")
        #expect(!members.contains { ["min_items", "max_items"].contains($0.key) && $0.value == .number(0) })
    }

    /// Every member of every object in `tree`, at any depth.
    private static func members(of tree: JSONTree) -> [(key: String, value: JSONTree)] {
        switch tree {
        case .object(let members): members.flatMap { [($0.key, $0.value)] + Self.members(of: $0.value) }
        case .array(let elements): elements.flatMap(Self.members)
        default: []
        }
    }

    @Test func layoutFollowsTerraform() throws {
        let root = try JSONTree(data: fileData())
        #expect(root["format_version"] == .string("1.0"))
        let provider = try #require(root["provider_schemas"]?[Self.address])
        let config = try #require(provider["provider"]?["block"]?["attributes"])
        #expect(config["api_key"]?["sensitive"] == .bool(true))
        #expect(config["api_key"]?["optional"] == .bool(true))
        #expect(config["api_base"]?["optional"] == .bool(true))
        #expect(provider["provider"]?["version"] == .number(0))

        let meter = try #require(provider["resource_schemas"]?["stripe_meter"]?["block"])
        let attributes = try #require(meter["attributes"])
        #expect(attributes["display_name"]?["required"] == .bool(true))
        #expect(attributes["event_name"]?["required"] == .bool(true))
        #expect(attributes["event_time_window"]?["optional"] == .bool(true))
        for computed in ["id", "created", "updated", "livemode", "status", "status_transitions"] {
            #expect(attributes[computed]?["computed"] == .bool(true), "\(computed)")
        }
        #expect(attributes["object"] == nil)
        #expect(attributes["created"]?["type"] == .string("number"))
        #expect(attributes["livemode"]?["type"] == .string("bool"))
        #expect(meter["description_kind"] == .string("plain"))

        let blocks = try #require(meter["block_types"])
        #expect(blocks["default_aggregation"]?["nesting_mode"] == .string("list"))
        #expect(blocks["default_aggregation"]?["min_items"] == .number(1))
        #expect(blocks["default_aggregation"]?["max_items"] == .number(1))
        // Blocks Stripe fills in are groups of optional, computed attributes.
        #expect(blocks["customer_mapping"]?["nesting_mode"] == .string("group"))
        #expect(blocks["customer_mapping"]?["min_items"] == nil)
        #expect(blocks["customer_mapping"]?["max_items"] == nil)
        let valueKey = blocks["value_settings"]?["block"]?["attributes"]?["event_payload_key"]
        #expect(valueKey?["optional"] == .bool(true))
        #expect(valueKey?["computed"] == .bool(true))
        #expect(valueKey?["required"] == nil)
    }

    @Test func descriptionsCarryValuesLimitsAndMutability() throws {
        let meter = try #require(TerraformProviderSchemas.stripe.providerSchemas[Self.address]?.resourceSchemas["stripe_meter"])
        let formula = try #require(meter.block.blockTypes["default_aggregation"]?.block.attributes["formula"])
        for value in ["`count`", "`last`", "`sum`", "forces a new resource"] {
            #expect(formula.description.contains(value))
        }
        let displayName = try #require(meter.block.attributes["display_name"])
        #expect(displayName.description.contains("At most 250 characters. Updates in place."))
        #expect(meter.block.attributes["event_name"]?.description.contains("At most 100 characters.") == true)
    }

    /// JSON text with the whitespace outside strings removed.
    private static func withoutWhitespace(_ json: String) -> String {
        var result = ""
        var isInString = false
        var isEscaped = false
        for character in json {
            if isInString {
                result.append(character)
                if isEscaped { isEscaped = false } else if character == "\\" { isEscaped = true } else if character == "\"" { isInString = false }
            } else if character == "\"" {
                isInString = true
                result.append(character)
            } else if !character.isWhitespace {
                result.append(character)
            }
        }
        return result
    }
}
