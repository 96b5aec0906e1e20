import CCmark
import Foundation

/// The one place that talks to cmark's C API. It parses a body, converts cmark's tree into
/// ``MarkdownNode`` values at once, and frees the C tree before returning.
public enum MarkdownParser {
    /// Parses `text`, whose first line is line `firstLine` of the objective file.
    public static func parse(_ text: String, firstLine: Int = 1) -> MarkdownDocument {
        let length = text.utf8.count
        guard let root = text.withCString({ cmark_parse_document($0, length, CMARK_OPT_DEFAULT) }) else {
            return MarkdownDocument()
        }
        defer { cmark_node_free(root) }
        cmark_consolidate_text_nodes(root)
        var converter = Converter(sourceLines: lines(of: text), lineOffset: firstLine - 1)
        let tree = converter.convert(root)
        return MarkdownDocument(root: tree, actions: converter.actions, links: converter.links)
    }

    /// The lines of `text`, split at its UTF-8 line feeds: the same lines as splitting its characters at `"\n"`
    /// (a line feed is always a character of its own, and the loader has turned `\r\n` into `\n`), without
    /// walking grapheme clusters, which costs several times more on Japanese text.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                lines.append(text[start..<index])
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
    }
}

private struct Converter {
    let sourceLines: [Substring]
    let lineOffset: Int
    var actions: [Action] = []
    var links: [MarkdownLink] = []
    /// Places already given to a link, so that two links to one destination get their own places.
    var claimedPlaces: Set<[Int]> = []
    /// Lines (relative to the body) of the innermost block being converted.
    var blockLines: ClosedRange<Int> = 1...1

    init(sourceLines: [Substring], lineOffset: Int) {
        self.sourceLines = sourceLines
        self.lineOffset = lineOffset
    }

    mutating func convert(_ node: OpaquePointer) -> MarkdownNode {
        let type = cmark_node_get_type(node)
        let startLine = Int(cmark_node_get_start_line(node))
        let isBlock = startLine > 0 && type.rawValue < CMARK_NODE_TEXT.rawValue
        let savedLines = blockLines
        if isBlock {
            blockLines = startLine...max(startLine, Int(cmark_node_get_end_line(node)))
        }
        defer { blockLines = savedLines }

        // Counted first, so that each array is made at its size, without the spare room that appending
        // leaves: every body stays in memory for the whole build (2 % of `okra check`'s peak heap).
        var childCount = 0
        var counted = cmark_node_first_child(node)
        while let current = counted {
            childCount += 1
            counted = cmark_node_next(current)
        }
        var children: [MarkdownNode] = []
        children.reserveCapacity(childCount)
        var child = cmark_node_first_child(node)
        while let current = child {
            children.append(convert(current))
            child = cmark_node_next(current)
        }
        let line = isBlock ? startLine + lineOffset : 0
        let kind: MarkdownNode.Kind
        switch type {
        case CMARK_NODE_DOCUMENT: kind = .document
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_LIST:
            kind = .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0
            )
        case CMARK_NODE_ITEM:
            let task = Self.stripTaskMarker(&children)
            if let task {
                let text = children.first.map(\.plainText)?.trimmed ?? ""
                actions.append(Action(text: text, done: task, line: line))
            }
            kind = .item(task: task)
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(info: Self.string(cmark_node_get_fence_info(node)), literal: Self.string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock(Self.string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_TEXT: kind = .text(Self.string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        case CMARK_NODE_CODE: kind = .code(Self.string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: kind = .htmlInline(Self.string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: kind = .emphasis
        case CMARK_NODE_STRONG: kind = .strong
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let destination = Self.string(cmark_node_get_url(node))
            let title = Self.string(cmark_node_get_title(node))
            if type == CMARK_NODE_LINK {
                kind = .link(destination: destination, title: title)
                links.append(locate(destination))
            } else {
                kind = .image(source: destination, title: title)
            }
        default:
            kind = .text("")
        }
        return MarkdownNode(kind, children: children, line: line)
    }

    /// Finds where a link's destination is written inside the current block, skipping places
    /// already given to an earlier link.
    private mutating func locate(_ destination: String) -> MarkdownLink {
        for needle in ["](" + destination, destination] {
            for lineNumber in blockLines where lineNumber - 1 < sourceLines.count {
                let text = sourceLines[lineNumber - 1]
                var searchStart = text.utf8.startIndex
                while let range = MarkdownParser.firstRange(of: needle, in: text, from: searchStart) {
                    let offset = needle.hasPrefix("](") ? 3 : 1
                    let column = text.distance(from: text.startIndex, to: range.lowerBound) + offset
                    if claimedPlaces.insert([lineNumber, column]).inserted {
                        return MarkdownLink(destination: destination, line: lineNumber + lineOffset, column: column)
                    }
                    searchStart = range.upperBound
                }
            }
        }
        return MarkdownLink(destination: destination, line: blockLines.lowerBound + lineOffset, column: 1)
    }

    /// Removes a leading `[ ]`, `[x]` or `[X]` from an item's first paragraph; returns the state it found.
    private static func stripTaskMarker(_ children: inout [MarkdownNode]) -> Bool? {
        guard var paragraph = children.first, paragraph.kind == .paragraph,
              var first = paragraph.children.first, case .text(let text) = first.kind else { return nil }
        let done: Bool
        if text.hasPrefix("[ ]") { done = false }
        else if text.hasPrefix("[x]") || text.hasPrefix("[X]") { done = true }
        else { return nil }
        let rest = text.dropFirst(3)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        first.kind = .text(String(rest.drop(while: { $0 == " " || $0 == "\t" })))
        paragraph.children[0] = first
        children[0] = paragraph
        return done
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

extension MarkdownParser {
    /// Where `needle`'s UTF-8 bytes first occur in `text` at or after `start` (a plain byte search:
    /// Foundation's `range(of:)` bridges to `NSString` and was the largest part of parsing link-heavy bodies).
    static func firstRange(of needle: String, in text: Substring, from start: String.Index) -> Range<String.Index>? {
        let bytes = text.utf8
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        var candidate = start
        while let found = bytes[candidate...].firstIndex(of: first) {
            guard let end = bytes.index(found, offsetBy: pattern.count, limitedBy: bytes.endIndex) else { return nil }
            if bytes[found..<end].elementsEqual(pattern) { return found..<end }
            candidate = bytes.index(after: found)
        }
        return nil
    }
}
