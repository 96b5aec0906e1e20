/// A key result of the current period without a recent check-in.
public struct StaleKeyResult: Sendable, Equatable {
    public var objective: ObjectiveID
    public var keyResultIndex: Int
    /// The latest check-in on or before today, nil when there is none.
    public var lastCheckin: Day?
    /// Days since the last check-in, or since the period started when there is none.
    public var days: Int
}

/// Staleness: in the current period, a key result that is not complete, of an objective that is not
/// done or dropped, is stale when its last check-in (or the period start) is more than
/// 2 × `checkin_interval_days` before today.
public enum Staleness {
    public static func staleKeyResults(in content: Content, scorecard: Scorecard) -> [StaleKeyResult] {
        guard let periodID = content.currentPeriodID, let period = content.period(periodID), period.contains(content.today) else { return [] }
        let limit = 2 * content.settings.checkinIntervalDays
        var result: [StaleKeyResult] = []
        for position in content.positions(inPeriod: periodID) {
            let objective = content.objectives[position]
            guard let score = scorecard.score(of: objective.id), score.health != .done, score.health != .dropped else { continue }
            for (index, keyResult) in objective.keyResults.enumerated() where score.keyResults[index].progress < 1 {
                let last = keyResult.checkins.last(where: { $0.date <= content.today })?.date
                let days = (last ?? period.start).days(until: content.today)
                if days > limit {
                    result.append(StaleKeyResult(objective: objective.id, keyResultIndex: index, lastCheckin: last, days: days))
                }
            }
        }
        return result
    }
}
