/// The decoded form parameters of one request, with Stripe's validation rules.
struct Params {
    let pairs: [(key: String, value: String)]

    /// The last value given for `key`.
    subscript(key: String) -> String? {
        pairs.last { $0.key == key }?.value
    }

    /// Whether any key is `name` or starts with `name[`.
    func contains(_ name: String) -> Bool {
        pairs.contains { Self.topLevelName(of: $0.key) == name }
    }

    /// The entries of the map parameter `name` (`name[key]=value`), in order.
    func map(_ name: String) -> [(key: String, value: String)] {
        pairs.compactMap { pair in
            Self.mapKey(of: pair.key, in: name).map { (key: $0, value: pair.value) }
        }
    }

    /// Rejects keys that are neither in `allowed`, nor `expand[N]`/`expand[]`, nor an entry of
    /// one of `maps`, then rejects empty values (Stripe reads them as an attempt to unset a
    /// parameter).
    func validateKeys(allowed: Set<String>, maps: Set<String> = []) throws(StripeError) {
        let knownNames = Set(allowed.map(Self.topLevelName)).union(maps).union(["expand"])
        for (key, _) in pairs {
            let name = Self.topLevelName(of: key)
            let isKnown =
                allowed.contains(key)
                || maps.contains { Self.mapKey(of: key, in: $0) != nil }
                || Self.isExpandKey(key)
            guard isKnown else {
                throw .parameterUnknown(knownNames.contains(name) ? key : name)
            }
        }
        if let empty = pairs.first(where: { $0.value.isEmpty && !Self.isExpandKey($0.key) }) {
            throw .invalidRequest(
                "You passed an empty string for '\(empty.key)'. We assume empty values are an "
                    + "attempt to unset a parameter; however '\(empty.key)' cannot be unset. You "
                    + "should remove '\(empty.key)' from your request or supply a non-empty value.",
                code: "parameter_invalid_empty", param: empty.key
            )
        }
    }

    /// A string parameter of at most `maxLength` Unicode scalars.
    func string(_ key: String, maxLength: Int = 5000) throws(StripeError) -> String? {
        guard let value = self[key] else { return nil }
        guard value.unicodeScalars.count <= maxLength else {
            throw .invalidRequest(
                "Invalid string: \(value.prefix(20))...; must be at most \(maxLength) characters",
                code: "string_too_long", param: key
            )
        }
        return value
    }

    func requiredString(_ key: String, maxLength: Int = 5000) throws(StripeError) -> String {
        guard let value = try string(key, maxLength: maxLength) else {
            throw .parameterMissing(key)
        }
        return value
    }

    /// An integer parameter, optionally limited to `range`.
    func integer(_ key: String, in range: ClosedRange<Int>? = nil) throws(StripeError) -> Int? {
        guard let text = self[key] else { return nil }
        guard let value = Int(text) else {
            throw .invalidRequest(
                "Invalid integer: \(text)", code: "parameter_invalid_integer", param: key)
        }
        if let range, value < range.lowerBound {
            throw .invalidRequest(
                "This value must be greater than or equal to \(range.lowerBound).",
                code: "parameter_invalid_integer", param: key
            )
        }
        if let range, value > range.upperBound {
            throw .invalidRequest(
                "This value must be less than or equal to \(range.upperBound).",
                code: "parameter_invalid_integer", param: key
            )
        }
        return value
    }

    func requiredInteger(_ key: String) throws(StripeError) -> Int {
        guard let value = try integer(key) else { throw .parameterMissing(key) }
        return value
    }

    /// An enum parameter whose value must be one of `E`'s raw values.
    func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, as _: E.Type)
        throws(StripeError) -> E?
    where E.RawValue == String {
        guard let text = self[key] else { return nil }
        guard let value = E(rawValue: text) else {
            let choices = E.allCases.map(\.rawValue)
            let listed =
                choices.count > 1
                ? choices.dropLast().joined(separator: ", ") + " or " + choices.last!
                : choices.joined()
            throw .invalidRequest(
                "Invalid \(key): must be one of \(listed)", code: "parameter_invalid_string",
                param: key
            )
        }
        return value
    }

    func requiredEnumValue<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type)
        throws(StripeError) -> E
    where E.RawValue == String {
        guard let value = try enumValue(key, as: type) else { throw .parameterMissing(key) }
        return value
    }

    // MARK: Key syntax

    /// `a` for `a`, `a[b]` and `a[b][c]`.
    private static func topLevelName(of key: String) -> String {
        String(key.prefix { $0 != "[" })
    }

    /// `k` for `name[k]`, where `k` is non-empty and holds no brackets.
    private static func mapKey(of key: String, in name: String) -> String? {
        guard key.hasPrefix(name + "["), key.hasSuffix("]") else { return nil }
        let inner = key.dropFirst(name.count + 1).dropLast()
        guard !inner.isEmpty, !inner.contains("["), !inner.contains("]") else { return nil }
        return String(inner)
    }

    /// `expand[]` or `expand[N]`.
    private static func isExpandKey(_ key: String) -> Bool {
        guard key.hasPrefix("expand["), key.hasSuffix("]") else { return false }
        return key.dropFirst("expand[".count).dropLast().allSatisfy { ("0"..."9").contains($0) }
    }
}
