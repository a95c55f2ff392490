import Foundation

/// A value that can be sent in a Stripe form: as one field, or as several under nested keys.
/// Generated parameters, the objects they send and their enums conform; nothing outside the
/// package needs to.
package protocol FormEncodable {
    /// Appends this value's fields under `key`.
    func encode(to form: inout FormEncoder, at key: FormKey)
}

extension String: FormEncodable {
    package func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(self, at: key)
    }
}

extension Int: FormEncodable {
    package func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(String(self), at: key)
    }
}

extension Double: FormEncodable {
    package func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(String(self), at: key)
    }
}

extension Bool: FormEncodable {
    /// `true` or `false`, as Stripe's SDKs send booleans.
    package func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(self ? "true" : "false", at: key)
    }
}

extension Date: FormEncodable {
    /// Whole Unix seconds.
    package func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(String(UnixTime.seconds(of: self)), at: key)
    }
}

extension Optional: FormEncodable where Wrapped: FormEncodable {
    /// Nothing for `nil`, as Stripe's SDKs leave absent parameters out.
    package func encode(to form: inout FormEncoder, at key: FormKey) {
        self?.encode(to: &form, at: key)
    }
}

extension Array: FormEncodable where Element: FormEncodable {
    /// Each element under its index: `expand[0]`, `expand[1]`.
    package func encode(to form: inout FormEncoder, at key: FormKey) {
        for (index, element) in enumerated() {
            element.encode(to: &form, at: key[index])
        }
    }
}

extension Dictionary: FormEncodable where Key == String, Value: FormEncodable {
    /// Each value under its key, in sorted key order so that the output is deterministic.
    package func encode(to form: inout FormEncoder, at key: FormKey) {
        for (name, value) in sorted(by: { $0.key < $1.key }) {
            value.encode(to: &form, at: key[name])
        }
    }
}

extension StripeEnum {
    /// The raw value, known or not.
    package func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(rawValue, at: key)
    }
}
