/// One value in the data of a page template.
///
/// A closed set of cases instead of `Any`: the renderer switches over them instead of casting, and a
/// page's data is built without boxing or hashing its keys.
public enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case object(TemplateData)
    /// A large table of strings looked up by key, such as the interface strings (`{{t.…}}`).
    case table([String: String])
    /// A key that is present but holds nothing: it hides the same key of the contexts around it.
    case nothing
    /// Markup drawn by okra itself, such as a chart's SVG, kept as the bytes it was drawn into: written
    /// as it is by `{{{…}}}` without being made a `String` (which would check every byte again), and
    /// escaped by `{{…}}` like text.
    case markup(ByteBlock)
    /// A list item that `okra watch` may copy from the page's last build instead of rendering it (``RowCache``);
    /// anywhere else it stands for its data.
    case kept(KeptRow)

    /// The value with a kept row's data made: what the templates see of it.
    var resolved: TemplateValue {
        if case .kept(let row) = self { return .object(row.data()) }
        return self
    }

    /// Whether two values render the same wherever they are looked up. Kept rows are never the same as
    /// anything: a row that looked one up outside its own data is rendered afresh.
    static func same(_ first: TemplateValue?, _ second: TemplateValue?) -> Bool {
        switch (first, second) {
        case (nil, nil): return true
        case (.text(let a)?, .text(let b)?): return a == b
        case (.flag(let a)?, .flag(let b)?): return a == b
        case (.number(let a)?, .number(let b)?): return a == b
        case (.list(let a)?, .list(let b)?): return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case (.object(let a)?, .object(let b)?): return a.isSame(as: b)
        case (.table(let a)?, .table(let b)?): return a == b
        case (.nothing?, .nothing?): return true
        case (.markup(let a)?, .markup(let b)?): return a === b || a.withBytes { a in b.withBytes { b in a.elementsEqual(b) } }
        default: return false
        }
    }
}

/// The data of a template context: keys and values, in the order they were set.
///
/// Pages hold a few dozen keys per object, so a key is found by scanning a short array of fingerprints
/// (a cheap hash of its bytes, computed once per key) instead of hashing it into a dictionary; building
/// a page's data, which happens far more often than looking a key up twice, costs one array.
public struct TemplateData: Sendable, ExpressibleByDictionaryLiteral {
    fileprivate struct Entry: Sendable {
        var key: String
        var fingerprint: UInt32
        var value: TemplateValue
    }

    fileprivate var entries: [Entry]

    public init() { entries = [] }

    /// A literal's keys are all different (as in a dictionary literal); they are not checked again.
    ///
    /// Each value is converted where the literal's array holds it: copying an element out of the array (as a
    /// `for` loop does) copies the whole tuple through the runtime's generic tuple witness, since it holds an
    /// existential, and that cost more than converting the value.
    public init(dictionaryLiteral elements: (String, any TemplateValueConvertible)...) {
        typealias Element = (String, any TemplateValueConvertible)
        let valueOffset = MemoryLayout<Element>.offset(of: \Element.1)!
        var entries: [Entry] = []
        entries.reserveCapacity(elements.count)
        elements.withUnsafeBytes { elements in
            for offset in stride(from: 0, to: elements.count, by: MemoryLayout<Element>.stride) {
                let key = elements.load(fromByteOffset: offset, as: String.self)
                let value = (elements.baseAddress! + offset + valueOffset).assumingMemoryBound(to: (any TemplateValueConvertible).self)
                entries.append(Entry(key: key, fingerprint: Self.fingerprint(key), value: value.pointee.templateValue))
            }
        }
        self.entries = entries
    }

    /// How many keys are set.
    public var count: Int { entries.count }

    /// The value of `key`. Setting converts any value that a template can show (a string, a flag, a list,
    /// other data, …); setting nil removes the key.
    public subscript(key: String) -> (any TemplateValueConvertible)? {
        get { value(for: key, fingerprint: Self.fingerprint(key)) }
        set { set(key, to: newValue?.templateValue) }
    }

