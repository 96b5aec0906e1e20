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
///
/// A value with copy-on-write storage: the steps of a build pass objectives around and keep them in
/// arrays, dictionaries and template data, and a copy costs one reference count instead of one per field.
public struct Objective: Sendable, Equatable {
    private struct Fields: Equatable {
        var id: ObjectiveID
        var file: String
        var title: String
        var owner: String?
        var ownerLocation: SourceLocation?
        var alignsTo: [ObjectiveReference]
        var alignsToWrittenCount: Int
        var carriedFrom: ObjectiveReference?
        var tags: [String]
        var weight: Double
        var draft: Bool
        var manualHealth: Health?
        var manualScore: Double?
        var keyResults: [KeyResult]
        var body: MarkdownDocument
        var titleLocation: SourceLocation
        var keyResultsLocation: SourceLocation
        var alignsToLocation: SourceLocation
    }

    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    public init(id: ObjectiveID, file: String, title: String, owner: String?, ownerLocation: SourceLocation?,
                alignsTo: [ObjectiveReference], alignsToWrittenCount: Int = 0, carriedFrom: ObjectiveReference? = nil,
                tags: [String], weight: Double, draft: Bool, manualHealth: Health?, manualScore: Double?,
                keyResults: [KeyResult], body: MarkdownDocument,
                titleLocation: SourceLocation, keyResultsLocation: SourceLocation, alignsToLocation: SourceLocation) {
        storage = Storage(Fields(
            id: id, file: file, title: title, owner: owner, ownerLocation: ownerLocation,
            alignsTo: alignsTo, alignsToWrittenCount: alignsToWrittenCount, carriedFrom: carriedFrom,
            tags: tags, weight: weight, draft: draft, manualHealth: manualHealth, manualScore: manualScore,
            keyResults: keyResults, body: body,
            titleLocation: titleLocation, keyResultsLocation: keyResultsLocation, alignsToLocation: alignsToLocation))
    }

    public var id: ObjectiveID {
        get { storage.fields.id }
        set { makeUnique(); storage.fields.id = newValue }
    }
    /// Path of the file relative to the content folder.
    public var file: String {
        get { storage.fields.file }
        set { makeUnique(); storage.fields.file = newValue }
    }
    public var title: String {
        get { storage.fields.title }
        set { makeUnique(); storage.fields.title = newValue }
    }
    /// A person id when it names one in org.yaml, otherwise a free-text name.
    public var owner: String? {
        get { storage.fields.owner }
        set { makeUnique(); storage.fields.owner = newValue }
    }
    public var ownerLocation: SourceLocation? {
        get { storage.fields.ownerLocation }
        set { makeUnique(); storage.fields.ownerLocation = newValue }
    }
    public var alignsTo: [ObjectiveReference] {
        get { storage.fields.alignsTo }
        set { makeUnique(); storage.fields.alignsTo = newValue }
    }
    /// How many `aligns_to` entries were written, including ones that are not valid references.
    public var alignsToWrittenCount: Int {
        get { storage.fields.alignsToWrittenCount }
        set { makeUnique(); storage.fields.alignsToWrittenCount = newValue }
    }
    /// `carried_from`: the objective of an earlier period that this one continues.
    public var carriedFrom: ObjectiveReference? {
        get { storage.fields.carriedFrom }
        set { makeUnique(); storage.fields.carriedFrom = newValue }
    }
    public var tags: [String] {
        get { storage.fields.tags }
        set { makeUnique(); storage.fields.tags = newValue }
    }
    public var weight: Double {
        get { storage.fields.weight }
        set { makeUnique(); storage.fields.weight = newValue }
    }
    public var draft: Bool {
        get { storage.fields.draft }
        set { makeUnique(); storage.fields.draft = newValue }
    }
    /// `health:` as written; nil when the status is computed.
    public var manualHealth: Health? {
        get { storage.fields.manualHealth }
        set { makeUnique(); storage.fields.manualHealth = newValue }
    }
    /// `score:` as written at the end of the period; nil while the score follows progress.
    public var manualScore: Double? {
        get { storage.fields.manualScore }
        set { makeUnique(); storage.fields.manualScore = newValue }
    }
    public var keyResults: [KeyResult] {
        get { storage.fields.keyResults }
        set { makeUnique(); storage.fields.keyResults = newValue }
    }
    /// The Markdown body, already parsed.
    public var body: MarkdownDocument {
        get { storage.fields.body }
        set { makeUnique(); storage.fields.body = newValue }
    }
    /// Where the `title` key is (or line 1 when it is missing).
    public var titleLocation: SourceLocation {
        get { storage.fields.titleLocation }
        set { makeUnique(); storage.fields.titleLocation = newValue }
    }
    /// Where `key_results` is (or the title when it is missing).
    public var keyResultsLocation: SourceLocation {
        get { storage.fields.keyResultsLocation }
        set { makeUnique(); storage.fields.keyResultsLocation = newValue }
    }
    /// Where `aligns_to` is (or the title when it is missing).
    public var alignsToLocation: SourceLocation {
        get { storage.fields.alignsToLocation }
        set { makeUnique(); storage.fields.alignsToLocation = newValue }
    }

