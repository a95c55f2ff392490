import Foundation

/// Output files of formats that have a `Codable` model: encoded, never templated.
enum JSONOutput {
    /// `value` as pretty-printed JSON with sorted keys and a final newline; a failure goes to
    /// `log` and gives `nil`.
    static func encode(_ value: some Encodable, log: DiagnosticLog) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var json = try encoder.encode(value)
            json.append(UInt8(ascii: "\n"))
            return String(decoding: json, as: UTF8.self)
        } catch {
            log.error("cannot encode the JSON output: \(error)", at: nil)
            return nil
        }
    }
}
