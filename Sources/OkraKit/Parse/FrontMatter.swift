/// An objective file split into its YAML front matter and its Markdown body.
public struct FrontMatterSplit: Sendable {
    /// The YAML between the `---` lines.
    public var yaml: String
    /// The file line on which the YAML starts (2 for a file that starts with `---`).
    public var yamlFirstLine: Int
    public var body: String
    /// The file line on which the body starts.
    public var bodyFirstLine: Int

    public enum Problem: Error, Sendable {
        /// The first line is not `---`.
        case missing
        /// No closing `---` (or `...`) line.
        case unclosed
    }

    /// Splits `text` (BOM removed, `\n` line ends) by scanning its bytes once.
    public static func split(_ text: String) -> Result<FrontMatterSplit, Problem> {
        let bytes = Array(text.utf8)
        var lineStart = 0
        var lineNumber = 1
        var yamlStart: Int?
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let isDelimiter = isDelimiterLine(bytes, lineStart, lineEnd, allowDots: yamlStart != nil)
            if yamlStart == nil {
                guard isDelimiter else { return .failure(.missing) }
                yamlStart = min(lineEnd + 1, bytes.count)
            } else if isDelimiter, let start = yamlStart {
                let yamlEnd = max(start, lineStart - 1)
                let bodyStart = min(lineEnd + 1, bytes.count)
                return .success(FrontMatterSplit(
                    yaml: String(decoding: bytes[start..<yamlEnd], as: UTF8.self),
                    yamlFirstLine: 2,
                    body: String(decoding: bytes[bodyStart...], as: UTF8.self),
                    bodyFirstLine: lineNumber + 1
                ))
            }
            guard lineEnd < bytes.count else { break }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return .failure(yamlStart == nil ? .missing : .unclosed)
    }

    /// `---` (or `...` to close), with trailing spaces, tabs or a carriage return allowed.
    private static func isDelimiterLine(_ bytes: [UInt8], _ start: Int, _ end: Int, allowDots: Bool) -> Bool {
        var last = end
        while last > start, bytes[last - 1] == UInt8(ascii: " ") || bytes[last - 1] == UInt8(ascii: "\t") || bytes[last - 1] == UInt8(ascii: "\r") { last -= 1 }
        guard last - start == 3 else { return false }
        let character = bytes[start]
        guard character == UInt8(ascii: "-") || (allowDots && character == UInt8(ascii: ".")) else { return false }
        return bytes[start + 1] == character && bytes[start + 2] == character
    }
}
