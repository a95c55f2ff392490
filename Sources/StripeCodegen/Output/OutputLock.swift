#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory lock on the output folder: a run that writes holds it exclusively and one that
/// checks holds it shared, so that no run reads or writes a folder another run is changing.
/// Released when the value is dropped.
final class OutputLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Takes the lock on the folder at `path`, calling `onWait` once if another run holds it and
    /// waiting up to `timeout` for it.
    static func acquire(
        folder path: String, display: String, exclusive: Bool, timeout: Duration = .seconds(300),
        onWait: () -> Void
    ) throws(FileSystemError) -> OutputLock {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .posix("lock", display) }
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var hasWaited = false
        while flock(descriptor, operation) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                close(descriptor)
                throw .posix("lock", display, errno: code)
            }
            if !hasWaited {
                onWait()
                hasWaited = true
            }
            guard clock.now < deadline else {
                close(descriptor)
                throw FileSystemError(
                    "lock", display,
                    reason: "another gen run has held it for more than \(timeout); is one stuck?")
            }
            usleep(50_000)
        }
        return OutputLock(descriptor: descriptor)
    }
}
