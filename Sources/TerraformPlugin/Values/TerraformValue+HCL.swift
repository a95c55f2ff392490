extension TerraformValue {
    /// The value as a configuration writes it, for messages: `"First"`, `12`, `true`, `null`,
    /// `["a", "b"]`, `{ formula = "sum" }` (attributes in name order).
    public var hclDescription: String {
        switch self {
        case .null: "null"
        case .unknown: "(known after apply)"
        case .string(let string): "\"" + string.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .number(let number): number.description
        case .bool(let bool): bool ? "true" : "false"
        case .list(let elements), .set(let elements):
            "[" + elements.map(\.hclDescription).joined(separator: ", ") + "]"
        case .map(let values), .object(let values):
            values.isEmpty
                ? "{}"
                : "{ " + values.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value.hclDescription)" }
                    .joined(separator: ", ") + " }"
        }
    }
}
