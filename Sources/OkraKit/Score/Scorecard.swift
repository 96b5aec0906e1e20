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
            aggregate(content, changedUnits: changedUnits)
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
        aggregate(content, changedUnits: nil)
    }

    /// Sums the roll-ups of the units and of the periods: of every period, or, when `changedUnits` names the units whose
    /// objectives' scores changed in each period (an edit that kept every objective's id and unit), only the roll-ups
    /// those scores are part of: the units' own, their trees and those of the units above them, and their periods'.
    /// Objectives are summed in the content's order, so that both ways give the same numbers to the last bit.
    private mutating func aggregate(_ content: Content, changedUnits: [String: Set<String>]?) {
        let organisation = content.organisation
        // What a roll-up needs of each objective, looked up once: a unit's tree sums every objective again for
        // each unit above it. Lists of unit and period hold positions in `summed`.
        var summed: [Summed?] = []
        var byPeriodAndUnit: [String: [String: [Int]]] = [:]
        var byPeriod: [String: [Int]] = [:]
        for objective in content.objectives where changedUnits.map({ $0[objective.id.period] != nil }) ?? true {
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
            func treeAggregate(_ unit: String) -> Aggregate? {
                let positions = subtree(unit).flatMap { units[$0] ?? [] }
                return positions.isEmpty ? nil : aggregate(positions)
            }
            if let changed = changedUnits?[period] {
                for unit in changed {
                    unitAggregates[period, default: [:]][unit] = units[unit].map(aggregate)
                }
                for unit in Set(changed.flatMap { [$0] + organisation.ancestors(of: $0) }) {
                    unitTreeAggregates[period, default: [:]][unit] = treeAggregate(unit)
                }
            } else {
                unitAggregates[period] = units.mapValues(aggregate)
                unitTreeAggregates[period] = nil
                for unit in organisation.units {
                    if let tree = treeAggregate(unit.id) { unitTreeAggregates[period, default: [:]][unit.id] = tree }
                }
            }
            periodAggregates[period] = aggregate(byPeriod[period] ?? [])
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
