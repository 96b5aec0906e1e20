/// Okra's Mustache renderer: templates are parsed once into node trees and rendered by walking them
/// with a stack of ``TemplateData`` contexts. It implements the Mustache spec (variables, sections,
/// inverted sections, partials, comments, standalone lines) plus template inheritance (`{{<parent}}`,
/// `{{$block}}`) and swift-mustache's transforms (`empty(…)`, `count(…)`, `first(…)`, `last(…)`,
/// `reversed(…)`); a test renders every built-in page with hummingbird-project/swift-mustache too and
/// requires the same output. Rendering reads only ``TemplateValue``s, so it needs no reflection and no casts.
public struct TemplateLibrary: Sendable {
    private var templates: [String: [TemplateNode]] = [:]
    /// The number of the next section registered: every section of the library has its own.
    private var nextSectionID = 0

    public init() {}

    /// Parses and registers a template under `name` (its file name without `.mustache`).
    public mutating func register(_ text: String, named name: String) throws(TemplateSyntaxError) {
        templates[name] = try TemplateParser.parse(text, numberingSectionsFrom: &nextSectionID)
    }

    public func has(_ name: String) -> Bool { templates[name] != nil }

    /// Renders template `name` with `data` as the root context.
    public func render(_ data: TemplateData, withTemplate name: String) -> String {
        renderUTF8(data, withTemplate: name).text
    }

    /// Renders template `name` with `data` as the root context, as UTF-8 bytes.
    public func renderUTF8(_ data: TemplateData, withTemplate name: String) -> ByteBlock {
        var rows: PageRows?
        return renderUTF8(data, withTemplate: name, rows: &rows)
    }

    /// Renders template `name` with `data` as the root context, copying the kept rows (``TemplateValue/kept(_:)``)
    /// that `rows` holds from the page's last build and adding those rendered now.
    func renderUTF8(_ data: TemplateData, withTemplate name: String, rows: inout PageRows?) -> ByteBlock {
        guard let nodes = templates[name] else { return TextBuffer().finish() }
        var output = TextBuffer(capacity: 64 * 1024)
        var state = RenderState(stack: [.object(data)], rows: rows)
        rows = nil
        render(nodes, state: &state, overrides: [:], into: &output)
        rows = state.rows
        return output.finish()
    }

    /// What rendering a page carries from node to node: the stack of contexts, and the page's kept rows.
    private struct RenderState {
        var stack: [TemplateValue]
        var rows: PageRows?
        /// While a kept row is rendered afresh: the stack position of its data, below which lookups are recorded.
        var rowBase: Int?
        var outerLookups: [OuterLookup] = []
        /// A kept row that met a block (whose content depends on the page's templates around it) is not kept.
        var rowUsedBlock = false

        init(stack: [TemplateValue], rows: PageRows?) {
            self.stack = stack
            self.rows = rows
        }
    }

