/// Spells spec types as Swift types.
enum SwiftTypeName {
    /// The Swift type of a value of `type` (not optional).
    static func of(_ type: FieldType) -> String {
        switch type {
        case .string: "String"
        case .integer: "Int"
        case .number: "Double"
        case .boolean: "Bool"
        case .timestamp: "Date"
        case .enumeration(let model): model.swiftName
        case .object(let model): model.swiftName
        case .map(let value, _): "[String: \(of(value))]"
        case .list(let element, _): "[\(of(element))]"
        }
    }

    /// `text` escaped for use between the quotes of a Swift string literal.
    static func stringLiteralContents(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) else {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
