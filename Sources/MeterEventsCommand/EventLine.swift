import Foundation
import StripeMeterEvents
import StripeRuntime

/// The formats `meter-events send` reads, one event per line.
public enum EventFileFormat: String, CaseIterable, Sendable {
    /// `{"event_name", "payload", "identifier"?, "timestamp"?}` on each line.
    case ndjson
    /// A header row with `event_name`, `timestamp`, `identifier` and `payload.<key>` columns.
    case csv
}

/// Reads the events of one file's lines, each checked before it is sent.
struct EventLineReader {
    let format: EventFileFormat
    /// The CSV header's columns, once read.
    private var columns: [String]?

    init(format: EventFileFormat) {
        self.format = format
    }

    /// The event on `line` (numbered from 1), `nil` for a line that holds none (blank, or the CSV
    /// header), or why it is not one; `MeterEventStream.record(_:)` checks it against Stripe's rules.
    mutating func event(from line: Substring, number: Int) throws(EventLineError) -> MeterEvent? {
        if line.allSatisfy(\.isWhitespace) { return nil }
        var event: MeterEvent
        switch format {
        case .ndjson:
            event = try Self.ndjsonEvent(line)
        case .csv:
            guard let columns else {
                columns = try Self.header(CSV.fields(of: line))
                return nil
            }
            event = try Self.csvEvent(CSV.fields(of: line), columns: columns)
        }
        // The same on every run over the same input: resent after a restart, Stripe counts it once.
        // Stripe's rules are checked once, when the stream records the event.
        event.identifier = event.identifier ?? EventIdentifier.make(line: number, text: line)
        return event
    }

    private static func ndjsonEvent(_ line: Substring) throws(EventLineError) -> MeterEvent {
        guard case .object(let object)? = EventJSONReader.value(of: line) else {
            throw EventLineError("not a JSON object")
        }
        guard case .text(let name)? = object["event_name"] else { throw EventLineError("no `event_name` string") }
        guard case .object(let payload)? = object["payload"] else { throw EventLineError("no `payload` object") }
        var texts: [String: String] = [:]
        for (key, value) in payload {
            guard let text = value.text else {
                throw EventLineError("`payload.\(key)` must be a string, a number or a boolean")
            }
            texts[key] = text
        }
        var identifier: String?
        switch object["identifier"] {
        case nil, .null?: identifier = nil
        case .text(let text)?: identifier = text
        default: throw EventLineError("`identifier` must be a string")
        }
        let timestamp: Date?
        switch object["timestamp"] {
        case nil, .null?: timestamp = nil
        case .text(let text)?: timestamp = try Self.timestamp(text)
        case .number(let seconds, _)?: timestamp = Date(timeIntervalSince1970: seconds)
        default: throw EventLineError("`timestamp` must be RFC 3339 text or Unix seconds")
        }
        return MeterEvent(eventName: name, payload: texts, identifier: identifier, timestamp: timestamp)
    }

    private static func header(_ fields: [String]) throws(EventLineError) -> [String] {
        guard fields.contains("event_name") else { throw EventLineError("the header has no `event_name` column") }
        for field in fields where !["event_name", "timestamp", "identifier"].contains(field) && !field.hasPrefix("payload.") {
            throw EventLineError("unknown column `\(field)`; expected event_name, timestamp, identifier or payload.<key>")
        }
        return fields
    }

    private static func csvEvent(_ fields: [String], columns: [String]) throws(EventLineError) -> MeterEvent {
        guard fields.count == columns.count else {
            throw EventLineError("\(fields.count) fields where the header has \(columns.count)")
        }
        var event = MeterEvent(eventName: "", payload: [:])
        for (column, value) in zip(columns, fields) {
            switch column {
            case "event_name": event.eventName = value
            case "identifier": event.identifier = value.isEmpty ? nil : value
            case "timestamp": event.timestamp = value.isEmpty ? nil : try timestamp(value)
            default: if !value.isEmpty { event.payload[String(column.dropFirst("payload.".count))] = value }
            }
        }
        return event
    }

    /// RFC 3339 text or Unix seconds.
    private static func timestamp(_ text: String) throws(EventLineError) -> Date {
        if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
        if let date = RFC3339.date(from: text) { return date }
        throw EventLineError("`timestamp` '\(text)' is neither RFC 3339 nor Unix seconds")
    }
}

/// Why a line holds no event.
struct EventLineError: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}

/// The identifier of an event whose line gives none: `mev_` and 32 hex digits, two 64-bit
/// FNV-1a hashes of the line's number and text (forwards, then backwards), so that every run over
/// the same input makes the same one.
enum EventIdentifier {
    static func make(line: Int, text: Substring) -> String {
        let number = Array("\(line)\n".utf8)
        var text = text
        return text.withUTF8 { bytes in
            let forwards = fnv1a(bytes, from: fnv1a(number, from: basis))
            let backwards = fnv1a(number.reversed(), from: fnv1a(bytes.reversed(), from: basis))
            return "mev_" + hex(forwards) + hex(backwards)
        }
    }

    private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over `bytes`, continuing from `hash`.
    private static func fnv1a(_ bytes: some Sequence<UInt8>, from hash: UInt64) -> UInt64 {
        bytes.reduce(hash) { hash, byte in (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
