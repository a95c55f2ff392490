/// The words users read about limits, defaults and changes, each made by one function here that
/// every output calls: doc comments, the Swift reference, the Terraform schema and registry page.
enum Wording {
    /// A value's limits, lowercase: "at most 250 characters", "from 1 to 100", "each at most 5000
    /// characters".
    static func limitPhrases(of type: FieldType, _ constraints: Constraints) -> [String] {
        switch type {
        case .string:
            return constraints.maxLength.map { ["at most \($0) characters"] } ?? []
        case .integer:
            switch (constraints.minimum, constraints.maximum) {
            case (let minimum?, let maximum?): return ["from \(minimum) to \(maximum)"]
            case (let minimum?, nil): return ["at least \(minimum)"]
            case (nil, let maximum?): return ["at most \(maximum)"]
            case (nil, nil): return []
            }
        case .list(.string, let items), .map(.string, let items):
            return items.maxLength.map { ["each at most \($0) characters"] } ?? []
        default:
            return []
        }
    }

    /// The phrases of `phrases` that `description` does not already state: one whose numbers all
    /// appear in it ("Limit can range between 1 and 100" states "from 1 to 100") goes unsaid.
    static func unstated(_ phrases: [String], in description: String) -> [String] {
        guard !phrases.isEmpty else { return [] }
        let stated = Set(description.split(whereSeparator: { !$0.isNumber }))
        return phrases.filter { phrase in
            let numbers = phrase.split(whereSeparator: { !$0.isNumber })
            return numbers.isEmpty || !numbers.allSatisfy(stated.contains)
        }
    }

    /// The order a timestamp parameter must keep: "must be after `start_time`".
    static func after(_ earlier: String) -> String {
        "must be after `\(earlier)`"
    }

    /// A phrase as a sentence: "At most 250 characters."
    static func sentence(_ phrase: String) -> String {
        phrase.prefix(1).uppercased() + phrase.dropFirst() + "."
    }

    /// The value Stripe uses when a request leaves a field out.
    static func defaultValue(_ value: String) -> String {
        "Defaults to `\(value)`."
    }

    /// What changing a Terraform attribute does; `nil` for one Stripe sets.
    static func change(_ change: AttributeChange) -> String? {
        switch change {
        case .updatesInPlace: "Updates in place."
        case .forcesReplacement: "Changing it forces a new resource."
        case .computed: nil
        }
    }

    /// An attribute a configuration may leave out, which Stripe then fills in.
    static let filledInByStripe = "When a create leaves it out, Stripe fills it in; leaving it out keeps what the object has."

    /// An attribute of a block Stripe fills in that a written block must set.
    static let neededInWrittenBlock = "Needed when the block is written."

    /// What the Swift library does with an enum value it does not know, such as one Stripe added
    /// later.
    static func unknownEnumValues(of type: String) -> String {
        "Values this version does not know decode as `\(type).unknown(\"…\")` and are sent back unchanged."
    }

    /// What Stripe sets an attribute of a block it fills in to, when the block is left out.
    static func filledInValue(_ value: String) -> String {
        "When the block is left out, Stripe sets `\(value)`."
    }

    /// What a resource does when a create is refused because another object holds its unique
    /// attribute: the registry page says it once.
    static func adoption(of adoption: TerraformAdoption, title: String, _ terraform: TerraformModel) -> String {
        let field = adoption.field.name
        let revived = terraform.destroyedStatus.map { " (reactivating it if it is \($0.rawValue))" } ?? ""
        return "Each `\(field)` belongs to one \(title). When Stripe refuses a create because one already "
            + "holds it (a \(title) destroyed earlier, or one made by an apply that was cut off), the provider "
            + "adopts that \(title)\(revived) if the attributes whose change forces a replacement match the "
            + "configuration, and warns that it did; a \(title) still in use must match in every attribute. "
            + "Otherwise the apply fails with the \(title)'s id and each difference."
    }
}

extension ParamModel {
    /// The request's limits on the parameter in words, lowercase (`Wording.limitPhrases`), and the
    /// parameter it must come after. Doc comments and the reference tables both state them.
    var limitPhrases: [String] {
        Wording.limitPhrases(of: type, constraints) + (after.map { [Wording.after($0.target.name)] } ?? [])
    }
}
