import Foundation

/// A value that can be sent in a Stripe form: as one field, or as several under nested keys.
public protocol FormEncodable {
    /// Appends this value's fields under `key`.
    func encode(to form: inout FormEncoder, at key: FormKey)
}

extension String: FormEncodable {
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(self, at: key)
    }
}

extension Int: FormEncodable {
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(String(self), at: key)
    }
}

extension Double: FormEncodable {
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(String(self), at: key)
    }
}

extension Bool: FormEncodable {
    /// `true` or `false`, as Stripe's SDKs send booleans.
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(self ? "true" : "false", at: key)
    }
}

extension Date: FormEncodable {
    /// Whole Unix seconds.
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(String(UnixTime.seconds(of: self)), at: key)
    }
}

extension Array: FormEncodable where Element: FormEncodable {
    /// Each element under its index: `expand[0]`, `expand[1]`.
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        for (index, element) in enumerated() {
            element.encode(to: &form, at: key[index])
        }
    }
}

extension Dictionary: FormEncodable where Key == String, Value: FormEncodable {
    /// Each value under its key, in sorted key order so that the output is deterministic.
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        for name in keys.sorted() {
            self[name]!.encode(to: &form, at: key[name])
        }
    }
}

extension StripeEnum {
    /// The raw value, known or not.
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(rawValue, at: key)
    }
}
