/// A small streaming JSON writer with a fixed key order, so output is stable and diffable.
public struct JSONWriter: ~Copyable {
    /// How the output is laid out.
    public enum Layout: Sendable {
        /// Every value on its own line, indented by two spaces per level.
        case indented
        /// No white space, except that each value down to `lineDepth` levels starts a line of its own
        /// (for `okrs.json`: one line per objective, so it stays greppable and diffable at half the size).
        case compact(lineDepth: Int)
    }

    /// The JSON written so far, as UTF-8 bytes (a `String` would update its count and flags on every piece).
    private var buffer: TextBuffer
    private var needsComma: [Bool] = [false]
    private let indentUnit: StaticString
    private let lineDepth: Int
    private var depth = 0

    /// The JSON written so far.
    public var output: String { buffer.text }

    /// Ends the writer and hands over the JSON it wrote, without a copy.
    public consuming func finish() -> ByteBlock { buffer.finish() }

    public init(pretty: Bool = true) { self.init(layout: pretty ? .indented : .compact(lineDepth: 0)) }

    /// `capacity`: how many bytes to make room for at first.
    public init(layout: Layout, capacity: Int = 256) {
        buffer = TextBuffer(capacity: capacity)
        switch layout {
        case .indented: (indentUnit, lineDepth) = ("  ", Int.max)
        case .compact(let lines): (indentUnit, lineDepth) = ("", lines)
        }
    }

    public mutating func beginObject(_ key: String? = nil) { open(key, "{") }
    public mutating func endObject() { close("}") }
    public mutating func beginArray(_ key: String? = nil) { open(key, "[") }
    public mutating func endArray() { close("]") }

    /// Ends the document with a line feed.
    public mutating func endLine() { buffer += "\n" }

    public mutating func value(_ key: String? = nil, _ text: String?) {
        element(key)
        if let text { Self.quote(text, into: &buffer) } else { buffer += "null" }
    }

    public mutating func value(_ key: String? = nil, _ number: Int) {
        element(key)
        buffer.appendDecimal(number)
    }

    public mutating func value(_ key: String? = nil, _ number: Double?) {
        element(key)
        guard let number, number.isFinite else { buffer += "null"; return }
        let rounded = (number * 1e6).rounded() / 1e6
        if rounded == rounded.rounded() && abs(rounded) < 1e15 {
            buffer.appendDecimal(Int(rounded))
        } else {
            buffer.append(String(rounded))
        }
    }

    public mutating func value(_ key: String? = nil, _ flag: Bool) {
        element(key)
        buffer += flag ? "true" : "false"
    }

    /// An element already written as JSON by another writer (with `.compact(lineDepth: 0)`, so on one line).
    public mutating func rawValue(_ json: String) {
        element(nil)
        buffer.append(json)
    }

    private mutating func open(_ key: String?, _ bracket: StaticString) {
        element(key)
        buffer += bracket
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: StaticString) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if hadItems, depth < lineDepth { newLine() }
        buffer += bracket
    }

    private mutating func element(_ key: String?) {
        if needsComma[needsComma.count - 1] { buffer += "," }
        needsComma[needsComma.count - 1] = true
        if depth > 0, depth <= lineDepth { newLine() }
        if let key {
            Self.quote(key, into: &buffer)
            if indentUnit.utf8CodeUnitCount == 0 { buffer += ":" } else { buffer += ": " }
        }
    }

    private mutating func newLine() {
        buffer += "\n"
        for _ in 0..<depth { buffer += indentUnit }
    }

    public static func quoted(_ text: String) -> String {
        var buffer = TextBuffer(capacity: text.utf8.count + 2)
        quote(text, into: &buffer)
        return buffer.text
    }

    /// Appends `text` as a JSON string literal: `"` and `\` escaped, control characters, U+2028 and
    /// U+2029 as `\n`, `\u2028` and the like, everything else as it is.
    private static func quote(_ text: String, into buffer: inout TextBuffer) {
        buffer += "\""
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let separator = byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] & 0xFE == 0xA8
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || separator else {
                    index += 1
                    continue
                }
                buffer.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case 0x22: buffer += "\\\""
                case 0x5C: buffer += "\\\\"
                case 0x0A: buffer += "\\n"
                case 0x0D: buffer += "\\r"
                case 0x09: buffer += "\\t"
                case 0xE2: if bytes[index + 2] == 0xA8 { buffer += "\\u2028" } else { buffer += "\\u2029" }
                default:
                    buffer += "\\u00"
                    buffer.appendHexadecimal(UInt64(byte), minimumCount: 2)
                }
                index += separator ? 3 : 1
                runStart = index
            }
            buffer.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        buffer += "\""
    }
}
