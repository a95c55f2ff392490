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

/// One slot per result, each written once by its own iteration.
private final class ResultSlots<Result>: @unchecked Sendable {
    private var slots: [Result?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result) {
        slots.withUnsafeMutableBufferPointer { $0[index] = result }
    }

    var values: [Result] { slots.map { $0! } }
}
