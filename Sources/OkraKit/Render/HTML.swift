/// Escaping for text placed in HTML and SVG, in element content and in quoted attributes alike.
public enum HTML {
    /// `text` with `& < > " '` replaced by character references; `text` itself when it has none of them.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: isSpecial) else { return text }
        var buffer = TextBuffer(capacity: text.utf8.count + 32)
        escape(text, into: &buffer)
        return buffer.text
    }

    /// Appends `text` to `buffer` with `& < > " '` replaced by character references, without a `String` in between.
    static func escape(_ text: String, into buffer: inout TextBuffer) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices where isSpecial(bytes[index]) {
                buffer.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                buffer.append(reference(bytes[index]))
                runStart = index + 1
            }
            buffer.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    private static func reference(_ byte: UInt8) -> StaticString {
        switch byte {
        case 0x26: return "&amp;"
        case 0x3C: return "&lt;"
        case 0x3E: return "&gt;"
        case 0x22: return "&quot;"
        default: return "&#39;"
        }
    }
}

extension TextBuffer {
    /// Appends `text` escaped for HTML and SVG (``HTML/escape(_:)``).
    mutating func appendEscaped(_ text: String) { HTML.escape(text, into: &self) }
}
