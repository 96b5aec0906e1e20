/// Reads the YAML that front matter, site.yaml and org.yaml are usually written in straight from
/// the UTF-8 bytes, without libyaml: block mappings and lists, flow lists and mappings that close on
/// their line, plain scalars and quoted scalars on one line, comments and blank lines.
///
/// It declines (returns nil) at anything else, or anything unusual: anchors, aliases, tags, block
/// scalars, scalars over several lines, tabs, control characters, directives, `? ` keys, or a line
/// that libyaml might read differently or reject. ``YAMLParser`` then gives the text to libyaml, which
/// reads it or reports the error. For every text it reads, the nodes, texts, lines and columns equal
/// libyaml's: `CommonYAMLReaderTests` compares both on the fixtures, the example company and
/// thousands of mutated texts.
struct CommonYAMLReader {
    /// The reader gave up: the text goes to libyaml.
    struct Declined: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private let lineOffset: Int
    /// Where each line starts in `bytes`; one more entry, `bytes.count + 1`, closes the last line.
    private var lineStarts: [Int] = []
    /// Each line's leading spaces, or -1 for a blank line or a comment line.
    private var indents: [Int] = []
    /// Whether each line is all ASCII, so that its columns count bytes.
    private var asciiLines: [Bool] = []
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int) {
        self.bytes = bytes
        self.lineOffset = lineOffset
    }

    /// The root node of `text`, or nil when the text is not in the subset this reader takes.
    /// - Parameter lineOffset: added to every line, as in ``YAMLParser/parse(_:lineOffset:)``.
    static func read(_ text: String, lineOffset: Int) -> YAMLNode? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = CommonYAMLReader(bytes: bytes, lineOffset: lineOffset)
            return try? reader.readDocument()
        }
    }

    private mutating func readDocument() throws(Declined) -> YAMLNode {
        try splitLines()
        guard let first = nextContentLine(from: 0) else { throw Declined() }
        let (root, next) = try blockNode(line: first, at: lineStarts[first] + indents[first])
        guard next == nil else { throw Declined() }
        return root
    }

    // MARK: Lines

    /// Records every line's start and indentation, and declines bytes libyaml treats specially:
    /// tabs, carriage returns, control characters, NEL, the Unicode line and paragraph separators,
    /// byte order marks and non-characters, and document markers.
    private mutating func splitLines() throws(Declined) {
        lineStarts.reserveCapacity(bytes.count / 24 + 2)
        indents.reserveCapacity(bytes.count / 24 + 2)
        asciiLines.reserveCapacity(bytes.count / 24 + 2)
        var start = 0
        while start <= bytes.count {
            var ascii = true
            var index = start
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            let contentStart = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") { break }
                if byte < 0x20 || byte == 0x7F { throw Declined() }
                if byte >= 0x80 { ascii = false }
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] <= 0x9F { throw Declined() }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { throw Declined() }
                if byte == 0xEF, index + 2 < bytes.count,
                   (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) {
                    throw Declined()
                }
                index += 1
            }
            if contentStart == start, index - start >= 3,
               (bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: ".")),
               bytes[start + 1] == bytes[start], bytes[start + 2] == bytes[start] {
                throw Declined()
            }
            let isBlank = contentStart == index || bytes[contentStart] == UInt8(ascii: "#")
            lineStarts.append(start)
            indents.append(isBlank ? -1 : contentStart - start)
            asciiLines.append(ascii)
            start = index + 1
        }
        lineStarts.append(bytes.count + 1)
    }

    private func lineEnd(_ line: Int) -> Int { lineStarts[line + 1] - 1 }

    /// The first line at or after `line` that holds more than spaces or a comment.
    private func nextContentLine(from line: Int) -> Int? {
        var line = line
        while line < indents.count {
            if indents[line] >= 0 { return line }
            line += 1
        }
        return nil
    }

    /// The node's place as libyaml gives it: 1-based line, and column in characters.
    private func node(_ value: YAMLNode.Value, line: Int, at position: Int) -> YAMLNode {
        if asciiLines[line] {
            return YAMLNode(value, line: line + 1 + lineOffset, column: position - lineStarts[line] + 1)
        }
        var column = 1
        var index = lineStarts[line]
        while index < position {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return YAMLNode(value, line: line + 1 + lineOffset, column: column)
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private func isBlank(at position: Int, line: Int) -> Bool {
        position >= lineEnd(line) || bytes[position] == UInt8(ascii: " ")
    }

    private func skipSpaces(from position: Int, line: Int) -> Int {
        var position = position
        while position < lineEnd(line), bytes[position] == UInt8(ascii: " ") { position += 1 }
        return position
    }

    /// Declines unless only spaces and a comment follow `position` on its line.
    private func expectLineEnd(from position: Int, line: Int) throws(Declined) {
        let rest = skipSpaces(from: position, line: line)
        guard rest == lineEnd(line) || (rest > position && bytes[rest] == UInt8(ascii: "#")) else { throw Declined() }
    }

    // MARK: Block nodes

    /// A block mapping or list whose first entry starts at `position` on `line`.
    /// Returns the node and the next content line after it.
    private mutating func blockNode(line: Int, at position: Int) throws(Declined) -> (YAMLNode, next: Int?) {
        depth += 1
        defer { depth -= 1 }
        guard depth < 100 else { throw Declined() }
        if bytes[position] == UInt8(ascii: "-"), isBlank(at: position + 1, line: line) {
            return try blockSequence(line: line, indent: position - lineStarts[line])
        }
        return try blockMapping(line: line, at: position)
    }

    /// A block mapping whose first key starts at `firstPosition`; `firstKey`, when given, is that key already read.
    private mutating func blockMapping(line firstLine: Int, at firstPosition: Int,
                                       firstKey: (YAMLNode, afterColon: Int)? = nil) throws(Declined) -> (YAMLNode, next: Int?) {
        let indent = firstPosition - lineStarts[firstLine]
        var pairs: [YAMLPair] = []
        var line = firstLine
        var position = firstPosition
        var readKey = firstKey
        while true {
            let (key, afterColon): (YAMLNode, afterColon: Int)
            if let alreadyRead = readKey {
                (key, afterColon) = alreadyRead
                readKey = nil
            } else {
                (key, afterColon) = try self.key(line: line, at: position)
            }
            let valueStart = skipSpaces(from: afterColon, line: line)
            let value: YAMLNode
            var next: Int?
            if valueStart == lineEnd(line) || bytes[valueStart] == UInt8(ascii: "#") {
                next = nextContentLine(from: line + 1)
                if let below = next, indents[below] > indent {
                    (value, next) = try blockNode(line: below, at: lineStarts[below] + indents[below])
                } else if let below = next, indents[below] == indent, bytes[lineStarts[below] + indent] == UInt8(ascii: "-"),
                          isBlank(at: lineStarts[below] + indent + 1, line: below) {
                    (value, next) = try blockSequence(line: below, indent: indent)
                } else {
                    value = node(.scalar("", plain: true), line: line, at: afterColon)
                }
            } else {
                value = try inlineValue(line: line, at: valueStart)
                next = nextContentLine(from: line + 1)
                if let below = next, indents[below] > indent { throw Declined() }
            }
            pairs.append(YAMLPair(key: key, value: value))
            guard let following = next, indents[following] >= indent else {
                return (node(.mapping(pairs), line: firstLine, at: firstPosition), next)
            }
            guard indents[following] == indent else { throw Declined() }
            line = following
            position = lineStarts[line] + indent
        }
    }

    /// A block list whose `-` entries stand `indent` spaces in, starting on `firstLine`.
    private mutating func blockSequence(line firstLine: Int, indent: Int) throws(Declined) -> (YAMLNode, next: Int?) {
        var items: [YAMLNode] = []
        var line = firstLine
        while true {
            let dash = lineStarts[line] + indent
            let content = skipSpaces(from: dash + 1, line: line)
            guard content > dash + 1, content < lineEnd(line), bytes[content] != UInt8(ascii: "#") else { throw Declined() }
            var next: Int?
            let item: YAMLNode
            if bytes[content] == UInt8(ascii: "-"), isBlank(at: content + 1, line: line) {
                throw Declined()
            } else if let firstKey = try? key(line: line, at: content) {
                depth += 1
                defer { depth -= 1 }
                guard depth < 100 else { throw Declined() }
                (item, next) = try blockMapping(line: line, at: content, firstKey: firstKey)
            } else {
                item = try inlineValue(line: line, at: content)
                next = nextContentLine(from: line + 1)
            }
            items.append(item)
            guard let following = next, indents[following] >= indent else {
                return (node(.sequence(items), line: firstLine, at: lineStarts[firstLine] + indent), next)
            }
            guard indents[following] == indent else { throw Declined() }
            let dashBelow = lineStarts[following] + indent
            guard bytes[dashBelow] == UInt8(ascii: "-"), isBlank(at: dashBelow + 1, line: following) else {
                return (node(.sequence(items), line: firstLine, at: lineStarts[firstLine] + indent), next)
            }
            line = following
        }
    }

    /// The key at `position` and the position after its colon.
    private func key(line: Int, at position: Int) throws(Declined) -> (YAMLNode, afterColon: Int) {
        let end = lineEnd(line)
        let first = bytes[position]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            let (key, after) = try quoted(line: line, at: position)
            let colon = skipSpaces(from: after, line: line)
            guard colon < end, bytes[colon] == UInt8(ascii: ":"), isBlank(at: colon + 1, line: line) else { throw Declined() }
            return (key, colon + 1)
        }
        guard startsPlainScalar(line: line, at: position, inFlow: false) else { throw Declined() }
        var index = position
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":"), isBlank(at: index + 1, line: line) { break }
            if byte == UInt8(ascii: "#"), bytes[index - 1] == UInt8(ascii: " ") { throw Declined() }
            index += 1
        }
        guard index < end, index - position <= 1000 else { throw Declined() }
        return (plainScalar(line: line, from: position, to: index), index + 1)
    }

    /// A value that starts and ends on `line`: a plain or quoted scalar, or a flow list or mapping.
    private mutating func inlineValue(line: Int, at position: Int) throws(Declined) -> YAMLNode {
        let first = bytes[position]
        let value: YAMLNode
        let end: Int
        switch first {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            (value, end) = try flowCollection(line: line, at: position)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            (value, end) = try quoted(line: line, at: position)
        default:
            guard startsPlainScalar(line: line, at: position, inFlow: false) else { throw Declined() }
            var index = position
            let lineEnd = lineEnd(line)
            while index < lineEnd {
                let byte = bytes[index]
                if byte == UInt8(ascii: ":"), isBlank(at: index + 1, line: line) { throw Declined() }
                if byte == UInt8(ascii: "#"), bytes[index - 1] == UInt8(ascii: " ") { break }
                index += 1
            }
            return plainScalar(line: line, from: position, to: index)
        }
        try expectLineEnd(from: end, line: line)
        return value
    }

    // MARK: Flow nodes and scalars

    private mutating func flowCollection(line: Int, at position: Int) throws(Declined) -> (YAMLNode, end: Int) {
        depth += 1
        defer { depth -= 1 }
        guard depth < 100 else { throw Declined() }
        let isSequence = bytes[position] == UInt8(ascii: "[")
        let closing = isSequence ? UInt8(ascii: "]") : UInt8(ascii: "}")
        let end = lineEnd(line)
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var index = skipSpaces(from: position + 1, line: line)
        if index < end, bytes[index] == closing {
            let value: YAMLNode.Value = isSequence ? .sequence([]) : .mapping([])
            return (node(value, line: line, at: position), index + 1)
        }
        while true {
            let (first, afterFirst) = try flowNode(line: line, at: index)
            index = skipSpaces(from: afterFirst, line: line)
            if isSequence {
                items.append(first)
            } else {
                guard case .scalar = first.value, index < end, bytes[index] == UInt8(ascii: ":"), isBlank(at: index + 1, line: line) else {
                    throw Declined()
                }
                index = skipSpaces(from: index + 1, line: line)
                let (value, afterValue) = try flowNode(line: line, at: index)
                pairs.append(YAMLPair(key: first, value: value))
                index = skipSpaces(from: afterValue, line: line)
            }
            guard index < end else { throw Declined() }
            if bytes[index] == closing {
                let value: YAMLNode.Value = isSequence ? .sequence(items) : .mapping(pairs)
                return (node(value, line: line, at: position), index + 1)
            }
            guard bytes[index] == UInt8(ascii: ",") else { throw Declined() }
            index = skipSpaces(from: index + 1, line: line)
            guard index < end, bytes[index] != closing, bytes[index] != UInt8(ascii: ",") else { throw Declined() }
        }
    }

    /// A node inside a flow collection, and the position after it.
    private mutating func flowNode(line: Int, at position: Int) throws(Declined) -> (YAMLNode, end: Int) {
        let end = lineEnd(line)
        guard position < end else { throw Declined() }
        let first = bytes[position]
        switch first {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return try flowCollection(line: line, at: position)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return try quoted(line: line, at: position)
        default:
            guard startsPlainScalar(line: line, at: position, inFlow: true) else { throw Declined() }
            var index = position
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
                    || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { break }
                if byte == UInt8(ascii: ":") {
                    guard isBlank(at: index + 1, line: line) else { throw Declined() }
                    break
                }
                if byte == UInt8(ascii: "#"), bytes[index - 1] == UInt8(ascii: " ") { throw Declined() }
                index += 1
            }
            guard index < end else { throw Declined() }
            return (plainScalar(line: line, from: position, to: index), index)
        }
    }

    /// A single- or double-quoted scalar that closes on its line; double quotes take the escapes
    /// `\"`, `\\`, `\/`, `\n` and `\t` (anything else declines).
    private func quoted(line: Int, at position: Int) throws(Declined) -> (YAMLNode, end: Int) {
        let end = lineEnd(line)
        let quote = bytes[position]
        var index = position + 1
        var runStart = index
        var text: [UInt8] = []
        var escaped = false
        while true {
            guard index < end else { throw Declined() }
            let byte = bytes[index]
            if byte == quote {
                if quote == UInt8(ascii: "'"), index + 1 < end, bytes[index + 1] == quote {
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...index]))
                    escaped = true
                    index += 2
                    runStart = index
                    continue
                }
                break
            }
            if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
                guard index + 1 < end else { throw Declined() }
                let replacement: UInt8
                switch bytes[index + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): replacement = bytes[index + 1]
                case UInt8(ascii: "n"): replacement = UInt8(ascii: "\n")
                case UInt8(ascii: "t"): replacement = UInt8(ascii: "\t")
                default: throw Declined()
                }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                text.append(replacement)
                escaped = true
                index += 2
                runStart = index
                continue
            }
            index += 1
        }
        let value: String
        if escaped {
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            value = String(decoding: text, as: UTF8.self)
        } else {
            value = string(position + 1, index)
        }
        return (node(.scalar(value, plain: false), line: line, at: position), index + 1)
    }

    /// The plain scalar written from `start` (not a space) up to `end`, without its trailing spaces.
    private func plainScalar(line: Int, from start: Int, to end: Int) -> YAMLNode {
        var textEnd = end
        while bytes[textEnd - 1] == UInt8(ascii: " ") { textEnd -= 1 }
        return node(.scalar(string(start, textEnd), plain: true), line: line, at: start)
    }

    /// True when a plain scalar starts at `position`: not at an indicator, except a `-` before a character
    /// that belongs to the scalar (as in `-1.5`).
    private func startsPlainScalar(line: Int, at position: Int, inFlow: Bool) -> Bool {
        let first = bytes[position]
        guard first == UInt8(ascii: "-") else { return !Self.isIndicator(first) }
        guard position + 1 < lineEnd(line) else { return false }
        let second = bytes[position + 1]
        if second == UInt8(ascii: " ") { return false }
        return !inFlow || !(second == UInt8(ascii: ",") || second == UInt8(ascii: "[") || second == UInt8(ascii: "]")
                            || second == UInt8(ascii: "{") || second == UInt8(ascii: "}"))
    }

    /// Characters that cannot start a plain scalar here (or that this reader leaves to libyaml).
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"), UInt8(ascii: " "):
            return true
        default:
            return false
        }
    }
}
