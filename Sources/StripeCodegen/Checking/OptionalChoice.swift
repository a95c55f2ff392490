extension DiagnosticLog {
    /// The case of `Choice` that an optional key names, or `fallback` when the key is left out;
    /// `nil` after reporting a value that names none: `unknown host 'x' in operation 'create'`.
    func choice<Choice: RawRepresentable & CaseIterable>(
        _ value: Located<String>?, key: String, in subject: String? = nil, default fallback: Choice
    ) -> Choice? where Choice.RawValue == String {
        guard let value else { return fallback }
        if let choice = Choice(rawValue: value.value) { return choice }
        let allowed = Choice.allCases.map(\.rawValue)
        error(
            "unknown \(key) '\(value.value)'\(subject.map { " in \($0)" } ?? "")"
                + "\(Suggestion.hint(for: value.value, among: allowed)); expected one of \(allowed.joined(separator: ", "))",
            at: value.location)
        return nil
    }
}
