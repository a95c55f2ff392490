import StripeCodegen
/// Applies `SpecEdit`s to the text of one spec file by line ranges found from its nodes'
/// positions: only the lines concerned change; comments, blank lines, key order, anchors and
/// the formatting of everything else stay as they are.
struct SpecTextEditor {
    /// The order of a field's or parameter's keys in the spec files; a key `--apply` adds goes
    /// after the last key before it in this order.
    static let schemaKeyOrder = [
        "type", "required", "nullable", "mutability", "after", "max_length", "minimum", "maximum",
        "default",
        "example", "swift_type_name", "description", "values", "fields", "items",
    ]

    /// The result: the new text, and the edits that could not be made, with why.
    struct Outcome {
        var text: String
        var failures: [(edit: Int, reason: String)]
    }

    /// A change of a range of lines, made for some of the edits.
    private struct LineChange {
        var range: Range<Int>
        var lines: [String]
        /// Indentation of the lines inserted, so that insertions at one place nest correctly.
        var indent: Int
        var edits: [Int]
    }

    private let map: SpecSourceMap
    private var lines: [String]
    private let writer: YAMLWriter

    init(text: String, map: SpecSourceMap) {
        self.map = map
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        writer = YAMLWriter(step: Self.indentationStep(of: map.root))
    }

    /// Makes `edits` (numbered by their index), each once, leaving out those that conflict.
    mutating func apply(_ edits: [SpecEdit]) -> Outcome {
        var failures: [(edit: Int, reason: String)] = []
        var changes: [LineChange] = []
        var groups: [[String]: [(index: Int, change: SpecEdit.Change)]] = [:]
        var order: [[String]] = []
        for (index, edit) in edits.enumerated() {
            let (mapping, change) = anchored(edit)
            if groups[mapping] == nil { order.append(mapping) }
            groups[mapping, default: []].append((index, change))
        }
        var pending = order.map { ($0, groups[$0] ?? []) }
        while let (mapping, group) = pending.first {
            pending.removeFirst()
            switch plan(group, in: mapping) {
            case .success(let planned):
                changes += planned.changes
                if let parent = planned.removeFromParent {
                    pending.append(parent)
                }
            case .failure(let failure):
                failures += group.map { ($0.index, failure.reason) }
            }
        }
        failures += commit(changes)
        return Outcome(text: lines.joined(separator: "\n"), failures: failures)
    }

    private struct PlanFailure: Error {
        var reason: String
    }

    private struct Plan {
        var changes: [LineChange] = []
        /// When every entry of the mapping is removed: the removal of the mapping itself.
        var removeFromParent: ([String], [(index: Int, change: SpecEdit.Change)])?
    }

    /// The edit, moved to the deepest mapping that exists: a key set in a mapping that is not
    /// there yet becomes the insertion of that mapping, with the key in it.
    private func anchored(_ edit: SpecEdit) -> ([String], SpecEdit.Change) {
        var mapping = edit.mapping
        var change = edit.change
        if case .remove = change { return (mapping, change) }
        while !mapping.isEmpty, map.node(at: mapping) == nil {
            let key = mapping.removeLast()
            let entry: YAMLBlock.Entry
            switch change {
            case .set(let name, let value): entry = .init(key: name, value: .scalar(value))
            case .insert(let name, let value): entry = .init(key: name, value: value)
            case .remove: return (edit.mapping, edit.change)
            }
            change = .insert(key: key, value: .mapping([entry]))
        }
        return (mapping, change)
    }

