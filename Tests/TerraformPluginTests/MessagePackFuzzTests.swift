import TerraformSchemas
import Testing

@testable import TerraformPlugin

/// Random and mutated bytes never crash the decoders; what decodes re-encodes to a value that
/// decodes the same.
struct MessagePackFuzzTests {
    /// A value type with every kind of cty type, to decode random bytes against.
    static let everyType = TerraformType.object([
        "string": .string, "number": .number, "bool": .bool,
        "list": .list(.string), "set": .set(.number), "map": .map(.bool),
        "nested": .list(.object(["key": .string])),
    ])

    /// A valid encoding to mutate, so that inputs reach deep into the decoders.
    static let seed: [UInt8] = try! TerraformValue.object([
        "string": .string("text"), "number": .number(.integer(300)), "bool": .bool(true),
        "list": .list([.string("a"), .unknown]), "set": .set([.number(.double(0.5))]),
        "map": .map(["k": .bool(false)]), "nested": .list([.object(["key": .null])]),
    ]).messagePack(type: everyType)

    @Test func decodersSurviveAHundredThousandInputs() throws {
        var random = SplitMix64(seed: 0x5eed)
        for round in 0..<100_000 {
            let bytes =
                round.isMultiple(of: 2)
                ? Self.randomBytes(using: &random) : Self.mutatedSeed(using: &random)
            if let value = try? MessagePackReader.decode(bytes), !value.holdsNaN {
                #expect(try MessagePackReader.decode(MessagePackWriter.encode(value)) == value)
            }
            if let value = try? TerraformValue(messagePack: bytes, type: Self.everyType) {
                #expect(
                    try TerraformValue(
                        messagePack: value.messagePack(type: Self.everyType), type: Self.everyType)
                        == value)
            }
        }
    }

    private static func randomBytes(using random: inout SplitMix64) -> [UInt8] {
        (0..<Int(random.next() % 24)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }

    private static func mutatedSeed(using random: inout SplitMix64) -> [UInt8] {
        var bytes = seed
        for _ in 0..<(1 + random.next() % 3) {
            let index = Int(random.next() % UInt64(bytes.count))
            switch random.next() % 3 {
            case 0: bytes[index] = UInt8(truncatingIfNeeded: random.next())
            case 1: bytes.remove(at: index)
            default: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: index)
            }
        }
        return bytes
    }
}

/// A small deterministic generator (SplitMix64), so every run tries the same inputs.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return mixed ^ (mixed >> 31)
    }
}

extension MessagePackValue {
    /// NaN never equals itself, so values holding one cannot be compared after a round trip.
    var holdsNaN: Bool {
        switch self {
        case .float(let double): double.isNaN
        case .array(let elements): elements.contains { $0.holdsNaN }
        case .map(let pairs): pairs.contains { $0.key.holdsNaN || $0.value.holdsNaN }
        default: false
        }
    }
}
