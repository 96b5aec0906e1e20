import Foundation

/// Reads typed values out of a YAML mapping, reporting every problem with its place:
/// unknown keys (with a suggestion), values of the wrong kind, numbers, booleans and dates.
struct MappingReader {
    let file: String
    let node: YAMLNode
    /// The mapping's known keys in written order, and their key and value nodes at the same positions.
    /// A mapping has a handful of keys, so a linear search beats hashing (this runs for every check-in).
    private var entries: [Entry] = []

    private struct Entry {
        var key: String
        var keyNode: YAMLNode
        var value: YAMLNode
    }

    /// Reads `node` as a mapping of `what` (e.g. "key result"), reporting keys outside `known`.
    /// Returns nil, after reporting, when `node` is not a mapping.
    init?(_ node: YAMLNode, what: String, known: [String], file: String, log: inout DiagnosticLog) {
        self.file = file
        self.node = node
        if node.isNull { return }
        guard case .mapping(let pairs) = node.value else {
            log.report(.wrongType, at: SourceLocation(file: file, line: node.line, column: node.column),
                       "\(what) must be a mapping of 'key: value' lines, not \(node.kindDescription)")
            return nil
        }
        entries.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let key = pair.key.scalarText else {
                log.report(.wrongType, at: location(of: pair.key), "a key in \(what) must be plain text")
                continue
            }
            if !known.contains(key) {
                let lowered = key.lowercased()
                let hint = known.contains(lowered) ? " — did you mean '\(lowered)'?" : Suggestion.didYouMean(key, in: known)
                let fallback = hint.isEmpty ? "; known keys: \(known.joined(separator: ", "))" : hint
                log.report(.unknownKey, at: location(of: pair.key), "unknown key '\(key)' in \(what)\(fallback)")
                continue
            }
            if let earlier = position(of: key) {
                log.report(.yamlSyntax, at: location(of: pair.key),
                           "duplicate key '\(key)' in \(what) (first set on line \(entries[earlier].keyNode.line)); keep one of them")
                continue
            }
            entries.append(Entry(key: key, keyNode: pair.key, value: pair.value))
        }
    }

    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    /// Where `key` is written, or where the mapping starts when the key is absent.
    func location(ofKey key: String) -> SourceLocation {
        location(of: position(of: key).map { entries[$0].keyNode } ?? node)
    }

    /// The value node of `key`, nil when absent or null.
    func value(_ key: String) -> YAMLNode? {
        guard let position = position(of: key), !entries[position].value.isNull else { return nil }
        return entries[position].value
    }

    func has(_ key: String) -> Bool { position(of: key) != nil }

    private func position(of key: String) -> Int? {
        entries.firstIndex { $0.key == key }
    }

    func string(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalarText else {
            log.report(.wrongType, at: location(of: value), "'\(key)' must be text, not \(value.kindDescription)")
            return nil
        }
        return text
    }

    func number(_ key: String, log: inout DiagnosticLog) -> Double? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalarText else {
            log.report(.notANumber, at: location(of: value), "'\(key)' must be a number, not \(value.kindDescription)")
            return nil
        }
        guard let number = Self.parseNumber(text) else {
            log.report(.notANumber, at: location(of: value), "'\(key)' must be a number, not '\(text)'\(Self.numberAdvice(text))")
            return nil
        }
        return number
    }

    func integer(_ key: String, log: inout DiagnosticLog) -> Int? {
        guard let value = value(key), let number = number(key, log: &log) else { return nil }
        guard number == number.rounded(), abs(number) < 1e9 else {
            log.report(.notANumber, at: location(of: value), "'\(key)' must be a whole number, not '\(value.scalarText ?? "")'")
            return nil
        }
        return Int(number)
    }

    func bool(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let value = value(key) else { return nil }
        switch value.scalarText?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            log.report(.wrongType, at: location(of: value), "'\(key)' must be true or false, not '\(value.scalarText ?? value.kindDescription)'")
            return nil
        }
    }

    func day(_ key: String, log: inout DiagnosticLog) -> Day? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalarText else {
            log.report(.badDate, at: location(of: value), "'\(key)' must be a date YYYY-MM-DD, not \(value.kindDescription)")
            return nil
        }
        guard let day = Day(iso: text.trimmed) else {
            log.report(.badDate, at: location(of: value), "'\(key)' is not a real date: '\(text)' — write it as YYYY-MM-DD, e.g. 2026-10-02")
            return nil
        }
        return day
    }

    /// A list of text items; a single text value counts as a list of one.
    func stringList(_ key: String, log: inout DiagnosticLog) -> [(String, YAMLNode)] {
        guard let value = value(key) else { return [] }
        switch value.value {
        case .scalar(let text, _):
            return [(text, value)]
        case .sequence(let items):
            var result: [(String, YAMLNode)] = []
            for item in items {
                if let text = item.scalarText, !item.isNull {
                    result.append((text, item))
                } else if !item.isNull {
                    log.report(.wrongType, at: location(of: item), "each entry of '\(key)' must be text, not \(item.kindDescription)")
                }
            }
            return result
        case .mapping:
            log.report(.wrongType, at: location(of: value), "'\(key)' must be a list like [a, b], not a mapping")
            return []
        }
    }

    /// The items of a list value; reports and returns [] for anything else.
    func list(_ key: String, log: inout DiagnosticLog) -> [YAMLNode] {
        guard let value = value(key) else { return [] }
        guard case .sequence(let items) = value.value else {
            log.report(.wrongType, at: location(of: value), "'\(key)' must be a list (one '- ' entry per item), not \(value.kindDescription)")
            return []
        }
        return items
    }

    /// YAML numbers as the content format accepts them: `30`, `-1.5`, `1e3`, `1_000`, `+2`.
    static func parseNumber(_ text: String) -> Double? {
        if let number = plainDecimal(text) { return number }
        if text.utf8.allSatisfy(isNumberByte) {
            guard let number = Double(text), number.isFinite else { return nil }
            return number
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isNumberByte(byte) {
                bytes.append(byte)
            } else if byte != UInt8(ascii: "_") && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
                return nil
            }
        }
        guard !bytes.isEmpty, let number = Double(String(decoding: bytes, as: UTF8.self)), number.isFinite else { return nil }
        return number
    }

    /// `12`, `-0.55`, `+3.5`: up to 15 digits with an optional sign and point, converted exactly as `Double(_:)`
    /// converts them (an integer below 2^53 divided by a power of ten up to 10^22 rounds once, correctly);
    /// nil for anything else.
    static func plainDecimal(_ text: String) -> Double? {
        var mantissa = 0
        var digits = 0
        var fractionDigits = -1
        var negative = false
        var index = 0
        for byte in text.utf8 {
            defer { index += 1 }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                if fractionDigits >= 0 { fractionDigits += 1 }
            case UInt8(ascii: "."):
                guard fractionDigits < 0 else { return nil }
                fractionDigits = 0
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard index == 0 else { return nil }
                negative = byte == UInt8(ascii: "-")
            default:
                return nil
            }
            if digits > 15 { return nil }
        }
        guard digits > 0 else { return nil }
        let magnitude = fractionDigits > 0 ? Double(mantissa) / powersOfTen[fractionDigits] : Double(mantissa)
        return negative ? -magnitude : magnitude
    }

    private static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    /// A byte `Double(_:)` may read in a number as the content format writes it: digits, sign, point, exponent.
    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
            return true
        default:
            return false
        }
    }

    private static func numberAdvice(_ text: String) -> String {
        let digits = text.prefix { ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "," }
        guard !digits.isEmpty else { return " — write a plain number such as 30 or 0.5" }
        let number = digits.replacingOccurrences(of: ",", with: "")
        let rest = text.dropFirst(digits.count).trimmed
        if rest.isEmpty { return " — write \(number) without separators" }
        return " — write \(number) and put '\(rest)' in the key result's 'unit'"
    }
}