    private func plan(_ group: [(index: Int, change: SpecEdit.Change)], in mapping: [String])
        -> Result<Plan, PlanFailure>
    {
        guard let node = map.node(at: mapping), let entries = node.mapping else {
            return .failure(
                PlanFailure(reason: "\(mapping.joined(separator: ".")) is not a mapping"))
        }
        // An empty mapping can only be written `{}`.
        if node.isFlow || entries.isEmpty {
            return flowPlan(group, mapping: mapping, isEmpty: entries.isEmpty)
        }
        var plan = Plan()
        var additions: [(index: Int, entry: YAMLBlock.Entry)] = []
        var removed: Set<String> = []
        for (index, change) in group {
            switch change {
            case .set(let key, let value):
                if let entry = SpecSourceMap.entry(key, in: node) {
                    plan.changes.append(replacement(of: entry, key: key, value: value, edit: index))
                } else {
                    additions.append((index, .init(key: key, value: .scalar(value))))
                }
            case .insert(let key, let value):
                if let entry = SpecSourceMap.entry(key, in: node) {
                    let range = entryRange(of: entry.key)
                    let indent = column(of: entry.key)
                    plan.changes.append(
                        LineChange(
                            range: range,
                            lines: writer.lines(key: key, value: value, indent: indent),
                            indent: indent, edits: [index]))
                } else {
                    additions.append((index, .init(key: key, value: value)))
                }
            case .remove(let key):
                guard let entry = SpecSourceMap.entry(key, in: node), !removed.contains(key) else {
                    continue
                }
                removed.insert(key)
                plan.changes.append(
                    LineChange(
                        range: entryRange(of: entry.key), lines: [], indent: 0, edits: [index]))
            }
        }
        if additions.isEmpty, !mapping.isEmpty, removed.count == entries.count {
            // An empty mapping is not a valid spec value: the mapping goes too.
            plan.changes = []
            plan.removeFromParent = (
                Array(mapping.dropLast()), group.map { ($0.index, .remove(key: mapping.last!)) }
            )
            return .success(plan)
        }
        let keys = entries.map { $0.key }
        let indent = keys.first.map(column(of:)) ?? 0
        var byLine: [Int: [(index: Int, entry: YAMLBlock.Entry)]] = [:]
        for addition in additions {
            byLine[insertionLine(for: addition.entry.key, among: keys), default: []].append(
                addition)
        }
        for (line, items) in byLine {
            let sorted = items.sorted { precedes($0.entry.key, $1.entry.key, keys: keys) }
            plan.changes.append(
                LineChange(
                    range: line..<line,
                    lines: sorted.flatMap {
                        writer.lines(key: $0.entry.key, value: $0.entry.value, indent: indent)
                    },
                    indent: indent, edits: sorted.map(\.index)))
        }
        return .success(plan)
    }

    /// `key: {}` becomes a block mapping holding the new entries.
    private func flowPlan(
        _ group: [(index: Int, change: SpecEdit.Change)], mapping: [String], isEmpty: Bool
    )
        -> Result<Plan, PlanFailure>
    {
        guard isEmpty, let owner = map.entry(at: mapping) else {
            return .failure(
                PlanFailure(
                    reason:
                        "\(mapping.joined(separator: ".")) is a flow mapping ({…}); edit it by hand"
                ))
        }
        var entries: [(index: Int, entry: YAMLBlock.Entry)] = []
        for (index, change) in group {
            switch change {
            case .set(let key, let value):
                entries.append((index, .init(key: key, value: .scalar(value))))
            case .insert(let key, let value): entries.append((index, .init(key: key, value: value)))
            case .remove: continue
            }
        }
        let braces = owner.value
        let line = braces.line - 1
        let keyLine = String(
            String.UnicodeScalarView(lines[line].unicodeScalars.prefix(braces.column - 1)))
        var trimmed = keyLine
        while trimmed.last == " " { trimmed.removeLast() }
        let indent = column(of: owner.key) + writer.step
        let sorted = entries.sorted { precedes($0.entry.key, $1.entry.key, keys: []) }
        let body = sorted.flatMap {
            writer.lines(key: $0.entry.key, value: $0.entry.value, indent: indent)
        }
        return .success(
            Plan(changes: [
                LineChange(
                    range: line..<line + 1, lines: [trimmed] + body, indent: indent,
                    edits: sorted.map(\.index))
            ]))
    }

