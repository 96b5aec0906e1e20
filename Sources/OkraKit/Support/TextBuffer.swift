/// Text built from many small pieces: UTF-8 bytes in one growing array. Appending a short string to a
/// `String` updates its count and flags each time, which made drawing a chart (thousands of pieces)
/// cost twice what the bytes themselves do.
struct TextBuffer {
    private var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var isEmpty: Bool { bytes.isEmpty }

    /// The text appended so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    static func += (buffer: inout TextBuffer, piece: String) {
        var piece = piece
        piece.withUTF8 { buffer.bytes.append(contentsOf: $0) }
    }

    static func += (buffer: inout TextBuffer, piece: StaticString) {
        piece.withUTF8Buffer { buffer.bytes.append(contentsOf: $0) }
    }
}
