import CYAML

/// The one place that talks to libyaml's C API. It reads a UTF-8 document's event stream,
/// builds ``YAMLNode`` values with line and column at once, and frees every C object before returning.
/// Texts in the common subset that ``CommonYAMLReader`` takes are read without libyaml, with the same result.
public enum YAMLParser {
    /// Parses the first document in `text`. An empty document gives nil.
    /// - Parameter lineOffset: added to every line, for front matter that starts below line 1.
    public static func parse(_ text: String, lineOffset: Int = 0) throws(YAMLSyntaxError) -> YAMLNode? {
        if let root = CommonYAMLReader.read(text, lineOffset: lineOffset) { return root }
        return try parseWithLibYAML(text, lineOffset: lineOffset)
    }

    /// Parses `text` with libyaml, whatever it holds.
    static func parseWithLibYAML(_ text: String, lineOffset: Int = 0) throws(YAMLSyntaxError) -> YAMLNode? {
        var bytes = Array(text.utf8)
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLSyntaxError(message: "could not start the YAML parser (out of memory)", line: 1 + lineOffset, column: 1)
        }
        defer { yaml_parser_delete(parser) }
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(YAMLSyntaxError) -> YAMLNode? in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            var reader = EventReader(parser: parser, lineOffset: lineOffset)
            return try reader.readStream()
        }
    }
}

/// A pull reader over libyaml events with one event of look-ahead.
private struct EventReader {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    let lineOffset: Int
    var anchors: [String: YAMLNode] = [:]
    var depth = 0

    init(parser: UnsafeMutablePointer<yaml_parser_t>, lineOffset: Int) {
        self.parser = parser
        self.lineOffset = lineOffset
    }

    /// A copied-out event, so no C memory outlives `next()`.
    struct Event {
        var type: yaml_event_type_t
        var line: Int
        var column: Int
        var text: String = ""
        var anchor: String?
        var plain = false
    }

    mutating func next() throws(YAMLSyntaxError) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxError() }
        defer { yaml_event_delete(&event) }
        var result = Event(
            type: event.type,
            line: Int(event.start_mark.line) + 1 + lineOffset,
            column: Int(event.start_mark.column) + 1
        )
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            result.text = Self.string(scalar.value, length: scalar.length)
            result.anchor = scalar.anchor.map { String(cString: $0) }
            result.plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
        case YAML_ALIAS_EVENT:
            result.anchor = event.data.alias.anchor.map { String(cString: $0) }
        case YAML_SEQUENCE_START_EVENT:
            result.anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
        case YAML_MAPPING_START_EVENT:
            result.anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
        default:
            break
        }
        return result
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private func syntaxError() -> YAMLSyntaxError {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "malformed YAML"
        let context = parser.pointee.context.map { String(cString: $0) }
        let unclosed = problem.contains("unexpected end of stream") && context != nil
        let mark = unclosed ? parser.pointee.context_mark : parser.pointee.problem_mark
        var message = problem
        if let context { message = "\(problem) \(context)" }
        return YAMLSyntaxError(message: message, line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
    }

    mutating func readStream() throws(YAMLSyntaxError) -> YAMLNode? {
        var event = try next()
        guard event.type == YAML_STREAM_START_EVENT else { return nil }
        event = try next()
        guard event.type == YAML_DOCUMENT_START_EVENT else { return nil }
        event = try next()
        if event.type == YAML_DOCUMENT_END_EVENT { return nil }
        let root = try readNode(startingWith: event)
        return root
    }

    mutating func readNode(startingWith event: Event) throws(YAMLSyntaxError) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else {
            throw YAMLSyntaxError(message: "nesting deeper than 200 levels", line: event.line, column: event.column)
        }
        let node: YAMLNode
        switch event.type {
        case YAML_SCALAR_EVENT:
            node = YAMLNode(.scalar(event.text, plain: event.plain), line: event.line, column: event.column)
        case YAML_ALIAS_EVENT:
            guard let name = event.anchor, var aliased = anchors[name] else {
                throw YAMLSyntaxError(message: "unknown alias '*\(event.anchor ?? "")'", line: event.line, column: event.column)
            }
            aliased.line = event.line
            aliased.column = event.column
            return aliased
        case YAML_SEQUENCE_START_EVENT:
            var items: [YAMLNode] = []
            while true {
                let child = try next()
                if child.type == YAML_SEQUENCE_END_EVENT { break }
                items.append(try readNode(startingWith: child))
            }
            node = YAMLNode(.sequence(items), line: event.line, column: event.column)
        case YAML_MAPPING_START_EVENT:
            var pairs: [YAMLPair] = []
            while true {
                let keyEvent = try next()
                if keyEvent.type == YAML_MAPPING_END_EVENT { break }
                let key = try readNode(startingWith: keyEvent)
                let value = try readNode(startingWith: try next())
                pairs.append(YAMLPair(key: key, value: value))
            }
            node = YAMLNode(.mapping(pairs), line: event.line, column: event.column)
        default:
            throw YAMLSyntaxError(message: "unexpected YAML structure", line: event.line, column: event.column)
        }
        if let anchor = event.anchor { anchors[anchor] = node }
        return node
    }
}
