extension ParamModel {
    /// The request's limits on the parameter in words, lowercase, such as "at most 250
    /// characters", "from 1 to 100" or "each at most 5000 characters". Doc comments and the
    /// reference tables both state them.
    var limitPhrases: [String] {
        var phrases: [String] = []
        switch type {
        case .string:
            if let maxLength = constraints.maxLength { phrases.append("at most \(maxLength) characters") }
        case .integer:
            switch (constraints.minimum, constraints.maximum) {
            case (let minimum?, let maximum?): phrases.append("from \(minimum) to \(maximum)")
            case (let minimum?, nil): phrases.append("at least \(minimum)")
            case (nil, let maximum?): phrases.append("at most \(maximum)")
            case (nil, nil): break
            }
        case .list(.string, let items), .map(.string, let items):
            if let maxLength = items.maxLength { phrases.append("each at most \(maxLength) characters") }
        default:
            break
        }
        if let earlier = after { phrases.append("must be after `\(earlier)`") }
        return phrases
    }
}
