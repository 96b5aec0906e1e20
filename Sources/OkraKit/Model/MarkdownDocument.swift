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

/// An objective's Markdown body, parsed once: the tree, its actions and its links.
public struct MarkdownDocument: Sendable, Equatable {
    public var root: MarkdownNode
    public var actions: [Action]
    public var links: [MarkdownLink]

    public init(root: MarkdownNode = MarkdownNode(.document), actions: [Action] = [], links: [MarkdownLink] = []) {
        self.root = root
        self.actions = actions
        self.links = links
    }

    /// The plain text of the section under the first heading whose text is one of `titles`
    /// (e.g. `振り返り`, `Retrospective`), up to the next heading of the same or a higher level.
    public func section(titled titles: Set<String>) -> [MarkdownNode]? {
        let blocks = root.children
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level) = block.kind,
                  titles.contains(block.plainText.trimmed.lowercased()) else { continue }
            var section: [MarkdownNode] = []
            for next in blocks[(index + 1)...] {
                if case .heading(let nextLevel) = next.kind, nextLevel <= level { break }
                section.append(next)
            }
            return section
        }
        return nil
    }
}
