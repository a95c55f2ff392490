extension TemplateValue {
    /// The template context `value` as a `TemplateValue`, with no JSON in between: objects,
    /// arrays, strings, booleans and nulls; numbers become their decimal text. A nil optional is
    /// a null, so that a section over it renders nothing instead of being taken for a name the
    /// context lacks.
    init(encoding value: some Encodable) throws {
        self = try Self.encoded(value, in: nil)
    }

    /// Text and booleans as they are, integers and doubles as text, anything else through its
    /// own `encode(to:)`, into a slot below `parent`.
    fileprivate static func encoded(_ value: some Encodable, in parent: EncodingSlot.Parent?) throws -> TemplateValue {
        if let primitive = primitive(value) { return primitive }
        return try encodedByItself(value, in: parent)
    }

    /// What a single-value container is given: numbers of every type are text, since they encode
    /// themselves into that container again.
    fileprivate static func singleValue(_ value: some Encodable, in parent: EncodingSlot.Parent?) throws -> TemplateValue {
        if let primitive = primitive(value) { return primitive }
        switch value {
        case let integer as any BinaryInteger: return .text(String(describing: integer))
        case let number as any BinaryFloatingPoint: return text(of: Double(number))
        default: return try encodedByItself(value, in: parent)
        }
    }

    /// Text, a boolean, an `Int` or a `Double`, told apart by comparing types rather than by
    /// casting: a cast to a protocol searches every conformance the first time it meets a type.
    private static func primitive<Value: Encodable>(_ value: Value) -> TemplateValue? {
        if Value.self == String.self { return .text(unsafeBitCast(value, to: String.self)) }
        if Value.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if Value.self == Int.self { return .text(String(unsafeBitCast(value, to: Int.self))) }
        if Value.self == Double.self { return text(of: unsafeBitCast(value, to: Double.self)) }
        return nil
    }

    private static func text(of number: Double) -> TemplateValue {
        .text(number.rounded() == number ? String(Int(number)) : String(number))
    }

    private static func encodedByItself(_ value: some Encodable, in parent: EncodingSlot.Parent?) throws -> TemplateValue {
        let slot = EncodingSlot(parent: parent)
        try value.encode(to: ContextEncoder(slot: slot))
        return slot.value
    }
}

/// What one `encode(to:)` writes: a single value, or the members or elements of the container it
/// asks for. Containers nested by hand are kept as slots of their own until the value is read.
/// The coding path is only followed back through the parents when someone asks for it, so that
/// encoding a member costs no path of its own.
private final class EncodingSlot {
    /// The slot a value is encoded into, and the key it has there.
    typealias Parent = (slot: EncodingSlot, key: any CodingKey)

    let parent: Parent?
    var single = TemplateValue.null
    var members: [String: TemplateValue]?
    var elements: [TemplateValue]?
    var nestedMembers: [(key: String, slot: EncodingSlot)] = []
    var nestedElements: [(index: Int, slot: EncodingSlot)] = []

    init(parent: Parent?) {
        self.parent = parent
    }

    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var next = parent
        while let (slot, key) = next {
            path.append(key)
            next = slot.parent
        }
        return path.reversed()
    }

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

    func nestedMember(_ key: some CodingKey) -> EncodingSlot {
        let slot = EncodingSlot(parent: (self, key))
        nestedMembers.append((key.stringValue, slot))
        return slot
    }

    func nestedElement() -> EncodingSlot {
        let index = elements?.count ?? 0
        let slot = EncodingSlot(parent: (self, ElementKey(index: index)))
        nestedElements.append((index, slot))
        elements?.append(.null)
        return slot
    }

    func setMember(_ value: TemplateValue, forKey key: some CodingKey) {
        members?[key.stringValue] = value
    }

    func appendElement(_ element: some Encodable) throws {
        let key = ElementKey(index: elements?.count ?? 0)
        elements?.append(try TemplateValue.encoded(element, in: (self, key)))
    }
}

/// The coding key of a list's element: its index.
private struct ElementKey: CodingKey {
    var index: Int
    var stringValue: String { String(index) }
    var intValue: Int? { index }

    init(index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { index = intValue }
}

private struct ContextEncoder: Encoder {
    let slot: EncodingSlot
    var codingPath: [any CodingKey] { slot.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if slot.members == nil { slot.members = [:] }
        return KeyedEncodingContainer(KeyedContainer<Key>(slot: slot))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if slot.elements == nil { slot.elements = [] }
        return UnkeyedContainer(slot: slot)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(slot: slot)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: EncodingSlot
    var codingPath: [any CodingKey] { slot.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        slot.setMember(.null, forKey: key)
    }

    // Text, booleans and integers, the members most contexts have, skip the generic path's casts.
    mutating func encode(_ member: String, forKey key: Key) throws {
        slot.setMember(.text(member), forKey: key)
    }

    mutating func encode(_ member: Bool, forKey key: Key) throws {
        slot.setMember(.bool(member), forKey: key)
    }

    mutating func encode(_ member: Int, forKey key: Key) throws {
        slot.setMember(.text(String(member)), forKey: key)
    }

    mutating func encode<T: Encodable>(_ member: T, forKey key: Key) throws {
        slot.setMember(try TemplateValue.encoded(member, in: (slot, key)), forKey: key)
    }

    // Synthesized `Encodable` skips nil optionals through these; a context keeps them as nulls.
    mutating func encodeIfPresent<T: Encodable>(_ member: T?, forKey key: Key) throws {
        if let member { try encode(member, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ member: String?, forKey key: Key) throws {
        if let member { try encode(member, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ member: Bool?, forKey key: Key) throws {
        if let member { try encode(member, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ member: Int?, forKey key: Key) throws {
        if let member { try encode(member, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ member: Double?, forKey key: Key) throws {
        if let member { try encode(member, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        ContextEncoder(slot: slot.nestedMember(key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        ContextEncoder(slot: slot.nestedMember(key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        ContextEncoder(slot: slot)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ContextEncoder(slot: slot.nestedMember(key))
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let slot: EncodingSlot
    var codingPath: [any CodingKey] { slot.codingPath }
    var count: Int { slot.elements?.count ?? 0 }

    mutating func encodeNil() throws {
        slot.elements?.append(.null)
    }

    mutating func encode(_ element: String) throws {
        slot.elements?.append(.text(element))
    }

    mutating func encode<T: Encodable>(_ element: T) throws {
        try slot.appendElement(element)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        ContextEncoder(slot: slot.nestedElement()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        ContextEncoder(slot: slot.nestedElement()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        ContextEncoder(slot: slot.nestedElement())
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let slot: EncodingSlot
    var codingPath: [any CodingKey] { slot.codingPath }

    mutating func encodeNil() throws {
        slot.single = .null
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        slot.single = try TemplateValue.singleValue(value, in: slot.parent)
    }
}

/// A list in a template context whose elements are built when a section reaches them, one at a
/// time and again for every section over the list, so that a file over the whole spec never
/// holds the contexts of every object at once. `gen --dump-context` prints it as a list.
struct LazyContextList<Element: Encodable & Sendable>: Encodable, Sendable {
    let count: Int
    private let element: @Sendable (Int) -> Element

    init(count: Int, element: @escaping @Sendable (Int) -> Element) {
        self.count = count
        self.element = element
    }

    func encode(to encoder: any Encoder) throws {
        if let encoder = encoder as? ContextEncoder {
            let element = element
            encoder.slot.single = .lazyList(count: count) { index in try TemplateValue(encoding: element(index)) }
            return
        }
        var container = encoder.unkeyedContainer()
        for index in 0..<count { try container.encode(element(index)) }
    }
}
