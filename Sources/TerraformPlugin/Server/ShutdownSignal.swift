import Synchronization

/// Connects go-plugin's `Shutdown` call to the server, which exists only after its services.
final class ShutdownSignal: Sendable {
    private let action = Mutex<(@Sendable () -> Void)?>(nil)

    /// Sets what `trigger` does.
    func onTrigger(_ body: @escaping @Sendable () -> Void) {
        action.withLock { $0 = body }
    }

    func trigger() {
        action.withLock { $0 }?()
    }
}
