import Foundation
import OkraKit

/// SplitMix64: a tiny, fast, deterministic generator. The same seed gives the same corpus on every
/// machine and every run (Swift's own `SystemRandomNumberGenerator` cannot be seeded).
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n (n > 0).
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// lo ... hi inclusive.
    mutating func int(_ lo: Int, _ hi: Int) -> Int { lo + int(hi - lo + 1) }

    /// 0.0 ..< 1.0
    mutating func unit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}

/// Days since 1970-01-01 as plain numbers, through OkraKit's `Day` (the same calendar okra reads them with).
enum Days {
    static func from(_ year: Int, _ month: Int, _ day: Int) -> Int { Day(year: year, month: month, day: day)!.ordinal }

    static func iso(_ days: Int) -> String { Day(ordinal: days).iso }
}

/// Numbers as YAML writes them: integers without a decimal point, otherwise one decimal.
enum Number {
    static func format(_ value: Double, decimals: Bool) -> String {
        if !decimals {
            return String(Int(value.rounded()))
        }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// A fraction 0…1 with two decimals ("0.65", "0.7", "1").
    static func fraction(_ value: Double) -> String {
        let hundredths = min(100, max(0, Int((value * 100).rounded())))
        if hundredths == 100 { return "1" }
        if hundredths % 10 == 0 { return "0.\(hundredths / 10)" }
        return hundredths < 10 ? "0.0\(hundredths)" : "0.\(hundredths)"
    }

    static func padded(_ value: Int, width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

/// Collects write failures from the worker threads.
final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}

func fail(_ message: String, status: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("okra-corpus: \(message)\n".utf8))
    exit(status)
}
