import Foundation

/// A Stripe time: a `Date` in Swift, written on the wire as `Format` says. Generated models mark
/// their time properties with it through the names below (`@UnixTimestamp public var created:
/// Date`), so that a plain `JSONDecoder` reads them and a `JSONEncoder` writes them back as Stripe
/// sends them.
@propertyWrapper
public struct Timestamp<Format: TimestampFormat>: Codable, Hashable, Sendable {
    public var wrappedValue: Date

    public init(wrappedValue: Date) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        wrappedValue = try Format.decode(from: decoder.singleValueContainer())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try Format.encode(wrappedValue, to: &container)
    }
}

/// A Stripe time that may be `null` or absent: `@OptionalUnixTimestamp public var deactivatedAt:
/// Date?`. Absent, it decodes as `nil`; `nil` encodes as `null`, as Stripe sends it.
@propertyWrapper
public struct OptionalTimestamp<Format: TimestampFormat>: Codable, Hashable, Sendable {
    public var wrappedValue: Date?

    public init(wrappedValue: Date?) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try Format.decode(from: container)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try Format.encode(wrappedValue, to: &container)
        } else {
            try container.encodeNil()
        }
    }
}

/// A time as whole seconds since the Unix epoch, as Stripe's v1 API writes times.
public typealias UnixTimestamp = Timestamp<UnixSeconds>
/// A time that may be `null`, as whole seconds since the Unix epoch.
public typealias OptionalUnixTimestamp = OptionalTimestamp<UnixSeconds>
/// A time as RFC 3339 text, as Stripe's v2 API writes times: `2026-12-07T08:30:00.000Z`.
public typealias RFC3339Timestamp = Timestamp<RFC3339Text>
/// A time that may be `null`, as RFC 3339 text.
public typealias OptionalRFC3339Timestamp = OptionalTimestamp<RFC3339Text>

/// How a time is written on the wire.
public protocol TimestampFormat: Sendable {
    static func decode(from container: any SingleValueDecodingContainer) throws -> Date
    static func encode(_ date: Date, to container: inout any SingleValueEncodingContainer) throws
}

/// Whole seconds since the Unix epoch: `1733560200`.
public enum UnixSeconds: TimestampFormat {
    public static func decode(from container: any SingleValueDecodingContainer) throws -> Date {
        UnixTime.date(seconds: try container.decode(Int64.self))
    }

    public static func encode(_ date: Date, to container: inout any SingleValueEncodingContainer) throws {
        try container.encode(UnixTime.seconds(of: date))
    }
}

/// RFC 3339 text in UTC with milliseconds: `2026-12-07T08:30:00.000Z`.
public enum RFC3339Text: TimestampFormat {
    public static func decode(from container: any SingleValueDecodingContainer) throws -> Date {
        let text = try container.decode(String.self)
        guard let date = RFC3339.date(from: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an RFC 3339 time")
        }
        return date
    }

    public static func encode(_ date: Date, to container: inout any SingleValueEncodingContainer) throws {
        try container.encode(RFC3339.string(from: date))
    }
}

extension KeyedDecodingContainer {
    /// A time that may be absent: the compiler's `Decodable` asks for the wrapper by this method,
    /// which reads a missing key as `nil` rather than failing.
    package func decode<Format>(_ type: OptionalTimestamp<Format>.Type, forKey key: Key) throws -> OptionalTimestamp<Format> {
        try decodeIfPresent(type, forKey: key) ?? OptionalTimestamp(wrappedValue: nil)
    }
}

/// Conversions between `Date` and Stripe's Unix seconds.
package enum UnixTime {
    /// The whole seconds since the Unix epoch, rounded down, as Stripe expects them.
    package static func seconds(of date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.down))
    }

    /// The time `seconds` after the Unix epoch.
    package static func date(seconds: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
