import Foundation

/// A node of a parsed Markdown body: plain Swift values converted from cmark's tree.
public struct MarkdownNode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        /// A list item; `task` is nil for an ordinary item, `false` for `[ ]`, `true` for `[x]`.
        case item(task: Bool?)
        case codeBlock(info: String, literal: String)
        /// Raw HTML; never passed through to pages.
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        /// Raw inline HTML; never passed through to pages.
        case htmlInline(String)
        case emphasis
        case strong
        case link(destination: String, title: String)
        case image(source: String, title: String)
    }

    public var kind: Kind
    public var children: [MarkdownNode]
    /// Line in the objective file for block nodes; 0 for inline nodes (cmark has no inline positions).
    public var line: Int

    public init(_ kind: Kind, children: [MarkdownNode] = [], line: Int = 0) {
        self.kind = kind
        self.children = children
        self.line = line
    }

    /// The concatenated text of this node and its descendants.
    public var plainText: String {
        switch kind {
        case .text(let text), .code(let text): return text
        case .softBreak, .lineBreak: return " "
        default: return children.map(\.plainText).joined()
        }
    }
}

/// A link found in a body, with where it was written.
public struct MarkdownLink: Sendable, Equatable {
    public var destination: String
    public var line: Int
    public var column: Int
}

/// An objective's Markdown body, parsed once: the tree, its actions, its links and whether it has a retrospective.
public struct MarkdownDocument: Sendable, Equatable {
    public let root: MarkdownNode
    public let actions: [Action]
    public let links: [MarkdownLink]
    /// Whether the body has a section under a heading titled one of `retrospectiveTitles`. Found once, when
    /// parsed: the archive lists every objective that has one.
    public let hasRetrospective: Bool

    public init(root: MarkdownNode = MarkdownNode(.document), actions: [Action] = [], links: [MarkdownLink] = []) {
        self.root = root
        self.actions = actions
        self.links = links
        hasRetrospective = Self.sectionStart(in: root.children, titled: Self.retrospectiveTitles) != nil
    }

    /// The headings, lowercased, that open an objective's retrospective (振り返り).
    public static let retrospectiveTitles: Set<String> = ["振り返り", "retrospective", "retro", "ふりかえり"]

    /// The plain text of the section under the first heading whose text is one of `titles`
    /// (e.g. `振り返り`, `Retrospective`), up to the next heading of the same or a higher level.
    public func section(titled titles: Set<String>) -> [MarkdownNode]? {
        let blocks = root.children
        guard let (index, level) = Self.sectionStart(in: blocks, titled: titles) else { return nil }
        var section: [MarkdownNode] = []
        for next in blocks[(index + 1)...] {
            if case .heading(let nextLevel) = next.kind, nextLevel <= level { break }
            section.append(next)
        }
        return section
    }

    /// The index and level of the first heading among `blocks` whose text, lowercased, is one of `titles`.
    private static func sectionStart(in blocks: [MarkdownNode], titled titles: Set<String>) -> (index: Int, level: Int)? {
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level) = block.kind, titles.contains(block.plainText.trimmed.lowercased()) else { continue }
            return (index, level)
        }
        return nil
    }
}