    private func render(_ nodes: [TemplateNode], state: inout RenderState, overrides: [String: [TemplateNode]], into output: inout TextBuffer) {
        for node in nodes {
            switch node {
            case .text(let text):
                output.append(text)
            case .variable(let name, let escaped):
                guard let value = lookup(name, in: &state) else { continue }
                Self.write(value, escaped: escaped, into: &output)
            case .section(let name, let children, let inverted, let id):
                let value = lookup(name, in: &state)
                if inverted {
                    if !Self.isTruthy(value) { render(children, state: &state, overrides: overrides, into: &output) }
                    continue
                }
                guard let value, Self.isTruthy(value) else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        if case .kept(let row) = item {
                            renderKept(row, section: id, children, state: &state, overrides: overrides, into: &output)
                        } else {
                            renderPushing(item, children, state: &state, overrides: overrides, into: &output)
                        }
                    }
                case .flag:
                    render(children, state: &state, overrides: overrides, into: &output)
                default:
                    renderPushing(value.resolved, children, state: &state, overrides: overrides, into: &output)
                }
            case .partial(let name, let indentation):
                guard let partial = templates[name] else { continue }
                if indentation.isEmpty {
                    render(partial, state: &state, overrides: [:], into: &output)
                } else {
                    var rendered = TextBuffer()
                    render(partial, state: &state, overrides: [:], into: &rendered)
                    output.append(Self.indent(rendered.text, by: indentation))
                }
            case .parent(let name, let blocks):
                guard let parent = templates[name] else { continue }
                render(parent, state: &state, overrides: blocks.merging(overrides) { _, outer in outer }, into: &output)
            case .block(let name, let children):
                if state.rowBase != nil { state.rowUsedBlock = true }
                render(overrides[name] ?? children, state: &state, overrides: overrides, into: &output)
            }
        }
    }

    private func renderPushing(_ value: TemplateValue, _ children: [TemplateNode], state: inout RenderState,
                               overrides: [String: [TemplateNode]], into output: inout TextBuffer) {
        state.stack.append(value)
        render(children, state: &state, overrides: overrides, into: &output)
        state.stack.removeLast()
    }

    /// A kept row: copied from the page's last build when that is still what it renders to, otherwise
    /// made, rendered and kept. A row inside another row being rendered is rendered without being kept.
    private func renderKept(_ row: KeptRow, section: Int, _ children: [TemplateNode], state: inout RenderState,
                            overrides: [String: [TemplateNode]], into output: inout TextBuffer) {
        guard state.rows != nil, state.rowBase == nil else {
            renderPushing(.object(row.data()), children, state: &state, overrides: overrides, into: &output)
            return
        }
        if let earlier = state.rows?.reusable(row.recipe, section: section),
           earlier.outerLookups.allSatisfy({ TemplateValue.same(lookup($0.name, in: &state), $0.value) }) {
            output.append(earlier.bytes)
            state.rows?.reuse(earlier)
            return
        }
        let start = output.count
        state.rowBase = state.stack.count
        state.outerLookups = []
        state.rowUsedBlock = false
        renderPushing(.object(row.data()), children, state: &state, overrides: overrides, into: &output)
        state.rowBase = nil
        let generation = state.rows?.generation ?? 0
        state.rows?.keep(state.rowUsedBlock ? nil : RenderedRow(recipe: row.recipe, section: section, bytes: output.copy(from: start),
                                                                outerLookups: state.outerLookups, generation: generation))
        state.outerLookups = []
    }

    /// The value of a name: its first part is looked up from the innermost context outwards, the rest inside it.
    /// A key holding ``TemplateValue/nothing`` stops the search and gives no value. While a kept row is rendered,
    /// a name found outside the row's data (or nowhere) is recorded with its value.
    private func lookup(_ name: TemplateName, in state: inout RenderState) -> TemplateValue? {
        var foundAt = -1
        let value = find(name, in: state.stack, foundAt: &foundAt)
        if let base = state.rowBase, foundAt < base { state.outerLookups.append(OuterLookup(name: name, value: value)) }
        return value
    }

    private func find(_ name: TemplateName, in stack: [TemplateValue], foundAt: inout Int) -> TemplateValue? {
        var value: TemplateValue?
        if let first = name.path.first {
            let fingerprint = name.fingerprints[0]
            var level = stack.count
            while level > 0 {
                level -= 1
                if let found = Self.child(of: stack[level], named: first, fingerprint: fingerprint) {
                    value = found
                    foundAt = level
                    break
                }
            }
            for index in name.path.indices.dropFirst() {
                guard let parent = value else { return nil }
                value = Self.child(of: parent, named: name.path[index], fingerprint: name.fingerprints[index])
            }
        } else {
            value = stack.last
            foundAt = stack.count - 1
        }
        if case .nothing? = value { value = nil }
        guard let transform = name.transform else { return value }
        return Self.transform(transform, value)
    }

    private static func child(of value: TemplateValue, named key: String, fingerprint: UInt32) -> TemplateValue? {
        switch value {
        case .object(let data): return data.value(for: key, fingerprint: fingerprint)
        case .kept(let row): return row.data().value(for: key, fingerprint: fingerprint)
        case .table(let table): return table[key].map(TemplateValue.text)
        default: return nil
        }
    }

    private static func transform(_ name: String, _ value: TemplateValue?) -> TemplateValue? {
        guard case .list(let items)? = value else {
            switch name {
            case "empty": return .flag(value == nil)
            case "count": return .number(0)
            case "first", "last", "reversed": return nil
            default: return value
            }
        }
        switch name {
        case "empty": return .flag(items.isEmpty)
        case "count": return .number(items.count)
        case "first": return items.first
        case "last": return items.last
        case "reversed": return .list(items.reversed())
        default: return value
        }
    }

    private static func isTruthy(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .nothing?: return false
        case .flag(let flag)?: return flag
        case .list(let items)?: return !items.isEmpty
        case .text?, .markup?, .number?, .object?, .table?, .kept?: return true
        }
    }

    private static func write(_ value: TemplateValue, escaped: Bool, into output: inout TextBuffer) {
        switch value {
        case .text(let text): if escaped { HTML.escape(text, into: &output) } else { output.append(text) }
        case .markup(let block): if escaped { HTML.escape(block.text, into: &output) } else { output.append(block) }
        case .number(let number): output.appendDecimal(number)
        case .flag(let flag): output += flag ? "true" : "false"
        case .list, .object, .table, .nothing, .kept: break
        }
    }

    private static func indent(_ text: String, by indentation: String) -> String {
        var result = ""
        var atLineStart = true
        for character in text {
            if atLineStart { result += indentation }
            result.append(character)
            atLineStart = character == "\n"
        }
        return result
    }
}
