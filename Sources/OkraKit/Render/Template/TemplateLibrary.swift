/// Okra's Mustache renderer: templates are parsed once into node trees and rendered by walking them
/// with a stack of ``TemplateData`` contexts. It implements the Mustache spec (variables, sections,
/// inverted sections, partials, comments, standalone lines) plus template inheritance (`{{<parent}}`,
/// `{{$block}}`) and swift-mustache's transforms (`empty(…)`, `count(…)`, `first(…)`, `last(…)`,
/// `reversed(…)`); a test renders every built-in page with hummingbird-project/swift-mustache too and
/// requires the same output. Rendering reads only plain values — strings, numbers, booleans, arrays and
/// `[String: Any]` dictionaries — so it needs no reflection, which is what makes it fast.
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
        guard let nodes = templates[name] else { return "" }
        var output = ""
        output.reserveCapacity(32 * 1024)
        var stack: [Any] = [data]
        render(nodes, stack: &stack, overrides: [:], into: &output)
        return output
    }

    private func render(_ nodes: [TemplateNode], stack: inout [Any], overrides: [String: [TemplateNode]], into output: inout String) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                guard let value = lookup(name, in: stack) else { continue }
                let text = Self.text(of: value)
                output += escaped ? HTML.escape(text) : text
            case .section(let name, let children, let inverted):
                let value = lookup(name, in: stack)
                if inverted {
                    if !Self.isTruthy(value) { render(children, stack: &stack, overrides: overrides, into: &output) }
                    continue
                }
                guard let value, Self.isTruthy(value) else { continue }
                if Swift.type(of: value) == [TemplateData].self {
                    for item in value as! [TemplateData] { renderPushing(item, children, stack: &stack, overrides: overrides, into: &output) }
                } else if let items = Self.items(value) {
                    for item in items { renderPushing(item, children, stack: &stack, overrides: overrides, into: &output) }
                } else if value is Bool {
                    render(children, stack: &stack, overrides: overrides, into: &output)
                } else {
                    renderPushing(value, children, stack: &stack, overrides: overrides, into: &output)
                }
            case .partial(let name, let indentation):
                guard let partial = templates[name] else { continue }
                if indentation.isEmpty {
                    render(partial, stack: &stack, overrides: [:], into: &output)
                } else {
                    var rendered = ""
                    render(partial, stack: &stack, overrides: [:], into: &rendered)
                    output += Self.indent(rendered, by: indentation)
                }
            case .parent(let name, let blocks):
                guard let parent = templates[name] else { continue }
                render(parent, stack: &stack, overrides: blocks.merging(overrides) { _, outer in outer }, into: &output)
            case .block(let name, let children):
                render(overrides[name] ?? children, stack: &stack, overrides: overrides, into: &output)
            }
        }
    }

    private func renderPushing(_ value: Any, _ children: [TemplateNode], stack: inout [Any], overrides: [String: [TemplateNode]],
                               into output: inout String) {
        stack.append(value)
        render(children, stack: &stack, overrides: overrides, into: &output)
        stack.removeLast()
    }

    /// The value of a name: its first part is looked up from the innermost context outwards, the rest inside it.
    private func lookup(_ name: TemplateName, in stack: [Any]) -> Any? {
        var value: Any?
        if let first = name.path.first {
            for context in stack.reversed() {
                if let found = Self.child(of: context, named: first) {
                    value = found
                    break
                }
            }
            for part in name.path.dropFirst() {
                guard let parent = value else { return nil }
                value = Self.child(of: parent, named: part)
            }
        } else {
            value = stack.last
        }
        if let present = value, !Self.isPlain(present), Self.isNothing(present) { value = nil }
        guard let transform = name.transform else { return value }
        return Self.transform(transform, value)
    }

    // The data is built from a few concrete types; matching the dynamic type exactly avoids the element-by-element
    // conversions that `as? [String: Any]` performs on a `[String: String]`, or `as? [Any]` on an array of dictionaries.

    private static func child(of value: Any, named key: String) -> Any? {
        let type = Swift.type(of: value)
        if type == TemplateData.self { return (value as! TemplateData)[key] }
        if type == [String: String].self { return (value as! [String: String])[key] }
        if type == [String: Int].self { return (value as! [String: Int])[key] }
        if type == [String: Bool].self { return (value as! [String: Bool])[key] }
        return nil
    }

    private static func items(_ value: Any) -> [Any]? {
        let type = Swift.type(of: value)
        if type == [TemplateData].self { return (value as! [TemplateData]).map { $0 as Any } }
        if type == [String].self { return (value as! [String]).map { $0 as Any } }
        if type == [[String: String]].self { return (value as! [[String: String]]).map { $0 as Any } }
        if type == [Any].self { return (value as! [Any]) }
        if type == [Int].self { return (value as! [Int]).map { $0 as Any } }
        return nil
    }

    private static func transform(_ name: String, _ value: Any?) -> Any? {
        let list = value.flatMap(items)
        switch name {
        case "empty": return list?.isEmpty ?? (value == nil)
        case "count": return list?.count ?? 0
        case "first": return list?.first
        case "last": return list?.last
        case "reversed": return list.map { Array($0.reversed()) }
        default: return value
        }
    }

    /// True for the types pages are built from, which are never an optional: checked by type identity,
    /// which is much cheaper than the cast in ``isNothing(_:)``.
    private static func isPlain(_ value: Any) -> Bool {
        let type = Swift.type(of: value)
        return type == String.self || type == TemplateData.self || type == [TemplateData].self || type == Bool.self || type == Int.self
    }

    /// `nil` stored inside `Any`.
    private static func isNothing(_ value: Any) -> Bool {
        (value as? OptionalProtocol)?.isNone ?? false
    }

    private static func isTruthy(_ value: Any?) -> Bool {
        guard let value else { return false }
        let type = Swift.type(of: value)
        if type == String.self || type == TemplateData.self { return true }
        if type == [TemplateData].self { return !(value as! [TemplateData]).isEmpty }
        if let flag = value as? Bool { return flag }
        if let list = items(value) { return !list.isEmpty }
        return true
    }

    private static func text(of value: Any) -> String {
        if Swift.type(of: value) == String.self { return value as! String }
        switch value {
        case let text as String: return text
        case let number as Int: return String(number)
        case let number as Double: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        default: return "\(value)"
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

/// Lets a value stored as `Any` say whether it is an empty optional.
private protocol OptionalProtocol {
    var isNone: Bool { get }
}

extension Optional: OptionalProtocol {
    var isNone: Bool { self == nil }
}
