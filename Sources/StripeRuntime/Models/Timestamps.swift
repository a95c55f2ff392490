import Foundation

// Stripe sends times as whole seconds since the Unix epoch; the models expose them as `Date`.

extension KeyedDecodingContainer {
    /// Decodes Unix seconds as a `Date`.
    public func decodeTimestamp(forKey key: Key) throws -> Date {
        Date(timeIntervalSince1970: TimeInterval(try decode(Int64.self, forKey: key)))
    }

    /// Decodes Unix seconds as a `Date`, or `nil` when the key is missing or `null`.
    public func decodeTimestampIfPresent(forKey key: Key) throws -> Date? {
        try decodeIfPresent(Int64.self, forKey: key).map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }
}

extension KeyedEncodingContainer {
    /// Encodes a `Date` as whole Unix seconds.
    public mutating func encodeTimestamp(_ date: Date, forKey key: Key) throws {
        try encode(UnixTime.seconds(of: date), forKey: key)
    }

    /// Encodes a `Date` as whole Unix seconds, and `nil` as `null`.
    public mutating func encodeTimestamp(_ date: Date?, forKey key: Key) throws {
        try encode(date.map(UnixTime.seconds(of:)), forKey: key)
    }
}

/// Conversions between `Date` and Stripe's Unix seconds.
public enum UnixTime {
    /// The whole seconds since the Unix epoch, rounded down, as Stripe expects them.
    public static func seconds(of date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.down))
    }
}
