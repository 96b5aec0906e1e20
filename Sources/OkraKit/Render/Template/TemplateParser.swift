import Foundation

/// A template that does not parse, with the line where the problem is.
public struct TemplateSyntaxError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var description: String { "line \(line): \(message)" }
}

/// Parses Mustache text into ``TemplateNode``s, following the Mustache spec's rules for standalone
/// tags: a line holding only a section, inverted, partial, parent, block or comment tag (and white
/// space) is removed from the output.
struct TemplateParser {
    private let source: [UInt8]
    private var index = 0
    private var line = 1
    private var nextSectionID: Int

    init(_ text: String, firstSectionID: Int) {
        source = Array(text.utf8)
        nextSectionID = firstSectionID
    }

    static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        var sectionIDs = 0
        return try parse(text, numberingSectionsFrom: &sectionIDs)
    }

    /// Parses `text`, numbering its sections from `sectionIDs` on; `sectionIDs` ends as the next free number.
    static func parse(_ text: String, numberingSectionsFrom sectionIDs: inout Int) throws(TemplateSyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(text, firstSectionID: sectionIDs)
        let (nodes, closing) = try parser.parseNodes(until: nil)
        if let closing { throw TemplateSyntaxError(message: "'{{/\(closing)}}' closes nothing", line: parser.line) }
        sectionIDs = parser.nextSectionID
        return nodes
    }

    private struct Tag {
        var kind: UInt8          // 0 variable, '#', '^', '/', '>', '<', '$', '!', '{', '&'
        var content: String
        var start: Int
        var end: Int
    }

    private mutating func parseNodes(until closing: String?) throws(TemplateSyntaxError) -> ([TemplateNode], String?) {
        var nodes: [TemplateNode] = []
        var textStart = index
        while index < source.count {
            guard source[index] == UInt8(ascii: "{"), index + 1 < source.count, source[index + 1] == UInt8(ascii: "{") else {
                if source[index] == UInt8(ascii: "\n") { line += 1 }
                index += 1
                continue
            }
            let tagLine = line
            var tag = try readTag()
            // Standalone: only white space between the previous newline (or start) and the tag, and between it and the next newline (or end).
            var lineStart = tag.start
            while lineStart > 0, source[lineStart - 1] == UInt8(ascii: " ") || source[lineStart - 1] == UInt8(ascii: "\t") { lineStart -= 1 }
            let startsLine = lineStart == 0 || source[lineStart - 1] == UInt8(ascii: "\n")
            var lineEnd = tag.end
            while lineEnd < source.count, source[lineEnd] == UInt8(ascii: " ") || source[lineEnd] == UInt8(ascii: "\t") || source[lineEnd] == UInt8(ascii: "\r") { lineEnd += 1 }
            let endsLine = lineEnd == source.count || source[lineEnd] == UInt8(ascii: "\n")
            let canStand = tag.kind != 0 && tag.kind != UInt8(ascii: "{") && tag.kind != UInt8(ascii: "&")
            let standalone = canStand && startsLine && endsLine && textStart <= lineStart
            let textEnd = standalone ? lineStart : tag.start
            if textEnd > textStart { nodes.append(.text(String(decoding: source[textStart..<textEnd], as: UTF8.self))) }
            let indentation = standalone ? String(decoding: source[lineStart..<tag.start], as: UTF8.self) : ""
            if standalone {
                index = lineEnd < source.count ? lineEnd + 1 : lineEnd
                if lineEnd < source.count { line += 1 }
                tag.end = index
            }
            switch tag.kind {
            case UInt8(ascii: "!"):
                break
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let (children, closed) = try parseNodes(until: tag.content)
                guard closed == tag.content else { throw TemplateSyntaxError(message: "'{{\(Character(Unicode.Scalar(tag.kind)))\(tag.content)}}' is never closed", line: tagLine) }
                nodes.append(.section(TemplateName(tag.content), children: children, inverted: tag.kind == UInt8(ascii: "^"), id: nextSectionID))
                nextSectionID += 1
            case UInt8(ascii: "$"):
                let (children, closed) = try parseNodes(until: tag.content)
                guard closed == tag.content else { throw TemplateSyntaxError(message: "'{{$\(tag.content)}}' is never closed", line: tagLine) }
                nodes.append(.block(tag.content, children: children))
            case UInt8(ascii: "<"):
                let (children, closed) = try parseNodes(until: tag.content)
                guard closed == tag.content else { throw TemplateSyntaxError(message: "'{{<\(tag.content)}}' is never closed", line: tagLine) }
                var blocks: [String: [TemplateNode]] = [:]
                for child in children { if case .block(let name, let body) = child { blocks[name] = body } }
                nodes.append(.parent(tag.content, blocks: blocks))
            case UInt8(ascii: ">"):
                nodes.append(.partial(tag.content, indentation: indentation))
            case UInt8(ascii: "/"):
                guard let closing, tag.content == closing else {
                    throw TemplateSyntaxError(message: "'{{/\(tag.content)}}' does not close \(closing.map { "'\($0)'" } ?? "any section")", line: tagLine)
                }
                return (nodes, closing)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                nodes.append(.variable(TemplateName(tag.content), escaped: false))
            default:
                nodes.append(.variable(TemplateName(tag.content), escaped: true))
            }
            textStart = index
        }
        if index > textStart { nodes.append(.text(String(decoding: source[textStart..<index], as: UTF8.self))) }
        return (nodes, nil)
    }

    private mutating func readTag() throws(TemplateSyntaxError) -> Tag {
        let start = index
        index += 2
        var kind: UInt8 = 0
        var closer: [UInt8] = [UInt8(ascii: "}"), UInt8(ascii: "}")]
        if index < source.count {
            let sigil = source[index]
            if "#^/><$!{&".utf8.contains(sigil) {
                kind = sigil
                index += 1
                if sigil == UInt8(ascii: "{") { closer = [UInt8(ascii: "}"), UInt8(ascii: "}"), UInt8(ascii: "}")] }
            }
        }
        let contentStart = index
        while index + closer.count <= source.count, !source[index..<(index + closer.count)].elementsEqual(closer) {
            if source[index] == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
        guard index + closer.count <= source.count else { throw TemplateSyntaxError(message: "a tag '{{' is never closed with '}}'", line: line) }
        let content = String(decoding: source[contentStart..<index], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        index += closer.count
        return Tag(kind: kind, content: content, start: start, end: index)
    }
}
