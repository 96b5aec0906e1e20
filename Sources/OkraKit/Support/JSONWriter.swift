/// A small streaming JSON writer with a fixed key order, so output is stable and diffable.
public struct JSONWriter {
    /// How the output is laid out.
    public enum Layout: Sendable {
        /// Every value on its own line, indented by two spaces per level.
        case indented
        /// No white space, except that each value down to `lineDepth` levels starts a line of its own
        /// (for `okrs.json`: one line per objective, so it stays greppable and diffable at half the size).
        case compact(lineDepth: Int)
    }

    public private(set) var output = ""
    private var needsComma: [Bool] = [false]
    private let indentUnit: String
    private let lineDepth: Int
    private var depth = 0

    public init(pretty: Bool = true) { self.init(layout: pretty ? .indented : .compact(lineDepth: 0)) }

    public init(layout: Layout) {
        switch layout {
        case .indented: (indentUnit, lineDepth) = ("  ", Int.max)
        case .compact(let lines): (indentUnit, lineDepth) = ("", lines)
        }
    }

    public mutating func beginObject(_ key: String? = nil) { open(key, "{") }
    public mutating func endObject() { close("}") }
    public mutating func beginArray(_ key: String? = nil) { open(key, "[") }
    public mutating func endArray() { close("]") }

    public mutating func value(_ key: String? = nil, _ text: String?) {
        element(key)
        if let text { Self.quote(text, into: &output) } else { output += "null" }
    }

    public mutating func value(_ key: String? = nil, _ number: Int) {
        element(key)
        output += String(number)
    }

    public mutating func value(_ key: String? = nil, _ number: Double?) {
        element(key)
        guard let number, number.isFinite else { output += "null"; return }
        let rounded = (number * 1e6).rounded() / 1e6
        output += rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }

    public mutating func value(_ key: String? = nil, _ flag: Bool) {
        element(key)
        output += flag ? "true" : "false"
    }

    /// An element already written as JSON by another writer (with `.compact(lineDepth: 0)`, so on one line).
    public mutating func rawValue(_ json: String) {
        element(nil)
        output += json
    }

    private mutating func open(_ key: String?, _ bracket: String) {
        element(key)
        output += bracket
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if hadItems, depth < lineDepth { newLine() }
        output += bracket
    }

    private mutating func element(_ key: String?) {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        if depth > 0, depth <= lineDepth { newLine() }
        if let key {
            Self.quote(key, into: &output)
            output += indentUnit.isEmpty ? ":" : ": "
        }
    }

    private mutating func newLine() {
        output += "\n"
        for _ in 0..<depth { output += indentUnit }
    }

    public static func quoted(_ text: String) -> String {
        var result = ""
        quote(text, into: &result)
        return result
    }

    /// Appends `text` as a JSON string literal.
    private static func quote(_ text: String, into result: inout String) {
        result += "\""
        if !needsEscaping(text) {
            result += text
            result += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result += "\""
    }

    /// False when `text` can be written between quotes as it is: no quote, backslash, control
    /// character, U+2028 or U+2029 (bytes E2 80 A8 and E2 80 A9).
    private static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for (index, byte) in bytes.enumerated() {
                if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 { return true }
            }
            return false
        }
    }
}
