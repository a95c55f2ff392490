import Foundation

/// Collects every problem of a request before it is sent, so that one call reports them all.
///
/// String lengths are counted in Unicode scalars (code points), the way Stripe counts them. Swift's
/// `String.count` counts grapheme clusters, which is fewer for text such as emoji with skin tones
/// or flags (`"🇩🇪".count` is 1, two scalars), so checking it would let through names that Stripe
/// rejects. UTF-8 or UTF-16 lengths would reject names that Stripe accepts.
package struct RequestValidator: Sendable {
    /// The problems found so far, in the order they were found.
    package private(set) var problems: [ValidationProblem] = []

    package init() {}

    /// Throws a `StripeValidationError` listing every problem, if there are any.
    package func throwIfInvalid() throws(StripeValidationError) {
        if !problems.isEmpty { throw StripeValidationError(problems: problems) }
    }

    /// Records a problem of the parameter at `key`.
    package mutating func report(_ message: String, at key: FormKey) {
        problems.append(ValidationProblem(param: key.path, message: message))
    }

    /// A required string must not be empty: Stripe reads an empty value as a missing parameter.
    package mutating func checkNotEmpty(_ value: String?, at key: FormKey) {
        if value?.isEmpty == true { report("is required and must not be empty", at: key) }
    }

    /// A required map must not be empty. (Strings and maps have overloads of their own, which
    /// the generated library calls without looking up generic metadata for each event.)
    package mutating func checkNotEmpty(_ value: [String: String]?, at key: FormKey) {
        if value?.isEmpty == true { report("is required and must not be empty", at: key) }
    }

    /// A required list or map must not be empty.
    package mutating func checkNotEmpty(_ value: (some Collection)?, at key: FormKey) {
        if value?.isEmpty == true { report("is required and must not be empty", at: key) }
    }

    /// A string must have at most `maxLength` Unicode scalars.
    package mutating func checkLength(_ value: String?, max maxLength: Int, at key: FormKey) {
        // A string has no more scalars than UTF-8 bytes, and counting those is free.
        guard let value, value.utf8.count > maxLength else { return }
        let length = value.unicodeScalars.count
        guard length > maxLength else { return }
        report("must be at most \(maxLength) characters long, but is \(length)", at: key)
    }

    /// Every string of a list must have at most `maxLength` Unicode scalars.
    package mutating func checkLengths(_ values: [String]?, max maxLength: Int, at key: FormKey) {
        for (index, value) in (values ?? []).enumerated() {
            checkLength(value, max: maxLength, at: key[index])
        }
    }

    /// Every value of a map must have at most `maxLength` Unicode scalars.
    package mutating func checkLengths(_ values: [String: String]?, max maxLength: Int, at key: FormKey) {
        guard let values, values.values.contains(where: { $0.utf8.count > maxLength }) else { return }
        for name in values.keys.sorted() {
            checkLength(values[name], max: maxLength, at: key[name])
        }
    }

    /// An enum value must be one this version of the library knows: Stripe rejects the others.
    package mutating func checkKnown<Value: StripeEnum>(_ value: Value?, at key: FormKey) {
        guard let value, !value.isKnown else { return }
        let known = Value.knownCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        report("must be one of \(known), but is '\(value.rawValue)'", at: key)
    }

    /// Every enum value of a list must be known.
    package mutating func checkKnown<Value: StripeEnum>(_ values: [Value]?, at key: FormKey) {
        for (index, value) in (values ?? []).enumerated() {
            checkKnown(value, at: key[index])
        }
    }

    /// Every enum value of a map must be known.
    package mutating func checkKnown<Value: StripeEnum>(_ values: [String: Value]?, at key: FormKey) {
        for name in (values ?? [:]).keys.sorted() {
            checkKnown(values?[name], at: key[name])
        }
    }

    /// An integer must lie within the bounds given.
    package mutating func checkRange(_ value: Int?, min minimum: Int?, max maximum: Int?, at key: FormKey) {
        guard let value else { return }
        if let minimum, value < minimum {
            report("must be at least \(minimum), but is \(value)", at: key)
        }
        if let maximum, value > maximum {
            report("must be at most \(maximum), but is \(value)", at: key)
        }
    }

    /// A time must come before another: `start_time` before `end_time`.
    package mutating func checkOrder(_ earlier: Date?, at earlierKey: FormKey, before later: Date?, at laterKey: FormKey) {
        guard let earlier, let later, UnixTime.seconds(of: earlier) >= UnixTime.seconds(of: later) else { return }
        report("must be after \(earlierKey) (\(UnixTime.seconds(of: earlier))), but is \(UnixTime.seconds(of: later))", at: laterKey)
    }

    /// A list must have at most `maxCount` elements.
    package mutating func checkCount(_ values: [some Any]?, max maxCount: Int, at key: FormKey) {
        guard let count = values?.count, count > maxCount else { return }
        report("must have at most \(maxCount) elements, but has \(count)", at: key)
    }

    /// Nested parameters check themselves under their key.
    package mutating func validate(_ value: (some ValidatedParams)?, at key: FormKey) {
        value?.validate(into: &self, at: key)
    }

    /// Each element of a list of nested parameters checks itself under its index.
    package mutating func validate<Element: ValidatedParams>(_ values: [Element]?, at key: FormKey) {
        for (index, value) in (values ?? []).enumerated() {
            value.validate(into: &self, at: key[index])
        }
    }

    /// Each value of a map of nested parameters checks itself under its key.
    package mutating func validate<Element: ValidatedParams>(_ values: [String: Element]?, at key: FormKey) {
        for name in (values ?? [:]).keys.sorted() {
            validate(values?[name], at: key[name])
        }
    }
}
