/// Reads the YAML nodes of one file into typed values, reporting every shape problem with its
/// position and carrying on, so that one run finds all of them.
struct YAMLNodeReader {
    let path: String
    let log: DiagnosticLog

    init(path: String, log: DiagnosticLog) {
        self.path = path
        self.log = log
    }

    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: path, line: node.line, column: node.column)
    }

    /// The key/value pairs of a mapping node whose keys are in `allowed` (any key when `nil`);
    /// reports unknown keys and a node that is not a mapping. The composer rejects duplicate keys.
    func entries(
        of node: YAMLNode, allowed: [String]?, what: String
    ) -> [(key: Located<String>, value: YAMLNode)] {
        guard let mapping = node.mapping else {
            log.error("expected \(what) to be a mapping, found \(describe(node))", at: location(of: node))
            return []
        }
        var result: [(key: Located<String>, value: YAMLNode)] = []
        let keys = Set(mapping.compactMap { $0.key.scalar?.text })
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.text else {
                log.error("expected a plain key in \(what)", at: location(of: keyNode))
                continue
            }
            let keyLocation = location(of: keyNode)
            var readKey = key
            if let allowed, !allowed.contains(key) {
                let suggestion = Suggestion.closest(to: key, among: allowed)
                log.error(
                    "unknown key '\(key)' in \(what)" + Suggestion.hint(suggestion),
                    at: keyLocation)
                // Read a likely typo as the key it was meant to be, so that checking goes on
                // without reporting the key as missing too.
                guard let suggestion, !keys.contains(suggestion) else {
                    continue
                }
                readKey = suggestion
            }
            result.append((Located(value: readKey, location: keyLocation), value))
        }
        return result
    }

    /// The entries of a mapping node whose keys are among `keys`, each with the key it is (a
    /// likely typo read as the key it was meant to be) and the key as written.
    func entries<Key: RawRepresentable<String>>(
        of node: YAMLNode, keys: [Key], what: String
    ) -> [(key: Key, name: Located<String>, value: YAMLNode)] {
        entries(of: node, allowed: keys.map(\.rawValue), what: what).compactMap { name, value in
            Key(rawValue: name.value).map { ($0, name, value) }
        }
    }

    func string(_ node: YAMLNode, what: String) -> Located<String>? {
        guard let scalar = node.scalar, !scalar.isNull else {
            log.error("expected \(what) to be a string, found \(describe(node))", at: location(of: node))
            return nil
        }
        return Located(value: scalar.text, location: location(of: node))
    }

    func bool(_ node: YAMLNode, what: String) -> Located<Bool>? {
        guard let value = node.scalar?.bool else {
            log.error(
                "expected \(what) to be a boolean, found \(describe(node)); write true or false "
                    + "(YAML 1.1's yes, no, on and off are read as booleans too)",
                at: location(of: node))
            return nil
        }
        return Located(value: value, location: location(of: node))
    }

    func int(_ node: YAMLNode, what: String) -> Located<Int>? {
        guard let value = node.scalar?.int else {
            log.error("expected \(what) to be an integer, found \(describe(node))", at: location(of: node))
            return nil
        }
        return Located(value: value, location: location(of: node))
    }

    func strings(_ node: YAMLNode, what: String) -> [Located<String>] {
        guard let sequence = node.sequence else {
            log.error("expected \(what) to be a list, found \(describe(node))", at: location(of: node))
            return []
        }
        return sequence.compactMap { string($0, what: "an item of \(what)") }
    }

    private func describe(_ node: YAMLNode) -> String {
        switch node.content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar): return scalar.isNull ? "nothing" : "'\(scalar.text)'"
        }
    }
}
