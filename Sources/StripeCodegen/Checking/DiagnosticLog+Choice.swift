extension DiagnosticLog {
    /// The case of `Choice` that an optional key names, or `fallback` when the key is left out;
    /// `nil` after reporting a value that names none.
    func choice<Choice: RawRepresentable & CaseIterable>(
        _ value: Located<String>?, key: String, in subject: String? = nil, default fallback: Choice
    ) -> Choice? where Choice.RawValue == String {
        guard let value else { return fallback }
        return choice(value, key: key, in: subject)
    }

    /// The case of `Choice` that a key names; `nil` after reporting a value that names none:
    /// `unknown host 'meter_event' in operation 'create' (one of api, meter_events); did you mean
    /// 'meter_events'?`.
    func choice<Choice: RawRepresentable & CaseIterable>(
        _ value: Located<String>, key: String, in subject: String? = nil
    ) -> Choice? where Choice.RawValue == String {
        if let choice = Choice(rawValue: value.value) { return choice }
        let allowed = Choice.allCases.map(\.rawValue)
        error(
            "unknown \(key) '\(value.value)'\(subject.map { " in \($0)" } ?? "") "
                + "(one of \(allowed.joined(separator: ", ")))\(Suggestion.hint(for: value.value, among: allowed))",
            at: value.location)
        return nil
    }
}
