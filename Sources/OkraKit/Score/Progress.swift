/// The numbers of one key result on a given day.
public struct KeyResultScore: Sendable, Equatable {
    /// The value used for progress: `current:`, else the latest check-in's value, else `start`
    /// (nil for milestones).
    public var current: Double?
    /// Progress as measured, which can exceed 1 ("achieved 120 %") or fall below 0.
    public var rawProgress: Double
    /// Progress clamped to 0…1, used for scores and roll-ups.
    public var progress: Double
    /// Elapsed fraction of the period.
    public var expected: Double
    public var health: Health
    /// Confidence of the latest check-in that has one.
    public var latestConfidence: Double?
    /// Date of the latest check-in.
    public var lastCheckin: Day?
    public var band: Band { Band(score: progress) }
}

/// The numbers of one objective on a given day.
public struct ObjectiveScore: Sendable, Equatable {
    /// Weighted mean of the key results' clamped progress.
    public var progress: Double
    /// `score:` when given, else progress.
    public var score: Double
    public var band: Band
    public var expected: Double
    public var health: Health
    /// True when `health:` was written rather than computed.
    public var healthIsManual: Bool
    /// Confidence of the most recent check-in of any key result that has one.
    public var latestConfidence: Double?
    public var actionsDone: Int
    public var actionsTotal: Int
    public var keyResults: [KeyResultScore]
}

/// The formulas of the content format.
public enum Progress {
    /// Metric progress: (current − start) ÷ (target − start), unclamped. Works for decreasing metrics.
    public static func metric(start: Double, target: Double, current: Double) -> Double {
        guard target != start else { return 0 }
        return (current - start) / (target - start)
    }

    public static func clamped(_ value: Double) -> Double { min(1, max(0, value)) }

    /// Weighted mean; nil when there is nothing to average or every weight is 0.
    public static func weightedMean(_ items: [(value: Double, weight: Double)]) -> Double? {
        let totalWeight = items.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return nil }
        return items.reduce(0) { $0 + $1.value * $1.weight } / totalWeight
    }

    public static func score(of keyResult: KeyResult, in period: Period, on today: Day) -> KeyResultScore {
        let expected = period.elapsedFraction(on: today)
        let latestConfidence = keyResult.checkins.last(where: { $0.confidence != nil && $0.date <= today })?.confidence
        let current: Double?
        let raw: Double
        switch keyResult.kind {
        case .metric(let start, let target, let written):
            let value = written ?? keyResult.checkins.last(where: { $0.value != nil && $0.date <= today })?.value ?? start
            current = value
            raw = metric(start: start, target: target, current: value)
        case .milestone(let done):
            current = nil
            raw = done ? 1 : 0
        }
        let progress = clamped(raw)
        let health: Health
        if case .milestone(let done) = keyResult.kind {
            health = HealthRule.milestoneHealth(done: done, expected: expected, latestConfidence: latestConfidence)
        } else {
            health = HealthRule.health(progress: progress, expected: expected, latestConfidence: latestConfidence)
        }
        return KeyResultScore(
            current: current,
            rawProgress: raw,
            progress: progress,
            expected: expected,
            health: health,
            latestConfidence: latestConfidence,
            lastCheckin: keyResult.checkins.last(where: { $0.date <= today })?.date
        )
    }

    public static func score(of objective: Objective, in period: Period, on today: Day) -> ObjectiveScore {
        let keyResults = objective.keyResults.map { score(of: $0, in: period, on: today) }
        let progress = weightedMean(zip(objective.keyResults, keyResults).map { ($1.progress, $0.weight) }) ?? 0
        let expected = period.elapsedFraction(on: today)
        let latestConfidence = objective.keyResults
            .flatMap { $0.checkins.filter { $0.confidence != nil && $0.date <= today } }
            .max { $0.date < $1.date }?.confidence
        let finalScore = objective.manualScore ?? progress
        let health = objective.manualHealth
            ?? HealthRule.health(progress: progress, expected: expected, latestConfidence: latestConfidence)
        return ObjectiveScore(
            progress: progress,
            score: finalScore,
            band: Band(score: finalScore),
            expected: expected,
            health: health,
            healthIsManual: objective.manualHealth != nil,
            latestConfidence: latestConfidence,
            actionsDone: objective.actions.filter(\.done).count,
            actionsTotal: objective.actions.count,
            keyResults: keyResults
        )
    }
}
