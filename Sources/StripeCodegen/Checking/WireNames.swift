/// How the names a spec gives must be spelled: as Stripe spells its own, so that every output
/// (Swift, Terraform, file names, docs) can name them without rewriting them silently.
enum WireNames {
    /// `event_time_window`: lowercase ASCII letters, digits and underscores, starting with a letter.
    static func isSnakeCase(_ name: some StringProtocol) -> Bool {
        guard let first = name.utf8.first, isLowercaseLetter(first) else { return false }
        return name.utf8.allSatisfy {
            isLowercaseLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                || $0 == UInt8(ascii: "_")
        }
    }

    private static func isLowercaseLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    /// `billing.meter_event`: snake_case words joined by dots.
    static func isObjectName(_ name: String) -> Bool {
        name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isSnakeCase)
    }

    /// Why a name of `what` (e.g. `field`) is not snake_case, or `nil` when it is.
    static func snakeCaseProblem(_ name: String, what: String) -> String? {
        isSnakeCase(name)
            ? nil
            : "\(what) name '\(name)' must be snake_case: lowercase letters, digits and underscores, starting with a letter"
    }
}
