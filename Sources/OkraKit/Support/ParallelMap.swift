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

/// Write-once slots that concurrent iterations fill at distinct indices. The slots live in memory of
/// their own: an `Array` property would not do, because `withUnsafeMutableBufferPointer` moves the
/// array out of the property while it runs, so two threads storing at once could crash.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: Value, at index: Int) { slots[index] = value }

    func values() -> [Value] { (0..<count).map { slots[$0]! } }
}
