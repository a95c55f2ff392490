import Foundation

/// A value that can be sent in a Stripe form: as one field, or as several under nested keys.
public protocol FormEncodable {
    /// Appends this value's fields under `key`.
    func encode(to form: inout FormEncoder, at key: FormKey)

    /// Reports every rule the value breaks, naming the parameter `key`: those of `rules` that
    /// apply to its type, and those of the type itself (an enum value must be known, nested
    /// parameters check their own fields). Values of types without rules, such as `Bool`,
    /// `Double` and `Date`, break none.
    func validate(_ rules: FieldRules, into validator: inout RequestValidator, at key: FormKey)
}

extension FormEncodable {
    public func validate(_ rules: FieldRules, into validator: inout RequestValidator, at key: FormKey) {}
}

extension String: FormEncodable {
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(self, at: key)
    }

    /// `required` (not empty) and `maxLength`.
    public func validate(_ rules: FieldRules, into validator: inout RequestValidator, at key: FormKey) {
        if rules.required { validator.checkRequired(self, at: key) }
        if let maxLength = rules.maxLength { validator.checkLength(self, max: maxLength, at: key) }
    }
}

extension Int: FormEncodable {
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(String(self), at: key)
    }

    /// `minimum` and `maximum`.
    public func validate(_ rules: FieldRules, into validator: inout RequestValidator, at key: FormKey) {
        if rules.minimum != nil || rules.maximum != nil {
            validator.checkRange(self, min: rules.minimum, max: rules.maximum, at: key)
        }
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

extension Optional: FormEncodable where Wrapped: FormEncodable {
    /// Nothing for `nil`, as Stripe's SDKs leave absent parameters out.
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        self?.encode(to: &form, at: key)
    }

    /// An absent parameter breaks no rule.
    public func validate(_ rules: FieldRules, into validator: inout RequestValidator, at key: FormKey) {
        self?.validate(rules, into: &validator, at: key)
    }
}

extension Array: FormEncodable where Element: FormEncodable {
    /// Each element under its index: `expand[0]`, `expand[1]`.
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        for (index, element) in enumerated() {
            element.encode(to: &form, at: key[index])
        }
    }

    /// `required` (not empty); every other rule holds for each element, named by its index.
    public func validate(_ rules: FieldRules, into validator: inout RequestValidator, at key: FormKey) {
        if rules.required { validator.checkRequired(self, at: key) }
        for (index, element) in enumerated() {
            element.validate(rules.forElements, into: &validator, at: key[index])
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

    /// `required` (not empty); every other rule holds for each value, named by its key, in sorted
    /// key order.
    public func validate(_ rules: FieldRules, into validator: inout RequestValidator, at key: FormKey) {
        if rules.required { validator.checkRequired(self, at: key) }
        for name in keys.sorted() {
            self[name]!.validate(rules.forElements, into: &validator, at: key[name])
        }
    }
}

extension StripeEnum {
    /// The raw value, known or not.
    public func encode(to form: inout FormEncoder, at key: FormKey) {
        form.append(rawValue, at: key)
    }

    /// The value must be known: Stripe rejects the others.
    public func validate(_ rules: FieldRules, into validator: inout RequestValidator, at key: FormKey) {
        validator.checkKnown(self, at: key)
    }
}
