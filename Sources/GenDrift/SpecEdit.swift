import StripeCodegen
/// One change `gen drift --apply` makes to a spec file, addressed by the key path of the mapping
/// it changes. Edits are made to the text, line by line, never by writing the file anew.
struct SpecEdit: Sendable {
    enum Change: Sendable {
        /// Sets a scalar key (`max_length`, `nullable`, `api_version`, …), adding it when absent.
        case set(key: String, value: String)
        /// Removes an entry and every line under it.
        case remove(key: String)
        /// Adds a named entry (a field, an enum value, a parameter) with what is under it.
        case insert(key: String, value: YAMLBlock)
    }

    /// The file as named in messages.
    var file: String
    /// The key path of the mapping the change is made in.
    var mapping: [String]
    var change: Change
}

/// New YAML written by `--apply`, rendered in the file's indentation.
indirect enum YAMLBlock: Sendable {
    /// A scalar, already in its YAML form (`true`, `250`, `"on"`).
    case scalar(String)
    /// Prose: on the key's line when it fits, else folded (`>-`) and wrapped.
    case prose(String)
    case mapping([Entry])

    struct Entry: Sendable {
        var key: String
        var value: YAMLBlock
    }
}
