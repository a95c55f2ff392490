import StripeCodegen
/// The YAML nodes of one spec file, addressed by key paths (`["fields", "status", "values"]`):
/// where a difference is reported, and what `--apply` edits.
struct SpecSourceMap {
    /// The file as named in messages, e.g. `spec/billing_meter.yaml`.
    let path: String
    let root: YAMLNode

    /// Composes `text`; `nil` when it is not YAML (the spec loader reports why).
    init?(text: String, path: String) {
        guard case .success(let root?) = YAMLComposer(path: path, limits: .standard).compose(Array(text.utf8))
        else { return nil }
        self.path = path
        self.root = root
    }

    /// The key and value of the entry at `keyPath`, or `nil` when a key on the way is missing.
    func entry(at keyPath: [String]) -> (key: YAMLNode, value: YAMLNode)? {
        var found: (key: YAMLNode, value: YAMLNode)?
        var node = root
        for key in keyPath {
            guard let entry = Self.entry(key, in: node) else { return nil }
            found = entry
            node = entry.value
        }
        return found
    }

    /// The node at `keyPath` (the root for an empty path).
    func node(at keyPath: [String]) -> YAMLNode? {
        keyPath.isEmpty ? root : entry(at: keyPath)?.value
    }

    /// Where `keyPath` is: its key, or the key of the deepest entry on the way that exists.
    func location(of keyPath: [String]) -> SourceLocation {
        var node = root
        var location = SourceLocation(file: path, line: 1, column: 1)
        for key in keyPath {
            guard let entry = Self.entry(key, in: node) else { break }
            location = Self.location(of: entry.key, file: path)
            node = entry.value
        }
        return location
    }

    static func entry(_ key: String, in node: YAMLNode) -> (key: YAMLNode, value: YAMLNode)? {
        node.mapping?.first { $0.key.scalar?.text == key }
    }

    static func location(of node: YAMLNode, file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }
}
