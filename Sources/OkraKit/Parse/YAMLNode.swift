/// A YAML value with the place it was written, as produced by ``YAMLParser``.
/// Scalars stay text: the decoders give them a type from the key they belong to,
/// so `title: 2026` is a title and `draft: no` is a boolean only where a boolean is expected.
public struct YAMLNode: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var value: Value
    /// 1-based line in the file (front matter lines count from the top of the file).
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// The text of a scalar, nil for collections.
    public var scalarText: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// True for `~`, `null` and an empty plain scalar.
    public var isNull: Bool {
        guard case .scalar(let text, let plain) = value, plain else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// A word for messages: "text", "a list", "a mapping".
    var kindDescription: String {
        switch value {
        case .scalar: return isNull ? "nothing" : "text"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// A key and its value in a YAML mapping, in the order written.
public struct YAMLPair: Sendable, Equatable {
    public var key: YAMLNode
    public var value: YAMLNode
}

/// Malformed YAML, with libyaml's description and the place it gave up.
public struct YAMLSyntaxError: Error, Sendable {
    public var message: String
    public var line: Int
    public var column: Int
}
