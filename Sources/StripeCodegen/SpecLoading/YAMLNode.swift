/// A node of a spec file's YAML, where it starts, and (for a scalar) how it was written. Aliases
/// are resolved to the node their anchor names.
package struct YAMLNode: Sendable {
    enum Content: Sendable {
        case scalar(YAMLScalar)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    var content: Content
    /// The line, starting at 1.
    package var line: Int
    /// The column in Unicode scalars, starting at 1, as libyaml counts.
    package var column: Int
    /// Written in flow style: `{…}` or `[…]`.
    package var isFlow = false

    package var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    package var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }
}

/// A scalar's text as YAML reads it, its style, and its explicit tag if it has one. What it means
/// as a null, a boolean or an integer follows YAML 1.1's rules, as Yams applies them.
package struct YAMLScalar: Sendable {
    package var text: String
    /// Plain: written without quotes or block indicators, the only style read as null or number.
    package var isPlain: Bool
    /// The tag written before the scalar (`!!str`), resolved to its full name.
    var tag: String?

    /// Whether the scalar is YAML's null: plain and empty, `~` or `null`.
    var isNull: Bool {
        isPlain && ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// The scalar as a boolean (`true`, `yes`, `on`, `false`, …), unless it is a string: quoted
    /// without a tag, or tagged `!!str`.
    var bool: Bool? {
        let isString = tag == "tag:yaml.org,2002:str" || (tag == nil && !isPlain)
        guard !isString else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// The scalar as an integer, in any notation YAML 1.1 has (`1_000`, `0x1F`, `0o17`, `017`,
    /// `0b101`, `1:30`).
    var int: Int? {
        guard isPlain else { return nil }
        var digits = Substring(text.replacing("_", with: ""))
        let isNegative = digits.first == "-"
        if isNegative || digits.first == "+" { digits = digits.dropFirst() }
        guard let magnitude = Self.magnitude(of: digits) else { return nil }
        return isNegative ? 0 - magnitude : magnitude
    }

    /// An unsigned integer in binary, octal, hexadecimal, decimal or base 60 (`1:30:05`).
    private static func magnitude(of digits: Substring) -> Int? {
        guard let first = digits.first, first.isASCII, first.isNumber else { return nil }
        guard digits != "0" else { return 0 }
        for (prefix, radix) in [("0x", 16), ("0b", 2), ("0o", 8), ("0", 8)] where digits.hasPrefix(prefix) {
            let rest = digits.dropFirst(prefix.count)
            return rest.first == "-" || rest.first == "+" ? nil : Int(rest, radix: radix)
        }
        guard digits.contains(":") else { return Int(digits) }
        var value = 0
        for part in digits.split(separator: ":", omittingEmptySubsequences: false) {
            guard let part = Int(part), part >= 0 else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 60)
            guard !overflow else { return nil }
            value = shifted + part
        }
        return value
    }
}
