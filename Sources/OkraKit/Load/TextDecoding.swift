/// Strict UTF-8 decoding that says where the first bad byte is.
enum TextDecoding {
    struct Position: Error {
        var line: Int
        var column: Int
    }

    /// The text without a BOM and with `\r\n` and lone `\r` turned into `\n`,
    /// or the line and column of the first byte that is not valid UTF-8.
    static func decode<Bytes: Collection>(_ data: Bytes) -> Result<String, Position> where Bytes.Element == UInt8 {
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidOffset(bytes) {
            return .failure(position(of: offset, in: bytes))
        }
        if bytes.contains(UInt8(ascii: "\r")) {
            var normalized: [UInt8] = []
            normalized.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\r") {
                    normalized.append(UInt8(ascii: "\n"))
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                } else {
                    normalized.append(byte)
                }
                index += 1
            }
            bytes = normalized
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let continuation = bytes[index + offset]
                guard continuation & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    private static func position(of offset: Int, in bytes: [UInt8]) -> Position {
        var line = 1
        var column = 1
        var index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return Position(line: line, column: column)
    }
}
