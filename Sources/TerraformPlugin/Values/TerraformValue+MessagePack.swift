import TerraformSchemas

extension TerraformValue {
    /// The extension type Terraform gives an unknown value.
    static let unknownExtensionType: Int8 = 0
    /// The extension type of an unknown value that carries refinements (cty 1.13 and later).
    static let refinedUnknownExtensionType: Int8 = 12

    /// Decodes Terraform's MessagePack encoding of a value of `type` (a `DynamicValue`'s
    /// `msgpack` bytes).
    public init(messagePack bytes: [UInt8], type: TerraformType) throws {
        try self.init(MessagePackReader.decode(bytes), type: type, at: TerraformAttributePath())
    }

    /// The MessagePack bytes of this value as `type`, as Terraform expects them.
    public func messagePack(type: TerraformType) throws -> [UInt8] {
        MessagePackWriter.encode(try messagePackValue(type: type, at: TerraformAttributePath()))
    }

    /// Reads `value` as `type`; errors name the path below `path`.
    init(_ value: MessagePackValue, type: TerraformType, at path: TerraformAttributePath)
        throws
    {
        switch (value, type) {
        case (.nil, _):
            self = .null
        case (.extension(let extensionType, _), _)
        where [Self.unknownExtensionType, Self.refinedUnknownExtensionType].contains(extensionType):
            self = .unknown
        case (.string(let string), .string):
            self = .string(string)
        case (.bool(let bool), .bool):
            self = .bool(bool)
        case (.int(let int), .number):
            self = .number(.integer(int))
        case (.uint(let uint), .number):
            self = .number(.double(Double(uint)))
        case (.float(let double), .number):
            guard !double.isNaN else {
                throw TerraformValueError(path: path, message: "NaN is not a number")
            }
            self = .number(TerraformNumber(double))
        case (.string(let text), .number):
            guard let number = TerraformNumber(parsing: text) else {
                throw TerraformValueError(path: path, message: "'\(text)' is not a number")
            }
            self = .number(number)
        case (.array(let elements), .list(let elementType)):
            self = .list(try Self.elements(elements, type: elementType, at: path))
        case (.array(let elements), .set(let elementType)):
            self = .set(try Self.elements(elements, type: elementType, at: path))
        case (.map(let pairs), .map(let elementType)):
            var values: [String: TerraformValue] = [:]
            for pair in pairs {
                let key = try Self.key(pair.key, at: path)
                values[key] = try TerraformValue(
                    pair.value, type: elementType, at: path.appending(.key(key)))
            }
            self = .map(values)
        case (.map(let pairs), .object(let attributeTypes)):
            var attributes = attributeTypes.mapValues { _ in TerraformValue.null }
            for pair in pairs {
                let name = try Self.key(pair.key, at: path)
                guard let attributeType = attributeTypes[name] else {
                    throw TerraformValueError(
                        path: path, message: "unsupported attribute '\(name)'")
                }
                attributes[name] = try TerraformValue(
                    pair.value, type: attributeType, at: path.appending(.attribute(name)))
            }
            self = .object(attributes)
        default:
            throw TerraformValueError(
                path: path, message: "expected a value of type \(type.summary)")
        }
    }

    private static func elements(
        _ values: [MessagePackValue], type: TerraformType, at path: TerraformAttributePath
    ) throws -> [TerraformValue] {
        try values.enumerated().map { index, value in
            try TerraformValue(value, type: type, at: path.appending(.index(index)))
        }
    }

    private static func key(_ key: MessagePackValue, at path: TerraformAttributePath) throws
        -> String
    {
        guard case .string(let string) = key else {
            throw TerraformValueError(path: path, message: "a map key is not a string")
        }
        return string
    }

    private func messagePackValue(type: TerraformType, at path: TerraformAttributePath) throws
        -> MessagePackValue
    {
        switch (self, type) {
        case (.null, _):
            return .nil
        case (.unknown, _):
            return .extension(type: Self.unknownExtensionType, data: [0])
        case (.string(let string), .string):
            return .string(string)
        case (.bool(let bool), .bool):
            return .bool(bool)
        case (.number(.integer(let int)), .number):
            return .int(int)
        case (.number(.double(let double)), .number):
            return .float(double)
        case (.list(let elements), .list(let elementType)),
            (.set(let elements), .set(let elementType)):
            return .array(
                try elements.enumerated().map { index, element in
                    try element.messagePackValue(
                        type: elementType, at: path.appending(.index(index)))
                })
        case (.map(let values), .map(let elementType)):
            return .map(
                try values.sorted { $0.key < $1.key }.map { key, value in
                    let element = try value.messagePackValue(
                        type: elementType, at: path.appending(.key(key)))
                    return MessagePackPair(.string(key), element)
                })
        case (.object(let attributes), .object(let attributeTypes)):
            return .map(
                try attributeTypes.sorted { $0.key < $1.key }.map { name, attributeType in
                    let value = try (attributes[name] ?? .null)
                        .messagePackValue(type: attributeType, at: path.appending(.attribute(name)))
                    return MessagePackPair(.string(name), value)
                })
        default:
            throw TerraformValueError(
                path: path, message: "\(self) is not a value of type \(type.summary)")
        }
    }
}

extension TerraformType {
    /// A short name for messages: `list of object`.
    var summary: String {
        switch self {
        case .string: "string"
        case .number: "number"
        case .bool: "bool"
        case .list(let element): "list of \(element.summary)"
        case .set(let element): "set of \(element.summary)"
        case .map(let element): "map of \(element.summary)"
        case .object: "object"
        }
    }
}
