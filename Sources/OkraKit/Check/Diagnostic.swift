/// A place in a content file: the path relative to the content folder, and a 1-based line and column.
/// Columns count Unicode characters, not bytes.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One problem found in the content: what, where, how bad, and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    public var rule: Rule
    public var location: SourceLocation
    /// What is wrong and how to fix it, in one sentence, e.g.
    /// `unknown key 'taget' — did you mean 'target'?`.
    public var message: String

    public var severity: Severity { rule.severity }

    public init(_ rule: Rule, at location: SourceLocation, _ message: String) {
        self.rule = rule
        self.location = location
        self.message = message
    }

    /// Sorted by file, line, column, then rule, so output is stable.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.rule != $1.rule { return $0.rule.rawValue < $1.rule.rawValue }
            return $0.message < $1.message
        }
    }
}

/// Collects diagnostics while a file or a whole tree is checked.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func report(_ rule: Rule, at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(rule, at: location, message))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    public var errorCount: Int { diagnostics.lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.lazy.filter { $0.severity == .warning }.count }
}
