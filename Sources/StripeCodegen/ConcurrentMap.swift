import Dispatch

extension Array where Element: Sendable {
    /// `transform` of each element, computed on every core; the results keep the elements' order.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = ResultSlots<Result>(count: count)
        self.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                results.set(index, transform(elements[index]))
            }
        }
        return results.values
    }
}

extension Array where Element: Sendable {
    /// `transform` of each element, computed on every core, each with a log of its own; the
    /// problems then go to `log` in the elements' order, so that messages do not depend on timing.
    func concurrentMap<Result: Sendable>(
        loggingInto log: DiagnosticLog, _ transform: @Sendable (Element, DiagnosticLog) -> Result
    ) -> [Result] {
        let results = concurrentMap { element in
            let elementLog = DiagnosticLog()
            return (result: transform(element, elementLog), problems: elementLog.diagnostics)
        }
        for problem in results.flatMap(\.problems) {
            log.error(problem.message, at: problem.location)
        }
        return results.map(\.result)
    }
}

/// One slot per result, each written once by its own iteration; the buffer never moves, so
/// iterations write to it side by side.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ result: Result) {
        slots[index] = result
    }

    var values: [Result] { slots.map { $0! } }
}
