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

    /// Splits `text` (BOM already removed). Lines may end in `\n` or `\r\n`.
    public static func split(_ text: String) -> Result<FrontMatterSplit, Problem> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.popFirst(), isDelimiter(first, allowDots: false) else { return .failure(.missing) }
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.popFirst() {
            lineNumber += 1
            if isDelimiter(line, allowDots: true) {
                let body = lines.joined(separator: "\n")
                return .success(FrontMatterSplit(
                    yaml: yamlLines.joined(separator: "\n"),
                    yamlFirstLine: 2,
                    body: body,
                    bodyFirstLine: lineNumber + 1
                ))
            }
            yamlLines.append(line)
        }
        return .failure(.unclosed)
    }

    private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == "\r" || last == " " || last == "\t" { trimmed.removeLast() }
        return trimmed == "---" || (allowDots && trimmed == "...")
    }
}
