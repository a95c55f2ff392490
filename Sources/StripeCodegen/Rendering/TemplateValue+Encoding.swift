extension TemplateValue {
    /// The template context `value` as a `TemplateValue`, with no JSON in between: objects,
    /// arrays, strings, booleans and nulls; numbers become their decimal text. A nil optional is
    /// a null, so that a section over it renders nothing instead of being taken for a name the
    /// context lacks.
    init(encoding value: some Encodable) throws {
        self = try Self.encoded(value, codingPath: [])
    }

    /// Text and booleans as they are, numbers as text, anything else through its own
    /// `encode(to:)`.
    fileprivate static func encoded(_ value: some Encodable, codingPath: [any CodingKey]) throws -> TemplateValue {
        switch value {
        case let text as String: return .text(text)
        case let bool as Bool: return .bool(bool)
        case let integer as any BinaryInteger: return .text(String(describing: integer))
        case let number as Double:
            return .text(number.rounded() == number ? String(Int(number)) : String(number))
        default:
            let slot = EncodingSlot()
            try value.encode(to: ContextEncoder(slot: slot, codingPath: codingPath))
            return slot.value
        }
    }
}

/// What one `encode(to:)` writes: a single value, or the members or elements of the container it
/// asks for. Containers nested by hand are kept as slots of their own until the value is read.
private final class EncodingSlot {
    var single = TemplateValue.null
    var members: [String: TemplateValue]?
    var elements: [TemplateValue]?
    var nestedMembers: [(key: String, slot: EncodingSlot)] = []
    var nestedElements: [(index: Int, slot: EncodingSlot)] = []

    var value: TemplateValue {
        if var members {
            for (key, slot) in nestedMembers { members[key] = slot.value }
            return .object(members)
        }
        if var elements {
            for (index, slot) in nestedElements { elements[index] = slot.value }
            return .list(elements)
        }
        return single
    }

    func nestedMember(_ key: String) -> EncodingSlot {
        let slot = EncodingSlot()
        nestedMembers.append((key, slot))
        return slot
    }

    func nestedElement() -> EncodingSlot {
        let slot = EncodingSlot()
        nestedElements.append((elements?.count ?? 0, slot))
        elements?.append(.null)
        return slot
    }
}

private struct ContextEncoder: Encoder {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if slot.members == nil { slot.members = [:] }
        return KeyedEncodingContainer(KeyedContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if slot.elements == nil { slot.elements = [] }
        return UnkeyedContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(slot: slot, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        slot.members?[key.stringValue] = .null
    }

    mutating func encode<T: Encodable>(_ member: T, forKey key: Key) throws {
        slot.members?[key.stringValue] = try TemplateValue.encoded(member, codingPath: codingPath + [key])
    }

    // Synthesized `Encodable` skips nil optionals through these; a context keeps them as nulls.
    mutating func encodeIfPresent<T: Encodable>(_ member: T?, forKey key: Key) throws {
        try encodeOptional(member, forKey: key)
    }
    mutating func encodeIfPresent(_ member: String?, forKey key: Key) throws {
        try encodeOptional(member, forKey: key)
    }
    mutating func encodeIfPresent(_ member: Bool?, forKey key: Key) throws {
        try encodeOptional(member, forKey: key)
    }
    mutating func encodeIfPresent(_ member: Int?, forKey key: Key) throws {
        try encodeOptional(member, forKey: key)
    }
    mutating func encodeIfPresent(_ member: Double?, forKey key: Key) throws {
        try encodeOptional(member, forKey: key)
    }

    private mutating func encodeOptional<T: Encodable>(_ member: T?, forKey key: Key) throws {
        if let member { try encode(member, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        nestedEncoder(forKey: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        nestedEncoder(forKey: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        ContextEncoder(slot: slot, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        nestedEncoder(forKey: key)
    }

    private func nestedEncoder(forKey key: Key) -> ContextEncoder {
        ContextEncoder(slot: slot.nestedMember(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    var count: Int { slot.elements?.count ?? 0 }

    mutating func encodeNil() throws {
        slot.elements?.append(.null)
    }

    mutating func encode<T: Encodable>(_ element: T) throws {
        slot.elements?.append(try TemplateValue.encoded(element, codingPath: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        ContextEncoder(slot: slot.nestedElement(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        ContextEncoder(slot: slot.nestedElement(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        ContextEncoder(slot: slot.nestedElement(), codingPath: codingPath)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        slot.single = .null
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        slot.single = try TemplateValue.encoded(value, codingPath: codingPath)
    }
}
