extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, newlines, ideographic spaces).
    /// Pure Swift, without Foundation's bridging: the parse step calls it for every value.
    var trimmed: String {
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !isWhiteSpace(first) && !isWhiteSpace(last) { return text }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isWhiteSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isWhiteSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(text.unicodeScalars[start..<end])
    }
}

/// Unicode's White_Space property, answered without the property lookup for ASCII (tab to carriage return, and space).
private func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace
}
