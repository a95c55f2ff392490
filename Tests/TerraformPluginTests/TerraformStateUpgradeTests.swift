import Foundation
import TerraformSchemas
import Testing

@testable import TerraformPlugin

/// State of an older schema version is reshaped for the current schema: the conversions that
/// `gen diff` reports as made by the upgrade.
struct TerraformStateUpgradeTests {
    private static let block = TerraformBlock(
        attributes: [
            "id": TerraformAttribute(type: .string, description: "", computed: true),
            "count": TerraformAttribute(type: .string, description: "", optional: true),
            "live": TerraformAttribute(type: .string, description: "", computed: true),
            "limit": TerraformAttribute(type: .number, description: "", optional: true),
            "enabled": TerraformAttribute(type: .bool, description: "", optional: true),
            "tags": TerraformAttribute(type: .list(.string), description: "", optional: true),
        ],
        blockTypes: [
            "settings": TerraformBlockType(
                nestingMode: .list,
                block: TerraformBlock(attributes: [
                    "key": TerraformAttribute(type: .string, description: "", optional: true)
                ]),
                maxItems: 1)
        ])

    @Test func convertsScalarsDropsRemovedAttributesAndWrapsASingleBlockInAList() throws {
        let json = Data(
            #"""
            {"id": "m", "count": 12, "live": true, "limit": "25", "enabled": "false", "tags": [1, 2.5],
             "removed": "gone", "settings": {"key": 7, "old": 1}}
            """#.utf8)
        #expect(
            try Self.block.upgradedState(json: json)
                == .object([
                    "id": .string("m"), "count": .string("12"), "live": .string("true"),
                    "limit": .number(.integer(25)), "enabled": .bool(false),
                    "tags": .list([.string("1"), .string("2.5")]),
                    "settings": .list([.object(["key": .string("7")])]),
                ]))
    }

    @Test func textThatIsNotAValueOfTheNewTypeNamesItsAttribute() {
        #expect(throws: TerraformValueError.self) {
            try Self.block.upgradedState(json: Data(#"{"limit": "many"}"#.utf8))
        }
        #expect(throws: TerraformValueError.self) {
            try Self.block.upgradedState(json: Data(#"{"enabled": "yes"}"#.utf8))
        }
    }
}
