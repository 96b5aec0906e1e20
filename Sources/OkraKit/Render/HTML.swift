/// Escaping for text placed in HTML and SVG, in element content and in quoted attributes alike.
public enum HTML {
    /// `text` with `& < > " '` replaced by character references; `text` itself when it has none of them.
    public static func escape(_ text: String) -> String {
        var text = text
        let escaped = text.withUTF8 { bytes -> String? in
            guard var runStart = bytes.firstIndex(where: isSpecial) else { return nil }
            var result: [UInt8] = Array(bytes[..<runStart])
            result.reserveCapacity(bytes.count + 32)
            for index in runStart..<bytes.count {
                let byte = bytes[index]
                guard isSpecial(byte) else { continue }
                result.append(contentsOf: bytes[runStart..<index])
                result.append(contentsOf: reference(byte))
                runStart = index + 1
            }
            result.append(contentsOf: bytes[runStart...])
            return String(decoding: result, as: UTF8.self)
        }
        return escaped ?? text
    }

    /// Appends `text` to `buffer` with `& < > " '` replaced by character references, without a `String`
    /// in between (the same bytes as ``escape(_:)``).
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

private extension Array where Element == UInt8 {
    mutating func append(contentsOf text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }
}
