extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, newlines, ideographic spaces).
    /// Pure Swift, without Foundation's bridging: the parse step calls it for every value.
    var trimmed: String {
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return text }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(text.unicodeScalars[start..<end])
    }
}
