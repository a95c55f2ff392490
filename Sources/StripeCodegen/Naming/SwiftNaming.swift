/// Turns Stripe's snake_case names into Swift names.
public enum SwiftNaming {
    /// `billing.meter` → `BillingMeter`, `customer_mapping` → `CustomerMapping`.
    public static func typeName(_ name: String) -> String {
        joinedWords(of: name, lowercasingTheFirst: false)
    }

    /// `event_time_window` → `eventTimeWindow`, `default` → `` `default` ``.
    public static func memberName(_ name: String) -> String {
        escaped(unescapedMemberName(name))
    }

    /// The member name without keyword escaping, for use after a dot or in labels.
    public static func unescapedMemberName(_ name: String) -> String {
        let joined = joinedWords(of: name, lowercasingTheFirst: true)
        guard let first = joined.utf8.first else { return "_" }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) ? "_" + joined : joined
    }

    /// Member names that even backticks cannot make usable: after a dot, `.init` and `.self`
    /// mean the initializer and the value itself, and a property `self` hides the instance.
    public static let unusableMemberNames: Set<String> = ["init", "self"]

    /// Why the member name made from `name`, a \(what), cannot be used, or `nil` when it can.
    public static func memberNameProblem(for name: String, what: String) -> String? {
        let swiftName = unescapedMemberName(name)
        guard unusableMemberNames.contains(swiftName) else { return nil }
        return "\(what) '\(name)' would become the Swift name '\(swiftName)', which Swift cannot use as a member name"
    }

    /// Whether `name` has a letter or digit to make a Swift name from.
    public static func hasWords(_ name: String) -> Bool {
        name.utf8.contains(where: isASCIILetterOrDigit)
    }

    /// Wraps a Swift keyword in backticks; leaves any other identifier alone.
    public static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Whether `name` is a plain Swift identifier: ASCII letters, digits and underscores, not
    /// starting with a digit, with at least one letter or digit, and not a keyword.
    public static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return hasWords(name) && !keywords.contains(name)
            && name.utf8.allSatisfy { $0 == UInt8(ascii: "_") || isASCIILetterOrDigit($0) }
    }

    /// Type names that a nested type must not take: they would shadow the standard types the
    /// generated code uses, or mean something else after a dot (`Foo.Type` is a metatype).
    public static let reservedTypeNames: Set<String> = [
        "Any", "Array", "Bool", "Codable", "CodingKeys", "Date", "Decoder", "Dictionary", "Double",
        "Encoder", "Hashable", "Int", "Optional", "Protocol", "Self", "Sendable", "String", "Type",
    ]

    /// Swift's keywords: declaration and statement keywords, and those reserved in expressions.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "init", "inout", "internal", "let", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as",
        "false", "is", "nil", "self", "super", "throws", "true", "try", "Any", "Self", "Type",
    ]

    /// The ASCII letter-and-digit runs of a name (`meter_event.v2` → `meter`, `event`, `v2`)
    /// joined, each starting with a capital letter, or the first all in lowercase: `meterEventV2`.
    /// Read by bytes: every byte of a non-ASCII character separates words too.
    private static func joinedWords(of name: String, lowercasingTheFirst: Bool) -> String {
        var joined: [UInt8] = []
        joined.reserveCapacity(name.utf8.count)
        var isInWord = false
        var isInFirstWord = true
        for byte in name.utf8 {
            guard isASCIILetterOrDigit(byte) else {
                if isInWord { isInFirstWord = false }
                isInWord = false
                continue
            }
            if lowercasingTheFirst, isInFirstWord {
                joined.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
            } else if !isInWord, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) {
                joined.append(byte - 32)
            } else {
                joined.append(byte)
            }
            isInWord = true
        }
        return String(decoding: joined, as: UTF8.self)
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
