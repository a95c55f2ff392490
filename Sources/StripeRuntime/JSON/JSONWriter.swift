import Foundation

/// Writes the JSON body of a v2 request, member by member, as generated parameters encode
/// themselves: the bytes go straight into one buffer, since meter events are sent at volume and
/// `JSONEncoder` costs several times more. Members whose value is `nil` are left out, as Stripe's
/// SDKs leave absent parameters out.
package struct JSONWriter: Sendable {
    /// The JSON written so far.
    package private(set) var bytes: [UInt8] = []
    /// Whether the next member or element needs a comma before it.
    private var followsValue = false

    package init(reservingCapacity capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON of `value`.
    package static func data(_ value: some JSONEncodable) -> Data {
        var writer = JSONWriter()
        value.encode(to: &writer)
        return Data(writer.bytes)
    }

    /// Opens an object: `{`.
    package mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        followsValue = false
    }

    /// Closes the object opened last: `}`.
    package mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        followsValue = true
    }

    /// Writes the member `key: value`, or nothing when `value` is `nil`.
    package mutating func encode(_ value: (some JSONEncodable)?, forKey key: String) {
        guard let value else { return }
        appendKey(key)
        value.encode(to: &self)
        followsValue = true
    }

    /// Writes the member `key: value` for the types every meter event holds, without the generic
    /// path: called from another module, that looks up generic metadata for every value, which
    /// cost the stream a fifth of its processor time (measured with `perf`).
    package mutating func encode(_ value: String?, forKey key: String) {
        guard let value else { return }
        appendKey(key)
        appendString(value)
    }

    package mutating func encode(_ value: [String: String]?, forKey key: String) {
        guard let value else { return }
        appendKey(key)
        beginObject()
        for name in value.keys.sorted() {
            appendKey(name)
            appendString(value[name] ?? "")
        }
        endObject()
    }

    package mutating func encode(_ value: Date?, forKey key: String) {
        guard let value else { return }
        appendKey(key)
        appendString(RFC3339.string(from: value))
    }

    /// `"key":`, after a comma when a member came before.
    private mutating func appendKey(_ key: String) {
        separate()
        appendString(key)
        bytes.append(UInt8(ascii: ":"))
        followsValue = false
    }

    /// Writes an array of `elements`.
    package mutating func encode<Element: JSONEncodable>(elements: some Sequence<Element>) {
        separate()
        bytes.append(UInt8(ascii: "["))
        followsValue = false
        for element in elements {
            element.encode(to: &self)
            followsValue = true
        }
        bytes.append(UInt8(ascii: "]"))
        followsValue = true
    }

    /// Writes a value that JSON spells without quotes: a number, `true` or `false`.
    package mutating func appendLiteral(_ text: String) {
        separate()
        bytes += text.utf8
        followsValue = true
    }

    /// Writes `text` as a JSON string: quotes, backslashes and control characters escaped.
    package mutating func appendString(_ text: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes += [UInt8(ascii: "\\"), byte]
            case 0..<0x20:
                bytes += "\\u00".utf8
                bytes += [Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0xf)]
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        followsValue = true
    }

    private mutating func separate() {
        if followsValue { bytes.append(UInt8(ascii: ",")) }
        followsValue = false
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
