/// An objective's identity, decided by its path: `<period>/<unit>/<slug>.md`.
public struct ObjectiveID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let period: String
    public let unit: String
    public let slug: String
    /// The hash of the three parts, computed once: ids are looked up in dictionaries (scores, objectives, the
    /// graph, kept links) far more often than they are made.
    private let partsHash: Int

    public init(period: String, unit: String, slug: String) {
        self.period = period
        self.unit = unit
        self.slug = slug
        var hasher = Hasher()
        hasher.combine(period)
        hasher.combine(unit)
        hasher.combine(slug)
        partsHash = hasher.finalize()
    }

    public static func == (lhs: ObjectiveID, rhs: ObjectiveID) -> Bool {
        lhs.partsHash == rhs.partsHash && lhs.period == rhs.period && lhs.unit == rhs.unit && lhs.slug == rhs.slug
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(partsHash)
    }

    /// `period/unit/slug`, the fully qualified reference form.
    public var path: String { "\(period)/\(unit)/\(slug)" }

    public var description: String { path }

    public static func < (lhs: ObjectiveID, rhs: ObjectiveID) -> Bool {
        (lhs.period, lhs.unit, lhs.slug) < (rhs.period, rhs.unit, rhs.slug)
    }
}

/// A reference to an objective as written in `aligns_to`, `contributes_to` or `carried_from`:
/// `unit/slug` (same period as the referring file) or `period/unit/slug`.
public struct ObjectiveReference: Hashable, Sendable {
    /// The text as written.
    public var text: String
    /// The objective it names, with the period filled in from the referring file when omitted.
    public var target: ObjectiveID
    public var location: SourceLocation

    public init(text: String, target: ObjectiveID, location: SourceLocation) {
        self.text = text
        self.target = target
        self.location = location
    }
}
