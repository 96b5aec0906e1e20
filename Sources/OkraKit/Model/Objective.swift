/// A manual or computed status of an objective or key result.
public enum Health: String, Sendable, CaseIterable, Codable {
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case offTrack = "off_track"
    case done
    case dropped

    /// The value with hyphens (`on-track`), for CSS classes and the search filter.
    public var hyphenated: String {
        switch self {
        case .onTrack: return "on-track"
        case .atRisk: return "at-risk"
        case .offTrack: return "off-track"
        case .done: return "done"
        case .dropped: return "dropped"
        }
    }
}

/// One objective file: `<period>/<unit>/<slug>.md`.
public struct Objective: Sendable, Equatable {
    public var id: ObjectiveID
    /// Path of the file relative to the content folder.
    public var file: String
    public var title: String
    /// A person id when it names one in org.yaml, otherwise a free-text name.
    public var owner: String?
    public var ownerLocation: SourceLocation?
    public var alignsTo: [ObjectiveReference]
    /// How many `aligns_to` entries were written, including ones that are not valid references.
    public var alignsToWrittenCount: Int = 0
    /// `carried_from`: the objective of an earlier period that this one continues.
    public var carriedFrom: ObjectiveReference?
    public var tags: [String]
    public var weight: Double
    public var draft: Bool
    /// `health:` as written; nil when the status is computed.
    public var manualHealth: Health?
    /// `score:` as written at the end of the period; nil while the score follows progress.
    public var manualScore: Double?
    public var keyResults: [KeyResult]
    /// The Markdown body, already parsed.
    public var body: MarkdownDocument
    /// Where the `title` key is (or line 1 when it is missing).
    public var titleLocation: SourceLocation
    /// Where `key_results` is (or the title when it is missing).
    public var keyResultsLocation: SourceLocation
    /// Where `aligns_to` is (or the title when it is missing).
    public var alignsToLocation: SourceLocation

    /// The actions of the body: list items that start with `[ ]` or `[x]`.
    public var actions: [Action] { body.actions }
}

/// A key result of an objective.
public struct KeyResult: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A number moving from `start` to `target`; `target < start` is a decreasing metric.
        case metric(start: Double, target: Double, current: Double?)
        /// Done or not done.
        case milestone(done: Bool)
    }

    /// `id:` or `kr1`, `kr2`, … in order.
    public var id: String
    public var title: String
    public var owner: String?
    public var ownerLocation: SourceLocation?
    public var kind: Kind
    /// Display unit, free text (`社`, `%`, `日`).
    public var unitLabel: String?
    public var weight: Double
    public var contributesTo: [ObjectiveReference]
    /// Check-ins sorted by date (stable for equal dates).
    public var checkins: [CheckIn]
    public var location: SourceLocation
}

/// A dated progress report on a key result.
public struct CheckIn: Sendable, Equatable {
    public var date: Day
    public var value: Double?
    public var confidence: Double?
    public var note: String?
    public var location: SourceLocation
}

/// A task list item in an objective's body.
public struct Action: Sendable, Equatable {
    public var text: String
    public var done: Bool
    /// Line in the objective file.
    public var line: Int
}
