/// A pending `failNext` rule.
struct InjectedFailure {
    var remaining: Int
    /// The request path the rule applies to; nil for any path.
    let path: String?
    let status: Int
    let headers: [String: String]
}

extension FakeState {
    /// Consumes one use of the first rule that applies to `path`, returning its error.
    mutating func takeInjectedFailure(path: String) -> StripeError? {
        guard let index = injectedFailures.firstIndex(where: { $0.path == nil || $0.path == path })
        else {
            return nil
        }
        let failure = injectedFailures[index]
        injectedFailures[index].remaining -= 1
        if injectedFailures[index].remaining <= 0 {
            injectedFailures.remove(at: index)
        }
        return .injected(status: failure.status, headers: failure.headers)
    }
}
