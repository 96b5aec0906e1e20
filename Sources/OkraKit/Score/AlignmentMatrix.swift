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
        let members = Self.members(period: period, graph: graph, servedRoots: servedRoots)
        let content = graph.content
        self.period = period
        roots = members.roots
        units = members.units
        cells = members.cells.mapValues { byRoot in
            byRoot.mapValues { ids in Cell(objectives: ids, meanProgress: Self.meanProgress(of: ids, content: content, scorecard: scorecard)) }
        }
    }

    /// Which of each unit's objectives serve each company objective: the matrix without its numbers, from the
    /// graph alone (so `okra watch` keeps it while edits keep the graph).
    struct Members: Sendable {
        let roots: [ObjectiveID]
        let units: [String]
        /// The objectives of each unit (by unit, then company objective), sorted by id.
        let cells: [String: [ObjectiveID: [ObjectiveID]]]

        /// The unit's objectives that serve the company objective; empty for an empty cell.
        func objectives(unit: String, root: ObjectiveID) -> [ObjectiveID] { cells[unit]?[root] ?? [] }
    }

    static func members(period: String, graph: AlignmentGraph, servedRoots: (ObjectiveID) -> [ObjectiveID]? = { _ in nil }) -> Members {
        let content = graph.content
        let roots = graph.rootObjectives(forPeriod: period)
        let isRoot = Set(roots)
        var cells: [String: [ObjectiveID: [ObjectiveID]]] = [:]
        for id in content.objectiveIDs(inPeriod: period) where !content.organisation.isRoot(id.unit) {
            for root in servedRoots(id) ?? Array(graph.servedRootObjectives(of: id).keys) where isRoot.contains(root) {
                cells[id.unit, default: [:]][root, default: []].append(id)
            }
        }
        for (unit, byRoot) in cells {
            for (root, ids) in byRoot { cells[unit]![root] = ids.sorted() }
        }
        let used = Set(content.objectiveIDs(inPeriod: period).map(\.unit).filter { !content.organisation.isRoot($0) })
        return Members(roots: roots, units: content.organisation.unitsInTreeOrder.map(\.id).filter(used.contains), cells: cells)
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