    private mutating func set(_ key: String, to newValue: TemplateValue?) {
        let fingerprint = Self.fingerprint(key)
        switch (position(of: key, fingerprint: fingerprint), newValue) {
        case (let index?, let value?): entries[index].value = value
        case (let index?, nil): entries.remove(at: index)
        case (nil, let value?): entries.append(Entry(key: key, fingerprint: fingerprint, value: value))
        case (nil, nil): break
        }
    }

    /// Sets every key of `other` here, replacing the values of keys already present.
    public mutating func merge(_ other: TemplateData) {
        entries.reserveCapacity(entries.count + other.entries.count)
        for entry in other.entries {
            if let index = position(of: entry.key, fingerprint: entry.fingerprint) {
                entries[index].value = entry.value
            } else {
                entries.append(entry)
            }
        }
    }

    /// The value of a key whose ``fingerprint(_:)`` the caller computed once, such as a template's tag.
    func value(for key: String, fingerprint: UInt32) -> TemplateValue? {
        position(of: key, fingerprint: fingerprint).map { entries[$0].value }
    }

    private func position(of key: String, fingerprint: UInt32) -> Int? {
        entries.withUnsafeBufferPointer { entries in
            for index in entries.indices where entries[index].fingerprint == fingerprint && entries[index].key == key {
                return index
            }
            return nil
        }
    }

    /// Whether both hold the same keys, in the same order, with values that render the same.
    func isSame(as other: TemplateData) -> Bool {
        entries.count == other.entries.count && zip(entries, other.entries).allSatisfy {
            $0.fingerprint == $1.fingerprint && $0.key == $1.key && TemplateValue.same($0.value, $1.value)
        }
    }

    /// FNV-1a of the key's UTF-8 bytes: equal keys have equal fingerprints, and different keys of a page
    /// almost never do (a collision only costs one string comparison).
    static func fingerprint(_ key: String) -> UInt32 {
        key.utf8.withContiguousStorageIfAvailable(fingerprint) ?? fingerprint(Array(key.utf8))
    }

    private static func fingerprint(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return hash
    }
}

/// A Swift value that page data can hold.
public protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateValueConvertible {
    public var templateValue: TemplateValue { self }
}

extension String: TemplateValueConvertible {
    public var templateValue: TemplateValue { .text(self) }
}

extension ByteBlock: TemplateValueConvertible {
    public var templateValue: TemplateValue { .markup(self) }
}

extension Bool: TemplateValueConvertible {
    public var templateValue: TemplateValue { .flag(self) }
}

extension Int: TemplateValueConvertible {
    public var templateValue: TemplateValue { .number(self) }
}

extension TemplateData: TemplateValueConvertible {
    public var templateValue: TemplateValue { .object(self) }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    /// Lists of data and of values, the common ones, are converted by code specialized for them: an array in a
    /// dictionary literal is an existential, converted by unspecialized code that copies and converts each
    /// item through the protocol. (`as?` would convert each item too.)
    public var templateValue: TemplateValue {
        if Element.self == TemplateData.self { return .list(unsafeBitCast(self, to: [TemplateData].self).map(TemplateValue.object)) }
        if Element.self == TemplateValue.self { return .list(unsafeBitCast(self, to: [TemplateValue].self)) }
        return .list(map { $0.templateValue })
    }
}

extension Dictionary: TemplateValueConvertible where Key == String, Value == String {
    public var templateValue: TemplateValue { .table(self) }
}

extension TemplateValue {
    /// The value as plain Swift values (`String`, `Bool`, `Int`, arrays, `[String: Any]`), for other Mustache renderers.
    public var plainValue: Any {
        switch self {
        case .text(let text): return text
        case .flag(let flag): return flag
        case .number(let number): return number
        case .list(let items): return items.map { $0.plainValue }
        case .object(let data): return data.plainValue
        case .table(let table): return table
        case .markup(let block): return block.text
        case .nothing: return String?.none as Any
        case .kept(let row): return row.data().plainValue
        }
    }
}

extension TemplateData {
    /// The data as a `[String: Any]` dictionary of plain Swift values, for other Mustache renderers.
    public var plainValue: [String: Any] {
        var dictionary: [String: Any] = [:]
        for entry in entries { dictionary[entry.key] = entry.value.plainValue }
        return dictionary
    }
}
