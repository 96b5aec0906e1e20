import Foundation

/// Renders a parsed Markdown body as HTML, the way cmark's safe mode does: raw HTML is omitted,
/// dangerous URLs are dropped, and every text is escaped. Links to other objectives' `.md` files
/// are rewritten by `linkResolver` to point at their pages.
public struct MarkdownRenderer {
    /// Maps a link destination to the href to write (e.g. `../sales/x.md` → `../sales/x.html`).
    public var linkResolver: (String) -> String
    /// Ids the page already uses; headings get other ones.
    public var reservedIDs: Set<String>
    private let headingIDs = HeadingIDs()

    public init(reservedIDs: Set<String> = [], linkResolver: @escaping (String) -> String = { $0 }) {
        self.reservedIDs = reservedIDs
        self.linkResolver = linkResolver
    }

    public func html(_ document: MarkdownDocument) -> String {
        headingIDs.used = reservedIDs
        var output = ""
        for child in document.root.children { render(child, into: &output, tight: false) }
        return output
    }

    /// A heading's anchor as GitHub writes it: lower case, spaces to `-`, punctuation dropped; unique on the page.
    static func anchor(for text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character == " " || character == "-" { result.append("-") }
            else if character == "_" || character.isLetter || character.isNumber { result.append(character) }
        }
        return result.isEmpty ? "section" : result
    }

    private func render(_ node: MarkdownNode, into output: inout String, tight: Bool) {
        switch node.kind {
        case .document:
            children(node, into: &output, tight: false)
        case .blockQuote:
            output += "<blockquote>\n"
            children(node, into: &output, tight: false)
            output += "</blockquote>\n"
        case .list(let ordered, let start, let isTight):
            let isTaskList = node.children.contains { if case .item(let task) = $0.kind { return task != nil } else { return false } }
            let classAttribute = isTaskList ? " class=\"okra-actions\"" : ""
            if ordered {
                output += start == 1 ? "<ol\(classAttribute)>\n" : "<ol start=\"\(start)\"\(classAttribute)>\n"
            } else {
                output += "<ul\(classAttribute)>\n"
            }
            for item in node.children { render(item, into: &output, tight: isTight) }
            output += ordered ? "</ol>\n" : "</ul>\n"
        case .item(let task):
            if let done = task {
                output += done ? "<li class=\"okra-action okra-action-done\">" : "<li class=\"okra-action\">"
                output += done ? "<span class=\"okra-checkbox\" role=\"img\" aria-label=\"✓\">☑</span> " : "<span class=\"okra-checkbox\" role=\"img\" aria-label=\"☐\">☐</span> "
            } else {
                output += "<li>"
            }
            children(node, into: &output, tight: tight)
            output += "</li>\n"
        case .codeBlock(let info, let literal):
            let language = info.split(separator: " ").first.map { " class=\"language-\(HTML.escape(String($0)))\"" } ?? ""
            output += "<pre><code\(language)>\(HTML.escape(literal))</code></pre>\n"
        case .htmlBlock:
            output += "<!-- raw HTML omitted -->\n"
        case .paragraph:
            if tight {
                inlineChildren(node, into: &output)
            } else {
                output += "<p>"
                inlineChildren(node, into: &output)
                output += "</p>\n"
            }
        case .heading(let level):
            let shifted = min(6, level + 1)
            output += "<h\(shifted) id=\"\(HTML.escape(headingIDs.claim(Self.anchor(for: node.plainText))))\">"
            inlineChildren(node, into: &output)
            output += "</h\(shifted)>\n"
        case .thematicBreak:
            output += "<hr>\n"
        default:
            renderInline(node, into: &output)
        }
    }

    private func children(_ node: MarkdownNode, into output: inout String, tight: Bool) {
        for child in node.children { render(child, into: &output, tight: tight) }
    }

    private func inlineChildren(_ node: MarkdownNode, into output: inout String) {
        for child in node.children { renderInline(child, into: &output) }
    }

    private func renderInline(_ node: MarkdownNode, into output: inout String) {
        switch node.kind {
        case .text(let text): output += HTML.escape(text)
        case .softBreak: output += "\n"
        case .lineBreak: output += "<br>\n"
        case .code(let code): output += "<code>\(HTML.escape(code))</code>"
        case .htmlInline: output += "<!-- raw HTML omitted -->"
        case .emphasis:
            output += "<em>"
            inlineChildren(node, into: &output)
            output += "</em>"
        case .strong:
            output += "<strong>"
            inlineChildren(node, into: &output)
            output += "</strong>"
        case .link(let destination, let title):
            let href = Self.isSafe(destination, image: false) ? linkResolver(destination) : ""
            output += "<a href=\"\(HTML.escape(href))\""
            if !title.isEmpty { output += " title=\"\(HTML.escape(title))\"" }
            output += ">"
            inlineChildren(node, into: &output)
            output += "</a>"
        case .image(let source, let title):
            let src = Self.isSafe(source, image: true) ? source : ""
            output += "<img src=\"\(HTML.escape(src))\" alt=\"\(HTML.escape(node.plainText))\""
            if !title.isEmpty { output += " title=\"\(HTML.escape(title))\"" }
            output += " loading=\"lazy\">"
        default:
            render(node, into: &output, tight: false)
        }
    }

    /// cmark's safe-URL rule: no `javascript:`, `vbscript:`, `file:`, and `data:` only for common images.
    static func isSafe(_ url: String, image: Bool) -> Bool {
        let lowered = url.trimmingCharacters(in: .whitespaces).lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) { return false }
        if lowered.hasPrefix("data:") {
            return image && ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lowered.hasPrefix($0) }
        }
        return true
    }
}

/// The heading ids of one rendering; only ever used by one thread.
private final class HeadingIDs: @unchecked Sendable {
    var used: Set<String> = []

    func claim(_ base: String) -> String {
        var candidate = base
        var counter = 1
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
