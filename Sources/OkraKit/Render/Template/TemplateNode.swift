/// A compiled Mustache template: a tree of nodes, parsed once and rendered many times.
indirect enum TemplateNode: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted; `id` tells the sections of a template library apart.
    case section(TemplateName, children: [TemplateNode], inverted: Bool, id: Int)
    /// `{{> name}}`, with the indentation of a standalone tag applied to every line of the partial.
    case partial(String, indentation: String)
    /// `{{<name}}…{{/name}}`: render template `name` with these blocks replaced.
    case parent(String, blocks: [String: [TemplateNode]])
    /// `{{$name}}default{{/name}}`: a block a child template may replace.
    case block(String, children: [TemplateNode])
}

/// A name as written in a tag: dotted (`t.keyResults`), `.` for the current item, or a transform (`empty(list)`).
struct TemplateName: Sendable, Hashable {
    var path: [String]
    /// ``TemplateData/fingerprint(_:)`` of each part of `path`, computed once when the template is parsed.
    var fingerprints: [UInt32]
    /// `empty`, `count`, `first`, `last` or `reversed`, applied to the value (swift-mustache's transforms).
    var transform: String?
    var text: String

    init(_ text: String) {
        self.text = text
        var name = Substring(text)
        if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            transform = String(name[..<open])
            name = name[name.index(after: open)..<name.index(before: name.endIndex)]
        }
        path = name == "." ? [] : name.split(separator: ".").map(String.init)
        fingerprints = path.map(TemplateData.fingerprint)
    }
}