    /// The line of `entry` with its scalar value replaced, a comment after it kept.
    private func replacement(
        of entry: (key: YAMLNode, value: YAMLNode), key: String, value: String, edit: Int
    ) -> LineChange {
        let range = entryRange(of: entry.key)
        let indent = column(of: entry.key)
        let valueNode = entry.value
        if range.count == 1, let scalar = valueNode.scalar, valueNode.line - 1 == range.lowerBound {
            let line = lines[range.lowerBound].unicodeScalars
            let prefix = String(String.UnicodeScalarView(line.prefix(valueNode.column - 1)))
            let rest = String(String.UnicodeScalarView(line.dropFirst(valueNode.column - 1)))
            var comment = ""
            if scalar.isPlain, let hash = rest.range(of: " #") {
                comment = String(rest[hash.lowerBound...])
            }
            return LineChange(
                range: range, lines: [prefix + value + comment], indent: indent, edits: [edit])
        }
        return LineChange(
            range: range, lines: writer.lines(key: key, value: .scalar(value), indent: indent),
            indent: indent, edits: [edit])
    }

    /// The lines of the entry whose key is `key`: up to the next line, not blank nor a comment,
    /// indented no deeper than the key; comments and blank lines at its end belong to what follows.
    private func entryRange(of key: YAMLNode) -> Range<Int> {
        let start = key.line - 1
        let indent = column(of: key)
        var end = start + 1
        while end < lines.count {
            let line = lines[end]
            let content = line.drop { $0 == " " }
            if !content.isEmpty, !content.hasPrefix("#"), line.count - content.count <= indent {
                break
            }
            end += 1
        }
        while end > start + 1 {
            let line = lines[end - 1]
            let content = line.drop { $0 == " " }
            guard
                content.isEmpty || (content.hasPrefix("#") && line.count - content.count <= indent)
            else { break }
            end -= 1
        }
        return start..<end
    }

    /// Where a new `key` goes among `keys`: after the last (in the file) that comes before it,
    /// or before the first when none does.
    private func insertionLine(for key: String, among keys: [YAMLNode]) -> Int {
        let before = keys.last { precedes($0.scalar?.text ?? "", key, keys: keys) }
        if let before { return entryRange(of: before).upperBound }
        return (keys.first?.line ?? 1) - 1
    }

    /// Schema keys in `schemaKeyOrder` when the mapping holds only such keys; names (fields,
    /// values, parameters) alphabetically.
    private func precedes(_ lhs: String, _ rhs: String, keys: [YAMLNode]) -> Bool {
        let order = Self.schemaKeyOrder
        let isSchema = keys.allSatisfy { order.contains($0.scalar?.text ?? "") }
        if isSchema, let left = order.firstIndex(of: lhs), let right = order.firstIndex(of: rhs) {
            return left < right
        }
        return lhs < rhs
    }

    private func column(of node: YAMLNode) -> Int {
        node.column - 1
    }

    /// Makes the line changes from the bottom up; one that overlaps a change already made fails.
    private mutating func commit(_ changes: [LineChange]) -> [(edit: Int, reason: String)] {
        var merged: [Int: LineChange] = [:]
        var ranged: [LineChange] = []
        for change in changes {
            guard change.range.isEmpty else {
                ranged.append(change)
                continue
            }
            // Insertions at one line: the deeper ones end the entry above, so they come first.
            if var existing = merged[change.range.lowerBound] {
                existing.lines =
                    change.indent > existing.indent
                    ? change.lines + existing.lines : existing.lines + change.lines
                existing.indent = max(existing.indent, change.indent)
                existing.edits += change.edits
                merged[change.range.lowerBound] = existing
            } else {
                merged[change.range.lowerBound] = change
            }
        }
        let ordered = (ranged + merged.values).sorted {
            ($0.range.lowerBound, $0.range.upperBound) > ($1.range.lowerBound, $1.range.upperBound)
        }
        var floor = lines.count
        var failures: [(edit: Int, reason: String)] = []
        for change in ordered {
            guard change.range.upperBound <= floor else {
                failures += change.edits.map {
                    ($0, "it overlaps another change to the same lines; edit it by hand")
                }
                continue
            }
            lines.replaceSubrange(change.range, with: change.lines)
            floor = change.range.lowerBound
        }
        return failures
    }

    /// The spaces per level of the file's first nested mapping; 2 when it has none.
    private static func indentationStep(of root: YAMLNode) -> Int {
        for (key, value) in root.mapping ?? [] {
            guard !value.isFlow, let first = value.mapping?.first, first.key.column > key.column
            else { continue }
            return first.key.column - key.column
        }
        return 2
    }
}
