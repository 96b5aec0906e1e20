/// Text built from many small pieces: UTF-8 bytes in one growing block of memory. Appending a short
/// string to a `String` updates its count and flags each time, and appending it to a `[UInt8]` checks
/// that the array is not shared and calls `memmove`; a chart is thousands of such pieces, which cost
/// more than the bytes themselves.
///
/// The buffer owns its memory and cannot be copied (`~Copyable`), so that writing needs no check
/// for sharing; it is only ever a local variable or a field of one (``Charts/Canvas``). Numbers are
/// written digit by digit, without a `String` of their own. Literals go in with `+=`, strings with
/// `append(_:)`.
struct TextBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes have been written.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int = 0) {
        self.capacity = Swift.max(capacity, 32)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// The text appended so far.
    var text: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    /// Ends the buffer and hands its bytes over, without copying them (and without the check of every
    /// byte that making a `String` costs).
    consuming func finish() -> ByteBlock {
        let block = ByteBlock(taking: start, count: count, capacity: capacity)
        discard self
        return block
    }

    /// A copy of the bytes written from `offset` on, in memory of their exact size.
    func copy(from offset: Int) -> ByteBlock {
        ByteBlock(copying: start + offset, count: count - offset)
    }

    // MARK: Raw bytes

    /// Makes room for at most `maximumCount` more bytes and lets `write` put them at the end of the text,
    /// from the pointer it is given; `write` returns how many it wrote (never more than `maximumCount`).
    @inline(__always)
    mutating func write(maximumCount: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        if maximumCount > capacity - count { grow(toHold: count + maximumCount) }
        let written = write(start + count)
        precondition(written <= maximumCount, "TextBuffer.write wrote more than it asked room for")
        count += written
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let newCapacity = Swift.max(needed, capacity * 2)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        write(maximumCount: 1) { end in
            end.pointee = byte
            return 1
        }
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let byteCount = bytes.count
        write(maximumCount: byteCount) { end in
            // A loop is quicker than calling memmove for the short pieces most appends are.
            if byteCount <= 16 {
                for index in 0..<byteCount { end[index] = source[index] }
            } else {
                end.update(from: source, count: byteCount)
            }
            return byteCount
        }
    }

    // MARK: Text

    /// Appends a literal (`+=` says the same, shorter).
    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends the bytes of `block`.
    mutating func append(_ block: ByteBlock) {
        block.withBytes { append($0) }
    }

    /// Appends the text of `other`.
    mutating func append(_ other: borrowing TextBuffer) {
        append(UnsafeBufferPointer(start: other.start, count: other.count))
    }

    /// Appends a literal. (Only literals: with a `String` overload as well, Swift would pick that one for a
    /// literal, which costs a retain, a release and a copy of the bytes to the stack.)
    @inline(__always)
    static func += (buffer: inout TextBuffer, piece: StaticString) { buffer.append(piece) }

    // MARK: Numbers

    /// Appends `value` in decimal, like `String(value)`: `-42`, `0`, `1234`.
    mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, minimumCount: 1)
    }

    /// Appends the decimal digits of `value`, with leading zeros up to `minimumCount` digits (`7` as `007` for 3).
    @inline(__always)
    mutating func appendDigits(_ value: UInt, minimumCount: Int) {
        let written = Swift.max(Self.decimalDigitCount(value), minimumCount)
        write(maximumCount: written) { end in
            var rest = value
            var index = written
            while index > 0 {
                index -= 1
                end[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            return written
        }
    }

    /// How many decimal digits `value` has (1 for 0).
    static func decimalDigitCount(_ value: UInt) -> Int {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    /// Appends `value` in lowercase hexadecimal without leading zeros, like `String(value, radix: 16)`;
    /// with `minimumCount`, leading zeros up to that many digits.
    mutating func appendHexadecimal(_ value: UInt64, minimumCount: Int = 1) {
        var digitCount = 1
        var rest = value
        while rest >= 16 {
            rest >>= 4
            digitCount += 1
        }
        let written = Swift.max(digitCount, minimumCount)
        write(maximumCount: written) { end in
            var rest = value
            var index = written
            while index > 0 {
                index -= 1
                let digit = UInt8(truncatingIfNeeded: rest & 0xf)
                end[index] = digit < 10 ? UInt8(ascii: "0") &+ digit : UInt8(ascii: "a") &+ (digit &- 10)
                rest >>= 4
            }
            return written
        }
    }
}

/// UTF-8 text handed over by a ``TextBuffer`` without a copy: a page or data file on its way to disk.
/// Never changed after it is made, and freed with its last reference.
public final class ByteBlock: @unchecked Sendable {
    private let start: UnsafeMutablePointer<UInt8>
    /// How many bytes the block holds.
    public let count: Int
    /// How many bytes its memory has room for.
    private let capacity: Int

    /// Takes over memory of `capacity` bytes allocated with `UnsafeMutablePointer.allocate`, of which the first `count` are set.
    fileprivate init(taking start: UnsafeMutablePointer<UInt8>, count: Int, capacity: Int) {
        self.start = start
        self.count = count
        self.capacity = capacity
    }

    /// This block, or a copy in memory of its exact size when it holds bytes and its buffer has more than an eighth to spare. For
    /// blocks kept long: a buffer doubles as it grows, so 1.1 MB of `okrs.json` lines may sit in 2 MB, and `okra watch`
    /// keeps all of `okrs.json`, the search index and a few bars for every objective between rebuilds.
    func compacted() -> ByteBlock {
        guard count > 0, capacity - count > count / 8 else { return self }
        return ByteBlock(copying: start, count: count)
    }

    /// A copy of `count` bytes at `bytes`, in memory of their exact size.
    fileprivate convenience init(copying bytes: UnsafePointer<UInt8>, count: Int) {
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: Swift.max(count, 1))
        copy.initialize(from: bytes, count: count)
        self.init(taking: copy, count: count, capacity: Swift.max(count, 1))
    }

    deinit { start.deallocate() }

    /// A block of no bytes.
    static let empty = ByteBlock.literal("")

    /// A block holding a literal.
    static func literal(_ text: StaticString) -> ByteBlock {
        var buffer = TextBuffer(capacity: text.utf8CodeUnitCount)
        buffer += text
        return buffer.finish()
    }

    /// Calls `body` with the bytes, which must not escape it.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// The bytes as text.
    public var text: String { withBytes { String(decoding: $0, as: UTF8.self) } }
}
