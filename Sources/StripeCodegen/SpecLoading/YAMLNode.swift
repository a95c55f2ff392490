import Yams

/// A node of a spec file's YAML, where it starts, and (for a scalar) how it was written. Aliases
/// are resolved to the node their anchor names.
struct YAMLNode: Sendable {
    enum Content: Sendable {
        case scalar(YAMLScalar)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    var content: Content
    /// The line, starting at 1.
    var line: Int
    /// The column in Unicode scalars, starting at 1, as libyaml counts.
    var column: Int
    /// Written in flow style: `{…}` or `[…]`.
    var isFlow = false

    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }
}

/// A scalar's text as YAML reads it, its style, and its explicit tag if it has one. What it means
/// as a null, a boolean or an integer follows YAML's rules as Yams applies them.
struct YAMLScalar: Sendable {
    var text: String
    /// Plain: written without quotes or block indicators, the only style read as null or number.
    var isPlain: Bool
    /// The tag written before the scalar (`!!str`), resolved to its full name.
    var tag: String?

    /// Whether the scalar is YAML's null: plain and empty, `~` or `null`.
    var isNull: Bool {
        isPlain && ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// The scalar as a boolean (`true`, `yes`, `on`, `false`, …), unless it is a string: quoted
    /// without a tag, or tagged `!!str`.
    var bool: Bool? {
        let isString = tag == Tag.Name.str.rawValue || (tag == nil && !isPlain)
        guard !isString else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// The scalar as an integer, in any notation YAML 1.1 has (`1_000`, `0x1F`, `0o17`, `1:30`).
    var int: Int? {
        guard isPlain else { return nil }
        return Int.construct(from: Node.Scalar(text, .implicit, .plain))
    }
}
