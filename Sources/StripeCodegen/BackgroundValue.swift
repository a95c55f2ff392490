import Dispatch

/// A value computed on another core while the caller goes on with independent work; reading
/// `value` waits for it.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once by the background work before `done` is left; read only after waiting on it.
    private var result: Value?

    init(_ compute: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.result = compute()
            self.done.leave()
        }
    }

    var value: Value {
        done.wait()
        return result!
    }
}
