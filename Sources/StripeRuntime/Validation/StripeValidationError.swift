/// A request that breaks Stripe's rules, found before anything was sent.
public struct StripeValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Every problem of the request.
    public var problems: [ValidationProblem]

    public init(problems: [ValidationProblem]) {
        self.problems = problems
    }

    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return "invalid request (\(count)): " + problems.map(\.description).joined(separator: "; ")
    }
}

/// One broken rule, naming the parameter as Stripe does: `default_aggregation[formula]`.
public struct ValidationProblem: Hashable, Sendable, CustomStringConvertible {
    /// The parameter's path in Stripe's form encoding.
    public var param: String
    /// What is wrong, in plain words.
    public var message: String

    public init(param: String, message: String) {
        self.param = param
        self.message = message
    }

    public var description: String { "\(param) \(message)" }
}
