import CYaml

/// One pass over a file's YAML events that builds its nodes and finds syntax errors, duplicate
/// keys, undefined aliases, and files past the `YAMLLimits`, each at the place it concerns. Time
/// and memory are linear in the file's size, whatever its aliases expand to: an alias shares the
/// node its anchor names.
package struct YAMLComposer {
    let path: String
    let limits: YAMLLimits

    package init(path: String, limits: YAMLLimits) {
        self.path = path
        self.limits = limits
    }

    /// A mapping or list being read.
    private struct Collection {
        var isMapping: Bool
        /// Written with brackets or braces, which must be closed.
        var isFlow: Bool
        var location: SourceLocation
        /// The nodes read so far: a mapping's keys and values alternate.
        var nodes: [YAMLNode] = []
        var anchor: String?
        /// The node count when the collection started.
        var firstNode: Int
        /// How many keys and values of a mapping (or items of a list) have been read.
        var children = 0
        /// A mapping's scalar keys and where each was first seen.
        var keys: [String: SourceLocation] = [:]
    }

    /// The root node of `bytes` (`nil` for a file with no document), or its first problem.
    package func compose(_ bytes: [UInt8]) -> Result<YAMLNode?, Diagnostic> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(
                Diagnostic("cannot start the YAML parser", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return compose(&parser, bytes: buffer)
        }
    }

    private func compose(_ parser: inout yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>)
        -> Result<YAMLNode?, Diagnostic>
    {
        var stack: [Collection] = []
        var anchors: [String: (node: YAMLNode, size: Int)] = [:]
        var nodes = 0
        var root: YAMLNode?
        /// The last quoted scalar that ran over more than one line: where it opened, and the line
        /// it ended on.
        var multilineQuote: (openedAt: SourceLocation, endLine: Int)?
        /// Adds a finished node to the collection being read, or makes it the root.
        func add(_ node: YAMLNode) {
            if let index = stack.indices.last {
                stack[index].nodes.append(node)
                stack[index].children += 1
            } else if root == nil {
                root = node
            }
        }
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return .failure(
                    syntaxError(
                        parser, bytes: bytes, openFlow: stack.last(where: \.isFlow), multilineQuote: multilineQuote))
            }
            defer { yaml_event_delete(&event) }
            let location = self.location(event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(root)
            case YAML_DOCUMENT_START_EVENT where root != nil:
                return .failure(
                    Diagnostic(
                        "a second YAML document starts here; a spec file holds one document", at: location))
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor) ?? ""
                guard let anchored = anchors[name] else {
                    return .failure(Diagnostic("the alias '*\(name)' names no anchor before it", at: location))
                }
                nodes += anchored.size
                if nodes > limits.maxNodes {
                    return .failure(tooManyNodes(at: location, alias: true))
                }
                add(anchored.node)
            case YAML_SCALAR_EVENT:
                let style = event.data.scalar.style
                if style == YAML_SINGLE_QUOTED_SCALAR_STYLE || style == YAML_DOUBLE_QUOTED_SCALAR_STYLE,
                    event.end_mark.line > event.start_mark.line
                {
                    multilineQuote = (location, Int(event.end_mark.line) + 1)
                }
                nodes += 1
                if nodes > limits.maxNodes {
                    return .failure(tooManyNodes(at: location, alias: false))
                }
                let text = scalarValue(event)
                if let index = stack.indices.last, stack[index].isMapping, stack[index].children % 2 == 0 {
                    if let first = stack[index].keys[text] {
                        return .failure(
                            Diagnostic(
                                "duplicate key '\(text)'; it was first set at \(first.line):\(first.column)",
                                at: location))
                    }
                    stack[index].keys[text] = location
                }
                let scalar = YAMLScalar(
                    text: text, isPlain: event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE,
                    tag: string(event.data.scalar.tag))
                let node = YAMLNode(content: .scalar(scalar), line: location.line, column: location.column)
                if let anchor = string(event.data.scalar.anchor) {
                    anchors[anchor] = (node, 1)
                }
                add(node)
            case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = string(
                    isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                let isFlow =
                    isMapping
                    ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                    : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                nodes += 1
                if nodes > limits.maxNodes {
                    return .failure(tooManyNodes(at: location, alias: false))
                }
                if stack.count >= limits.maxDepth {
                    return .failure(tooDeep(at: location))
                }
                stack.append(
                    Collection(
                        isMapping: isMapping, isFlow: isFlow, location: location, anchor: anchor,
                        firstNode: nodes))
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                guard let finished = stack.popLast() else { break }
                let content: YAMLNode.Content
                if finished.isMapping {
                    content = .mapping(
                        stride(from: 0, to: finished.nodes.count - 1, by: 2).map {
                            (key: finished.nodes[$0], value: finished.nodes[$0 + 1])
                        })
                } else {
                    content = .sequence(finished.nodes)
                }
                let node = YAMLNode(
                    content: content, line: finished.location.line, column: finished.location.column,
                    isFlow: finished.isFlow)
                if let anchor = finished.anchor {
                    anchors[anchor] = (node, nodes - finished.firstNode + 1)
                }
                add(node)
            default:
                break
            }
        }
    }

    private func tooManyNodes(at location: SourceLocation, alias: Bool) -> Diagnostic {
        let reason = alias ? "this alias expands the file" : "the file grows"
        return Diagnostic(
            "\(reason) past \(limits.maxNodes) YAML nodes (each alias counts as the nodes it repeats); "
                + "a spec file needs far fewer",
            at: location)
    }

    private func tooDeep(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            "mappings and lists are nested more than \(limits.maxDepth) levels deep here; a spec file needs far fewer",
            at: location)
    }

    /// libyaml's error, placed where the broken construct opens when the problem is that it
    /// never closes (an unclosed quote or flow collection is only noticed lines later, often at
    /// the end of the file): the context libyaml names, or else the innermost flow collection
    /// still open.
    private func syntaxError(
        _ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, openFlow: Collection?,
        multilineQuote: (openedAt: SourceLocation, endLine: Int)?
    ) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            return Diagnostic(
                "invalid YAML: \(problem)",
                at: TextPosition.location(ofByte: parser.problem_offset, in: bytes, file: path))
        }
        let problemAt = location(parser.problem_mark)
        if problem.hasPrefix("Maximum nesting level") {
            // libyaml's own bound, met before the event that would cross ours.
            return tooDeep(at: problemAt)
        }
        let contextText = parser.context.map { String(cString: $0) }
        let openedAt = location(parser.context_mark)
        let isAtEnd = parser.problem_mark.index >= bytes.count || problem.contains("end of stream")
        let unclosed = ["quoted scalar", "flow mapping", "flow sequence"].first {
            contextText?.hasSuffix($0) == true
        }
        if let contextText, unclosed != nil || isAtEnd, openedAt != problemAt {
            let construct = contextText.replacingOccurrences(of: "while scanning ", with: "")
                .replacingOccurrences(of: "while parsing ", with: "")
            return unclosedError(
                construct, openedAt: openedAt, problem: problem, problemAt: problemAt)
        }
        // A quote left open swallows the lines up to the next quote, and the error shows after
        // that one: the quote that opened lines earlier is the one to close.
        if let multilineQuote, multilineQuote.endLine == problemAt.line {
            return Diagnostic(
                "invalid YAML: the quoted string opened here runs on to line \(multilineQuote.endLine); "
                    + "close its quote on this line (libyaml: \(problem) at \(problemAt.line):\(problemAt.column))",
                at: multilineQuote.openedAt)
        }
        if isAtEnd, let openFlow {
            let construct = openFlow.isMapping ? "a flow mapping" : "a flow sequence"
            return unclosedError(
                construct, openedAt: openFlow.location, problem: problem, problemAt: problemAt)
        }
        guard let contextText else { return Diagnostic("invalid YAML: \(problem)", at: problemAt) }
        return Diagnostic(
            "invalid YAML: \(problem) (\(contextText) at \(openedAt.line):\(openedAt.column))",
            at: problemAt)
    }

    private func unclosedError(
        _ construct: String, openedAt: SourceLocation, problem: String, problemAt: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            "invalid YAML: \(construct) opened here is not closed: \(problem) at \(problemAt.line):\(problemAt.column)",
            at: openedAt)
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: path, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func scalarValue(_ event: yaml_event_t) -> String {
        let buffer = UnsafeBufferPointer(
            start: event.data.scalar.value, count: event.data.scalar.length)
        return String(decoding: buffer, as: UTF8.self)
    }
}
