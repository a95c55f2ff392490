extension TemplateValue {
    /// The template context `value` as a `TemplateValue`, with no JSON in between: objects,
    /// arrays, strings, booleans and nulls; numbers become their decimal text. A nil optional is
    /// a null, so that a section over it renders nothing instead of being taken for a name the
    /// context lacks.
    init(encoding value: some Encodable) throws {
        let root = EncodedValue()
        try value.encode(to: ContextEncoder(value: root, codingPath: []))
        self = root.templateValue
    }
}

/// A value being encoded: a scalar, an object or an array, decided by the first container asked for.
private final class EncodedValue {
    var scalar = TemplateValue.null
    var members: [String: EncodedValue]?
    var elements: [EncodedValue]?

    var templateValue: TemplateValue {
        if let members { return .object(members.mapValues(\.templateValue)) }
        if let elements { return .list(elements.map(\.templateValue)) }
        return scalar
    }

    func member(_ key: some CodingKey) -> EncodedValue {
        let member = EncodedValue()
        if members == nil { members = [:] }
        members?[key.stringValue] = member
        return member
    }

    func appendElement() -> EncodedValue {
        let element = EncodedValue()
        if elements == nil { elements = [] }
        elements?.append(element)
        return element
    }

    /// Stores `value`: text and booleans as they are, numbers as text, anything else through
    /// its own `encode(to:)`.
    func store(_ value: some Encodable, codingPath: [any CodingKey]) throws {
        switch value {
        case let text as String: scalar = .text(text)
        case let bool as Bool: scalar = .bool(bool)
        case let integer as any BinaryInteger: scalar = .text(String(describing: integer))
        case let number as Double:
            scalar = .text(number.rounded() == number ? String(Int(number)) : String(number))
        default: try value.encode(to: ContextEncoder(value: self, codingPath: codingPath))
        }
    }
}

private struct ContextEncoder: Encoder {
    let value: EncodedValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if value.members == nil { value.members = [:] }
        return KeyedEncodingContainer(KeyedContainer<Key>(value: value, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if value.elements == nil { value.elements = [] }
        return UnkeyedContainer(value: value, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(value: value, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let value: EncodedValue
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        value.member(key).scalar = .null
    }

    mutating func encode<T: Encodable>(_ member: T, forKey key: Key) throws {
        try value.member(key).store(member, codingPath: codingPath + [key])
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
    )
        -> KeyedEncodingContainer<NestedKey>
    {
        ContextEncoder(value: value.member(key), codingPath: codingPath + [key]).container(
            keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        ContextEncoder(value: value.member(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        ContextEncoder(value: value, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ContextEncoder(value: value.member(key), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let value: EncodedValue
    let codingPath: [any CodingKey]
    var count: Int { value.elements?.count ?? 0 }

    mutating func encodeNil() throws {
        value.appendElement().scalar = .null
    }

    mutating func encode<T: Encodable>(_ element: T) throws {
        try value.appendElement().store(element, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        ContextEncoder(value: value.appendElement(), codingPath: codingPath).container(
            keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        ContextEncoder(value: value.appendElement(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        ContextEncoder(value: value.appendElement(), codingPath: codingPath)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let value: EncodedValue
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        value.scalar = .null
    }

    mutating func encode<T: Encodable>(_ scalar: T) throws {
        try value.store(scalar, codingPath: codingPath)
    }
}
