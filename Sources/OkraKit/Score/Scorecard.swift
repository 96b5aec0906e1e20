/// Roll-up numbers for a group of objectives (a unit in a period, a whole period).
public struct Aggregate: Sendable, Equatable {
    /// Objectives counted (dropped objectives are left out of the numbers).
    public var objectiveCount: Int
    /// Weighted mean of the objectives' progress (objective `weight`); nil without objectives.
    public var progress: Double?
    /// Weighted mean of the objectives' scores.
    public var score: Double?
    public var healthCounts: [Health: Int]
    public var bandCounts: [Band: Int]

    public var band: Band? { score.map(Band.init(score:)) }

    static let empty = Aggregate(objectiveCount: 0, progress: nil, score: nil, healthCounts: [:], bandCounts: [:])
}

/// Step 5 of the pipeline: every number of every objective and key result, and the roll-ups per
/// unit and period, computed once for the day the content is judged on.
public struct Scorecard: Sendable {
    public let today: Day
    private var objectiveScores: [ObjectiveID: ObjectiveScore] = [:]
    private var unitAggregates: [String: [String: Aggregate]] = [:]
    private var unitTreeAggregates: [String: [String: Aggregate]] = [:]
    private var periodAggregates: [String: Aggregate] = [:]

    /// `earlier`: the content and scorecard of an earlier build; the score of an objective that is equal in both,
    /// in an equal period on the same day, is taken from it instead of computed again (``IncrementalBuild``).
    /// `changedPositions`: given when `content` is the earlier content with only the objectives at these
    /// positions replaced (same ids, same order); then only those are scored, and only the roll-ups of their
    /// periods are summed again.
    public init(content: Content, reusing earlier: (content: Content, scorecard: Scorecard)? = nil, changedPositions: [Int]? = nil) {
        let reusable = earlier.flatMap { $0.scorecard.today == content.today ? $0 : nil }
        if let reusable, let changedPositions, reusable.content.objectives.count == content.objectives.count {
            self = reusable.scorecard
            var changedUnits: [String: Set<String>] = [:]
            for position in changedPositions {
                let objective = content.objectives[position]
                guard let period = content.period(objective.id.period) else { continue }
                objectiveScores[objective.id] = Progress.score(of: objective, in: period, on: content.today)
                changedUnits[period.id, default: []].insert(objective.id.unit)
            }
            reaggregate(content, changedUnits: changedUnits)
            return
        }
        today = content.today
        let scored = content.objectives.parallelMap { objective -> (ObjectiveID, ObjectiveScore)? in
            guard let period = content.period(objective.id.period) else { return nil }
            if let reusable, let score = reusable.scorecard.objectiveScores[objective.id],
               let position = reusable.content.position(of: objective.id), reusable.content.objectives[position] == objective,
               reusable.content.period(objective.id.period) == period {
                return (objective.id, score)
            }
            return (objective.id, Progress.score(of: objective, in: period, on: content.today))
        }
        for case let (id, score)? in scored { objectiveScores[id] = score }
        aggregate(content)
    }

    /// Sums the roll-ups of every unit and period. Objectives are summed in the content's order (a unit's tree
    /// unit by unit, in tree order), so that ``reaggregate(_:changedUnits:)`` gives the same numbers to the last bit.
    private mutating func aggregate(_ content: Content) {
        let organisation = content.organisation
        // What a roll-up needs of each objective, looked up once: a unit's tree sums every objective again for
        // each unit above it. Lists of unit and period hold positions in `summed`.
        var summed: [Summed?] = []
        var byPeriodAndUnit: [String: [String: [Int]]] = [:]
        var byPeriod: [String: [Int]] = [:]
        for objective in content.objectives {
            let position = summed.count
            summed.append(objectiveScores[objective.id].map { Summed(score: $0, weight: objective.weight) })
            byPeriodAndUnit[objective.id.period, default: [:]][objective.id.unit, default: []].append(position)
            byPeriod[objective.id.period, default: []].append(position)
        }
        var subtrees: [String: [String]] = [:]
        func subtree(_ unit: String) -> [String] {
            if let known = subtrees[unit] { return known }
            let units = [unit] + organisation.descendants(of: unit)
            subtrees[unit] = units
            return units
        }
        func aggregate(_ positions: [Int]) -> Aggregate { Self.aggregate(positions.compactMap { summed[$0] }) }
        for (period, units) in byPeriodAndUnit {
            unitAggregates[period] = units.mapValues(aggregate)
            unitTreeAggregates[period] = nil
            for unit in organisation.units {
                let positions = subtree(unit.id).flatMap { units[$0] ?? [] }
                if !positions.isEmpty { unitTreeAggregates[period, default: [:]][unit.id] = aggregate(positions) }
            }
            periodAggregates[period] = aggregate(byPeriod[period] ?? [])
        }
    }