    /// The actions of the body: list items that start with `[ ]` or `[x]`.
    public var actions: [Action] { body.actions }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    }

    public static func == (left: Objective, right: Objective) -> Bool {
        left.storage === right.storage || left.storage.fields == right.storage.fields
    }
}

/// A key result of an objective.
///
/// A value with copy-on-write storage, like ``Objective``: pages, scores and checks copy key results out of
/// their objectives, and a copy costs one reference count instead of one per field.
public struct KeyResult: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A number moving from `start` to `target`; `target < start` is a decreasing metric.
        case metric(start: Double, target: Double, current: Double?)
        /// Done or not done.
        case milestone(done: Bool)
    }

    private struct Fields: Equatable {
        var id: String
        var title: String
        var owner: String?
        var ownerLocation: SourceLocation?
        var kind: Kind
        var unitLabel: String?
        var weight: Double
        var contributesTo: [ObjectiveReference]
        var checkins: [CheckIn]
        var location: SourceLocation
    }

    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    public init(id: String, title: String, owner: String?, ownerLocation: SourceLocation?, kind: Kind, unitLabel: String?, weight: Double, contributesTo: [ObjectiveReference], checkins: [CheckIn], location: SourceLocation) {
        storage = Storage(Fields(id: id, title: title, owner: owner, ownerLocation: ownerLocation, kind: kind, unitLabel: unitLabel, weight: weight, contributesTo: contributesTo, checkins: checkins, location: location))
    }

    /// `id:` or `kr1`, `kr2`, … in order.
    public var id: String {
        get { storage.fields.id }
        set { makeUnique(); storage.fields.id = newValue }
    }

    public var title: String {
        get { storage.fields.title }
        set { makeUnique(); storage.fields.title = newValue }
    }

    public var owner: String? {
        get { storage.fields.owner }
        set { makeUnique(); storage.fields.owner = newValue }
    }

    public var ownerLocation: SourceLocation? {
        get { storage.fields.ownerLocation }
        set { makeUnique(); storage.fields.ownerLocation = newValue }
    }

    public var kind: Kind {
        get { storage.fields.kind }
        set { makeUnique(); storage.fields.kind = newValue }
    }

    /// Display unit, free text (`社`, `%`, `日`).
    public var unitLabel: String? {
        get { storage.fields.unitLabel }
        set { makeUnique(); storage.fields.unitLabel = newValue }
    }

    public var weight: Double {
        get { storage.fields.weight }
        set { makeUnique(); storage.fields.weight = newValue }
    }

    public var contributesTo: [ObjectiveReference] {
        get { storage.fields.contributesTo }
        set { makeUnique(); storage.fields.contributesTo = newValue }
    }

    /// Check-ins sorted by date (stable for equal dates).
    public var checkins: [CheckIn] {
        get { storage.fields.checkins }
        set { makeUnique(); storage.fields.checkins = newValue }
    }

    public var location: SourceLocation {
        get { storage.fields.location }
        set { makeUnique(); storage.fields.location = newValue }
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    }

    public static func == (left: KeyResult, right: KeyResult) -> Bool {
        left.storage === right.storage || left.storage.fields == right.storage.fields
    }
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
