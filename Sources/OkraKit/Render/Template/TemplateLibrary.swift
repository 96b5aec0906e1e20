/// Okra's Mustache renderer: templates are parsed once into node trees and rendered by walking them
/// with a stack of ``TemplateData`` contexts. It implements the Mustache spec (variables, sections,
/// inverted sections, partials, comments, standalone lines) plus template inheritance (`{{<parent}}`,
/// `{{$block}}`) and swift-mustache's transforms (`empty(…)`, `count(…)`, `first(…)`, `last(…)`,
/// `reversed(…)`); a test renders every built-in page with hummingbird-project/swift-mustache too and
/// requires the same output. Rendering reads only ``TemplateValue``s, so it needs no reflection and no casts.
public struct TemplateLibrary: Sendable {
    private var templates: [String: [TemplateNode]] = [:]

    public init() {}

    /// Parses and registers a template under `name` (its file name without `.mustache`).
    public mutating func register(_ text: String, named name: String) throws(TemplateSyntaxError) {
        templates[name] = try TemplateParser.parse(text)
    }

    public func has(_ name: String) -> Bool { templates[name] != nil }

    /// Renders template `name` with `data` as the root context.
    public func render(_ data: TemplateData, withTemplate name: String) -> String {
        renderUTF8(data, withTemplate: name).text
    }

    /// Renders template `name` with `data` as the root context, as UTF-8 bytes.
    public func renderUTF8(_ data: TemplateData, withTemplate name: String) -> ByteBlock {
        guard let nodes = templates[name] else { return TextBuffer().finish() }
        var output = TextBuffer(capacity: 64 * 1024)
        var stack: [TemplateValue] = [.object(data)]
        render(nodes, stack: &stack, overrides: [:], into: &output)
        return output.finish()
    }

    private func render(_ nodes: [TemplateNode], stack: inout [TemplateValue], overrides: [String: [TemplateNode]], into output: inout TextBuffer) {
        for node in nodes {
            switch node {
            case .text(let text):
                output.append(text)
            case .variable(let name, let escaped):
                guard let value = lookup(name, in: stack) else { continue }
                Self.write(value, escaped: escaped, into: &output)
            case .section(let name, let children, let inverted):
                let value = lookup(name, in: stack)
                if inverted {
                    if !Self.isTruthy(value) { render(children, stack: &stack, overrides: overrides, into: &output) }
                    continue
                }
                guard let value, Self.isTruthy(value) else { continue }
                switch value {
                case .list(let items):
                    for item in items { renderPushing(item, children, stack: &stack, overrides: overrides, into: &output) }
                case .flag:
                    render(children, stack: &stack, overrides: overrides, into: &output)
                default:
                    renderPushing(value, children, stack: &stack, overrides: overrides, into: &output)
                }
            case .partial(let name, let indentation):
                guard let partial = templates[name] else { continue }
                if indentation.isEmpty {
                    render(partial, stack: &stack, overrides: [:], into: &output)
                } else {
                    var rendered = TextBuffer()
                    render(partial, stack: &stack, overrides: [:], into: &rendered)
                    output.append(Self.indent(rendered.text, by: indentation))
                }
            case .parent(let name, let blocks):
                guard let parent = templates[name] else { continue }
                render(parent, stack: &stack, overrides: blocks.merging(overrides) { _, outer in outer }, into: &output)
            case .block(let name, let children):
                render(overrides[name] ?? children, stack: &stack, overrides: overrides, into: &output)
            }
        }
    }

    private func renderPushing(_ value: TemplateValue, _ children: [TemplateNode], stack: inout [TemplateValue],
                               overrides: [String: [TemplateNode]], into output: inout TextBuffer) {
        stack.append(value)
        render(children, stack: &stack, overrides: overrides, into: &output)
        stack.removeLast()
    }

    /// The value of a name: its first part is looked up from the innermost context outwards, the rest inside it.
    /// A key holding ``TemplateValue/nothing`` stops the search and gives no value.
    private func lookup(_ name: TemplateName, in stack: [TemplateValue]) -> TemplateValue? {
        var value: TemplateValue?
        if let first = name.path.first {
            let fingerprint = name.fingerprints[0]
            for context in stack.reversed() {
                if let found = Self.child(of: context, named: first, fingerprint: fingerprint) {
                    value = found
                    break
                }
            }
            for index in name.path.indices.dropFirst() {
                guard let parent = value else { return nil }
                value = Self.child(of: parent, named: name.path[index], fingerprint: name.fingerprints[index])
            }
        } else {
            value = stack.last
        }
        if case .nothing? = value { value = nil }
        guard let transform = name.transform else { return value }
        return Self.transform(transform, value)
    }

    private static func child(of value: TemplateValue, named key: String, fingerprint: UInt32) -> TemplateValue? {
        switch value {
        case .object(let data): return data.value(for: key, fingerprint: fingerprint)
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
        case .text?, .markup?, .number?, .object?, .table?: return true
        }
    }

    private static func write(_ value: TemplateValue, escaped: Bool, into output: inout TextBuffer) {
        switch value {
        case .text(let text): if escaped { HTML.escape(text, into: &output) } else { output.append(text) }
        case .markup(let block): if escaped { HTML.escape(block.text, into: &output) } else { output.append(block) }
        case .number(let number): output.appendDecimal(number)
        case .flag(let flag): output += flag ? "true" : "false"
        case .list, .object, .table, .nothing: break
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