    /// Sums again only the roll-ups that the scores of objectives of `changedUnits` (by period) are part of: the
    /// units' own, their trees and those of the units above them, and their periods'. Reads the content's lists of
    /// positions instead of listing every objective, and sums in the order ``aggregate(_:)`` does.
    private mutating func reaggregate(_ content: Content, changedUnits: [String: Set<String>]) {
        let organisation = content.organisation
        let positions = content.positionsByPeriodAndUnit
        func aggregate(_ list: [Int]) -> Aggregate {
            Self.aggregate(list.compactMap { position in
                let objective = content.objectives[position]
                return objectiveScores[objective.id].map { Summed(score: $0, weight: objective.weight) }
            })
        }
        for (period, units) in changedUnits {
            for unit in units {
                unitAggregates[period, default: [:]][unit] = positions["\(period)/\(unit)"].map(aggregate)
            }
            for unit in Set(units.flatMap { [$0] + organisation.ancestors(of: $0) }) {
                let tree = ([unit] + organisation.descendants(of: unit)).flatMap { positions["\(period)/\($0)"] ?? [] }
                unitTreeAggregates[period, default: [:]][unit] = tree.isEmpty ? nil : aggregate(tree)
            }
            periodAggregates[period] = aggregate(content.positions(inPeriod: period))
        }
    }

    /// The numbers of one scored objective that its roll-ups sum.
    private struct Summed {
        var health: Health
        var band: Band
        var progress: Double
        var score: Double
        var weight: Double

        init(score: ObjectiveScore, weight: Double) {
            health = score.health
            band = score.band
            progress = score.progress
            self.score = score.score
            self.weight = weight
        }
    }

    public func score(of id: ObjectiveID) -> ObjectiveScore? { objectiveScores[id] }

    /// A unit's own objectives in a period.
    public func unit(_ unit: String, inPeriod period: String) -> Aggregate {
        unitAggregates[period]?[unit] ?? .empty
    }

    /// A unit's objectives and those of every unit below it, in a period.
    public func unitTree(_ unit: String, inPeriod period: String) -> Aggregate {
        unitTreeAggregates[period]?[unit] ?? .empty
    }

    /// Every objective of a period.
    public func period(_ period: String) -> Aggregate {
        periodAggregates[period] ?? .empty
    }

    private static func aggregate(_ objectives: [Summed]) -> Aggregate {
        var healthCounts: [Health: Int] = [:]
        var bandCounts: [Band: Int] = [:]
        var progressItems: [(value: Double, weight: Double)] = []
        var scoreItems: [(value: Double, weight: Double)] = []
        var counted = 0
        for objective in objectives {
            healthCounts[objective.health, default: 0] += 1
            guard objective.health != .dropped else { continue }
            counted += 1
            bandCounts[objective.band, default: 0] += 1
            progressItems.append((objective.progress, objective.weight))
            scoreItems.append((objective.score, objective.weight))
        }
        return Aggregate(
            objectiveCount: counted,
            progress: Progress.weightedMean(progressItems),
            score: Progress.weightedMean(scoreItems),
            healthCounts: healthCounts,
            bandCounts: bandCounts
        )
    }
}
