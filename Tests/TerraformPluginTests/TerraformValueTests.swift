import Foundation
import TerraformSchemas
import Testing

@testable import TerraformPlugin

/// cty values in Terraform's MessagePack and JSON encodings, read against their types.
struct TerraformValueTests {
    static let meterLike = TerraformType.object([
        "id": .string,
        "created": .number,
        "livemode": .bool,
        "labels": .map(.string),
        "tags": .set(.string),
        "customer_mapping": .list(.object(["event_payload_key": .string, "type": .string])),
    ])

    @Test func roundTripsEveryTypeWithNullAndUnknownValues() throws {
        let value = TerraformValue.object([
            "id": .unknown,
            "created": .number(.integer(1_700_000_000)),
            "livemode": .null,
            "labels": .map(["team": .string("billing"), "tier": .unknown]),
            "tags": .set([.string("a"), .string("b")]),
            "customer_mapping": .list([
                .object(["event_payload_key": .string("customer"), "type": .null])
            ]),
        ])
        let bytes = try value.messagePack(type: Self.meterLike)
        #expect(try TerraformValue(messagePack: bytes, type: Self.meterLike) == value)
    }

    @Test func writesUnknownAsExtensionZeroAndNullAsNil() throws {
        #expect(try TerraformValue.unknown.messagePack(type: .string) == [0xd4, 0x00, 0x00])
        #expect(try TerraformValue.null.messagePack(type: .list(.string)) == [0xc0])
    }

    @Test func readsRefinedUnknownsAsUnknown() throws {
        #expect(
            try TerraformValue(messagePack: [0xc7, 0x02, 0x0c, 0x81, 0x01], type: .string)
                == .unknown)
    }

    @Test func keepsIntegersExactAndReadsOtherNumbers() throws {
        let big = Int64.max - 1
        #expect(
            try TerraformValue(
                messagePack: TerraformValue.number(.integer(big)).messagePack(type: .number),
                type: .number)
                == .number(.integer(big)))
        #expect(
            try TerraformValue(messagePack: [0xcb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0], type: .number)
                == .number(.double(1.5)))
        #expect(
            try TerraformValue(messagePack: [0xcb, 0x40, 0x00, 0, 0, 0, 0, 0, 0], type: .number)
                == .number(.integer(2)))
        #expect(
            try TerraformValue(messagePack: [0xa4, 0x31, 0x65, 0x32, 0x30], type: .number)
                == .number(.double(1e20)))
    }

    @Test func writesObjectAttributesInNameOrder() throws {
        let type = TerraformType.object(["b": .bool, "a": .bool])
        let bytes = try TerraformValue.object(["a": .bool(true), "b": .bool(false)]).messagePack(
            type: type)
        #expect(bytes == [0x82, 0xa1, 0x61, 0xc3, 0xa1, 0x62, 0xc2])
    }

    @Test func reportsAValueOfTheWrongTypeAtItsPath() throws {
        let bytes = MessagePackWriter.encode(
            .map([
                MessagePackPair(
                    .string("customer_mapping"),
                    .array([.map([MessagePackPair(.string("type"), .int(1))])]))
            ]))
        #expect(
            throws: TerraformValueError(
                path: TerraformAttributePath([
                    .attribute("customer_mapping"), .index(0), .attribute("type"),
                ]), message: "expected a value of type string")
        ) {
            try TerraformValue(messagePack: bytes, type: Self.meterLike)
        }
        #expect(throws: TerraformValueError.self) {
            try TerraformValue(
                messagePack: MessagePackWriter.encode(
                    .map([MessagePackPair(.string("colour"), .nil)])), type: Self.meterLike)
        }
    }

    @Test func readsJSONStateWithMissingAttributesAsNull() throws {
        let json = Data(
            #"{"id":"mtr_1","created":1700000000,"labels":{"a":"b"},"tags":["x"],"customer_mapping":[{"event_payload_key":"k","type":"by_id"}]}"#
                .utf8)
        let value = try TerraformValue(json: json, type: Self.meterLike)
        #expect(
            value
                == .object([
                    "id": .string("mtr_1"),
                    "created": .number(.integer(1_700_000_000)),
                    "livemode": .null,
                    "labels": .map(["a": .string("b")]),
                    "tags": .set([.string("x")]),
                    "customer_mapping": .list([
                        .object(["event_payload_key": .string("k"), "type": .string("by_id")])
                    ]),
                ]))
        #expect(throws: TerraformValueError.self) {
            try TerraformValue(json: Data(#"{"id":true}"#.utf8), type: Self.meterLike)
        }
    }

    @Test func blocksBecomeListsSetsMapsOrObjectsOfTheirAttributes() {
        let leaf = TerraformBlock(attributes: [
            "key": TerraformAttribute(type: .string, description: "")
        ])
        let block = TerraformBlock(
            attributes: ["id": TerraformAttribute(type: .string, description: "", computed: true)],
            blockTypes: [
                "one": TerraformBlockType(nestingMode: .single, block: leaf),
                "many": TerraformBlockType(nestingMode: .list, block: leaf),
                "distinct": TerraformBlockType(nestingMode: .set, block: leaf),
                "named": TerraformBlockType(nestingMode: .map, block: leaf),
                "always": TerraformBlockType(nestingMode: .group, block: leaf),
            ])
        let leafType = TerraformType.object(["key": .string])
        #expect(
            block.valueType
                == .object([
                    "id": .string, "one": leafType, "many": .list(leafType),
                    "distinct": .set(leafType),
                    "named": .map(leafType),
                    "always": leafType,
                ]))
    }

    /// A block Stripe fills in, as a group of optional, computed attributes.
    private static let filledInBlock = TerraformBlock(
        attributes: ["id": TerraformAttribute(type: .string, description: "", computed: true)],
        blockTypes: [
            "mapping": TerraformBlockType(
                nestingMode: .group,
                block: TerraformBlock(attributes: [
                    "key": TerraformAttribute(
                        type: .string, description: "", optional: true, computed: true),
                    "kind": TerraformAttribute(
                        type: .string, description: "", optional: true, computed: true),
                ])),
            "settings": TerraformBlockType(
                nestingMode: .group,
                block: TerraformBlock(attributes: [
                    "key": TerraformAttribute(
                        type: .string, description: "", optional: true, computed: true)
                ])),
        ])

    @Test func upgradesStateThatHeldAGroupAsAListOfOne() throws {
        let json = Data(#"{"id":"m","mapping":[{"key":"k","kind":"by_id"}],"settings":[]}"#.utf8)
        #expect(
            try Self.filledInBlock.upgradedState(json: json)
                == .object([
                    "id": .string("m"),
                    "mapping": .object(["key": .string("k"), "kind": .string("by_id")]),
                    "settings": .object(["key": .null]),
                ]))
        #expect(throws: TerraformValueError.self) {
            try Self.filledInBlock.upgradedState(json: Data(#"{"mapping":[{"key":[1]}]}"#.utf8))
        }
    }

    @Test func leavesWhatTheAPIDecidesOutOfRequests() {
        let planned = TerraformValue.object([
            "id": .unknown,
            "mapping": .object(["key": .string("customer"), "kind": .unknown]),
            "settings": .object(["key": .unknown]),
        ])
        let json = planned.requestJSON(in: Self.filledInBlock)
        #expect(json.keys.sorted() == ["mapping"])
        #expect(json["mapping"] as? [String: String] == ["key": "customer"])
    }
}
