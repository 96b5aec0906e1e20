/// The whole validated model of a content folder: settings, organisation, periods and objectives.
/// Plain values; the alignment graph and the numbers are computed from it by later steps.
public struct Content: Sendable {
    public var settings: SiteSettings
    public var organisation: Organisation
    /// Periods that hold objectives, plus custom periods and referenced ones, in chronological order.
    public var periods: [Period]
    /// Objectives sorted by id (period, unit, slug). Drafts are included only when asked for.
    public var objectives: [Objective]
    /// Ids of draft objectives, kept even when the drafts themselves are left out.
    public var draftIDs: Set<ObjectiveID>
    /// Ids of objective files that exist but could not be parsed; references to them are not reported again.
    public var unreadableIDs: Set<ObjectiveID> = []
    /// The day the content is judged on (the build date unless told otherwise).
    public var today: Day
    /// The period the home page shows.
    public var currentPeriodID: String?
    /// Every file path in the content folder, for resolving links in bodies.
    public var filePaths: Set<String>

    private var objectiveIndex: [ObjectiveID: Int]
    private var periodIndex: [String: Int]
    private var fileIndex: [String: Int]
    private var byPeriod: [String: [Int]]
    private var byPeriodAndUnit: [String: [Int]]

    public init(settings: SiteSettings, organisation: Organisation, periods: [Period], objectives: [Objective],
                draftIDs: Set<ObjectiveID>, today: Day, currentPeriodID: String?, filePaths: Set<String>) {
        self.settings = settings
        self.organisation = organisation
        self.periods = periods.sorted(by: Period.chronological)
        self.objectives = objectives.sorted { $0.id < $1.id }
        self.draftIDs = draftIDs
        self.today = today
        self.currentPeriodID = currentPeriodID
        self.filePaths = filePaths
        var objectiveIndex: [ObjectiveID: Int] = [:]
        var fileIndex: [String: Int] = [:]
        objectiveIndex.reserveCapacity(self.objectives.count)
        fileIndex.reserveCapacity(self.objectives.count)
        var byPeriod: [String: [Int]] = [:]
        var byPeriodAndUnit: [String: [Int]] = [:]
        // Sorted by id, the objectives of one period and unit stand together: each run is added at once.
        var runStart = 0
        for (index, objective) in self.objectives.enumerated() {
            objectiveIndex[objective.id] = index
            fileIndex[objective.file] = index
            let next = index + 1 < self.objectives.count ? self.objectives[index + 1].id : nil
            guard next?.period != objective.id.period || next?.unit != objective.id.unit else { continue }
            byPeriod[objective.id.period, default: []].append(contentsOf: runStart...index)
            byPeriodAndUnit["\(objective.id.period)/\(objective.id.unit)", default: []].append(contentsOf: runStart...index)
            runStart = index + 1
        }
        self.fileIndex = fileIndex
        self.byPeriod = byPeriod
        self.byPeriodAndUnit = byPeriodAndUnit
        var periodIndex: [String: Int] = [:]
        for (index, period) in self.periods.enumerated() { periodIndex[period.id] = index }
        self.objectiveIndex = objectiveIndex
        self.periodIndex = periodIndex
    }

    public func objective(_ id: ObjectiveID) -> Objective? { objectiveIndex[id].map { objectives[$0] } }

    /// This content after an edit of some objective files that left each file's objective with the same id
    /// and draft flag (so that the model keeps the same objectives in the same order), and the positions of
    /// the replaced objectives; nil when a file's objective is not in this content or another one came out.
    func replacingObjectives(of files: [(path: String, objective: Objective?)]) -> (Content, [Int])? {
        var content = self
        var positions: [Int] = []
        for (path, replacement) in files {
            guard let replacement, let position = fileIndex[path], objectives[position].id == replacement.id,
                  objectives[position].draft == replacement.draft else { return nil }
            content.objectives[position] = replacement
            positions.append(position)
        }
        return (content, positions)
    }

    /// Where the objective with this id stands in `objectives`.
    func position(of id: ObjectiveID) -> Int? { objectiveIndex[id] }
    public func period(_ id: String) -> Period? { periodIndex[id].map { periods[$0] } }

    /// The objective defined by a file (path relative to the content folder).
    public func objective(file: String) -> Objective? { fileIndex[file].map { objectives[$0] } }

    /// The objectives of a period, sorted by id.
    public func objectives(inPeriod period: String) -> [Objective] {
        (byPeriod[period] ?? []).map { objectives[$0] }
    }

    /// The ids of a period's objectives, or of every objective when `period` is nil, sorted by id:
    /// for scans that need only ids, without copying the objectives.
    public func objectiveIDs(inPeriod period: String?) -> [ObjectiveID] {
        guard let period else { return objectives.indices.map { objectives[$0].id } }
        return (byPeriod[period] ?? []).map { objectives[$0].id }
    }

    /// The positions in `objectives` of each unit's objectives of each period, keyed `period/unit`.
    var positionsByPeriodAndUnit: [String: [Int]] { byPeriodAndUnit }

    /// The positions in `objectives` of a period's objectives, in order.
    func positions(inPeriod period: String) -> [Int] { byPeriod[period] ?? [] }

    /// The objectives of one unit in a period, sorted by id.
    public func objectives(inPeriod period: String, unit: String) -> [Objective] {
        (byPeriodAndUnit["\(period)/\(unit)"] ?? []).map { objectives[$0] }
    }

    /// The ids of one unit's objectives of one period, sorted by id, without copying the objectives.
    public func objectiveIDs(inPeriod period: String, unit: String) -> [ObjectiveID] {
        (byPeriodAndUnit["\(period)/\(unit)"] ?? []).map { objectives[$0].id }
    }

    /// Ids of the periods that have objectives.
    public var periodsWithObjectives: Set<String> { Set(byPeriod.keys) }

    /// The current period, if any period has objectives.
    public var currentPeriod: Period? { currentPeriodID.flatMap(period) }
}
