import Foundation

/// A Stripe time: whole seconds since the Unix epoch on the wire, a `Date` in Swift. Generated
/// models mark their time properties with it (`@UnixTimestamp public var created: Date`), so that
/// a plain `JSONDecoder` reads them and a `JSONEncoder` writes them back as Stripe sends them.
@propertyWrapper
public struct UnixTimestamp: Codable, Hashable, Sendable {
    public var wrappedValue: Date

    public init(wrappedValue: Date) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        wrappedValue = UnixTime.date(seconds: try decoder.singleValueContainer().decode(Int64.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(UnixTime.seconds(of: wrappedValue))
    }
}

/// A Stripe time that may be `null` or absent: `@OptionalUnixTimestamp public var deactivatedAt:
/// Date?`. Absent, it decodes as `nil`; `nil` encodes as `null`, as Stripe sends it.
@propertyWrapper
public struct OptionalUnixTimestamp: Codable, Hashable, Sendable {
    public var wrappedValue: Date?

    public init(wrappedValue: Date?) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : UnixTime.date(seconds: try container.decode(Int64.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue.map(UnixTime.seconds(of:)))
    }
}

extension KeyedDecodingContainer {
    /// A time that may be absent: the compiler's `Decodable` asks for the wrapper by this method,
    /// which reads a missing key as `nil` rather than failing.
    package func decode(_ type: OptionalUnixTimestamp.Type, forKey key: Key) throws -> OptionalUnixTimestamp {
        try decodeIfPresent(type, forKey: key) ?? OptionalUnixTimestamp(wrappedValue: nil)
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
