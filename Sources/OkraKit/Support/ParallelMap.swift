import Dispatch

extension Array where Element: Sendable {
    /// Maps the elements on all cores, keeping their order. The transform must be free of shared state.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<Result>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(elements[index]), at: index)
        }
        return results.values()
    }
}

/// Write-once slots that concurrent iterations fill at distinct indices.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [Value] { slots.map { $0! } }
}
