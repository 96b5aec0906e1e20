/// Units × company objectives for one period: which departments support each company objective.
/// A unit's objective serves a company objective when it reaches it through `aligns_to` (directly or
/// through a chain) or through a key result's `contributes_to` along the way.
public struct AlignmentMatrix: Sendable {
    public struct Cell: Sendable, Equatable {
        /// The unit's objectives that serve the company objective, sorted by id.
        public var objectives: [ObjectiveID]
        /// Weighted mean (objective `weight`) of their progress.
        public var meanProgress: Double?
        public var count: Int { objectives.count }
    }

    public let period: String
    /// The company objectives: root-unit objectives of the period and of longer periods containing it.
    public let roots: [ObjectiveID]
    /// Non-root units that have objectives in the period, in tree order.
    public let units: [String]
    private let cells: [String: [ObjectiveID: Cell]]

    /// `servedRoots`: the company objectives an objective serves (the keys of
    /// ``AlignmentGraph/servedRootObjectives(of:)``) when already found for the same graph; nil to find them.
    public init(period: String, graph: AlignmentGraph, scorecard: Scorecard, servedRoots: (ObjectiveID) -> [ObjectiveID]? = { _ in nil }) {
        let content = graph.content
        self.period = period
        roots = graph.rootObjectives(forPeriod: period)
        let objectives = content.objectives(inPeriod: period).filter { !content.organisation.isRoot($0.id.unit) }
        var members: [String: [ObjectiveID: [Objective]]] = [:]
        for objective in objectives {
            for root in servedRoots(objective.id) ?? Array(graph.servedRootObjectives(of: objective.id).keys) where roots.contains(root) {
                members[objective.id.unit, default: [:]][root, default: []].append(objective)
            }
        }
        var cells: [String: [ObjectiveID: Cell]] = [:]
        for (unit, byRoot) in members {
            for (root, served) in byRoot {
                let ids = served.map(\.id).sorted()
                cells[unit, default: [:]][root] = Cell(objectives: ids, meanProgress: Self.meanProgress(of: ids, content: content, scorecard: scorecard))
            }
        }
        self.cells = cells
        let used = Set(objectives.map(\.id.unit))
        units = content.organisation.unitsInTreeOrder.map(\.id).filter(used.contains)
    }

    /// The cell of a unit and a company objective; nil when none of the unit's objectives serve it.
    public func cell(unit: String, root: ObjectiveID) -> Cell? { cells[unit]?[root] }

    /// A cell's weighted mean progress (objective `weight`) of these objectives, summed in their order.
    static func meanProgress(of ids: [ObjectiveID], content: Content, scorecard: Scorecard) -> Double? {
        Progress.weightedMean(ids.compactMap { id in
            guard let objective = content.objective(id), let score = scorecard.score(of: id) else { return nil }
            return (score.progress, objective.weight)
        })
    }
}
