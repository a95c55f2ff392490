import Yams

/// Turns a Yams parse error into a one-line message and the position libyaml reported.
enum YAMLErrorDescription {
    static func describe(_ error: any Error, path: String) -> (String, SourceLocation) {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: path, line: mark.line, column: mark.column)
        }
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let error = error as? YamlError else {
            return ("invalid YAML: \(error)", start)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { " \($0.text)" } ?? ""
            return ("invalid YAML: \(problem)\(detail)", at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ("duplicate key \(keys) in a mapping", at(context.mark))
        case .reader(let problem, _, _, _):
            return ("invalid YAML: \(problem)", start)
        default:
            return ("invalid YAML: \(error)", start)
        }
    }
}
