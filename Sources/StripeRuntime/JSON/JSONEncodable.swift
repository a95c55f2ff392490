import Foundation

/// A value that can be sent in the JSON body of a v2 request. Generated v2 parameters and their
/// enums conform; nothing outside the package needs to.
package protocol JSONEncodable {
    /// Writes this value as one JSON value.
    func encode(to json: inout JSONWriter)
}

extension String: JSONEncodable {
    package func encode(to json: inout JSONWriter) {
        json.appendString(self)
    }
}

extension Int: JSONEncodable {
    package func encode(to json: inout JSONWriter) {
        json.appendLiteral(String(self))
    }
}

extension Double: JSONEncodable {
    /// The number as Swift prints it; JSON has no spelling for infinities or NaN, so those go out
    /// as `null`.
    package func encode(to json: inout JSONWriter) {
        json.appendLiteral(isFinite ? String(self) : "null")
    }
}

extension Bool: JSONEncodable {
    package func encode(to json: inout JSONWriter) {
        json.appendLiteral(self ? "true" : "false")
    }
}

extension Date: JSONEncodable {
    /// An RFC 3339 time with milliseconds in UTC, as v2 takes times: `2026-12-07T08:30:00.000Z`.
    package func encode(to json: inout JSONWriter) {
        json.appendString(RFC3339.string(from: self))
    }
}

extension Array: JSONEncodable where Element: JSONEncodable {
    package func encode(to json: inout JSONWriter) {
        json.encode(elements: self)
    }
}

extension Dictionary: JSONEncodable where Key == String, Value: JSONEncodable {
    /// The members in sorted key order, so that the output is deterministic.
    package func encode(to json: inout JSONWriter) {
        json.beginObject()
        for name in keys.sorted() {
            json.encode(self[name], forKey: name)
        }
        json.endObject()
    }
}

extension StripeEnum {
    /// The raw value, known or not.
    package func encode(to json: inout JSONWriter) {
        json.appendString(rawValue)
    }
}
