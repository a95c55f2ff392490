import Yams

/// Reads the YAML nodes of one file into typed values, reporting every shape problem with its
/// position and carrying on, so that one run finds all of them.
struct YAMLNodeReader {
    let path: String
    let log: DiagnosticLog

    init(path: String, log: DiagnosticLog) {
        self.path = path
        self.log = log
    }

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// The key/value pairs of a mapping node whose keys are in `allowed` (any key when `nil`);
    /// reports unknown keys and a node that is not a mapping. Yams itself rejects duplicate keys.
    func entries(
        of node: Node, allowed: [String]?, what: String
    ) -> [(key: Located<String>, value: Node)] {
        guard let mapping = node.mapping else {
            log.error("expected \(what) to be a mapping, found \(describe(node))", at: location(of: node))
            return []
        }
        var result: [(key: Located<String>, value: Node)] = []
        let keys = Set(mapping.keys.compactMap { $0.scalar?.string })
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
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

    func string(_ node: Node, what: String) -> Located<String>? {
        guard let scalar = node.scalar, node.null == nil || scalar.style != .plain else {
            log.error("expected \(what) to be a string, found \(describe(node))", at: location(of: node))
            return nil
        }
        return Located(value: scalar.string, location: location(of: node))
    }

    func bool(_ node: Node, what: String) -> Located<Bool>? {
        guard node.scalar != nil, let value = node.bool else {
            log.error("expected \(what) to be true or false, found \(describe(node))", at: location(of: node))
            return nil
        }
        return Located(value: value, location: location(of: node))
    }

    func int(_ node: Node, what: String) -> Located<Int>? {
        guard node.scalar != nil, let value = node.int else {
            log.error("expected \(what) to be an integer, found \(describe(node))", at: location(of: node))
            return nil
        }
        return Located(value: value, location: location(of: node))
    }

    func strings(_ node: Node, what: String) -> [Located<String>] {
        guard let sequence = node.sequence else {
            log.error("expected \(what) to be a list, found \(describe(node))", at: location(of: node))
            return []
        }
        return sequence.compactMap { string($0, what: "an item of \(what)") }
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if node.null != nil && scalar.style == .plain { return "nothing" }
            return "'\(scalar.string)'"
        }
    }
}
