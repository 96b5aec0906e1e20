/// The rule that computes health when an objective has no manual `health:`.
///
/// 1. Progress of 1 or more is `done`.
/// 2. Before the period starts, and in its first tenth, it is too early to judge: `on_track`.
/// 3. Otherwise the pace ratio progress ÷ expected progress decides: ≥ 0.95 `on_track`,
///    ≥ 0.75 `at_risk`, else `off_track`.
/// 4. A latest confidence below 0.5 moves the result one step worse (`on_track` → `at_risk` →
///    `off_track`): the team's own doubt is an early warning that the numbers do not show yet.
public enum HealthRule {
    public static let onTrackPace = 0.95
    public static let atRiskPace = 0.75
    public static let tooEarlyFraction = 0.1
    public static let doubtfulConfidence = 0.5

    /// A milestone is done or not, so pace says nothing about it before the period ends: it is
    /// `done` when done, `off_track` when the period is over without it, else `on_track`, one step
    /// worse with a latest confidence below 0.5.
    public static func milestoneHealth(done: Bool, expected: Double, latestConfidence: Double?) -> Health {
        if done { return .done }
        if expected >= 1 { return .offTrack }
        if let confidence = latestConfidence, confidence < doubtfulConfidence { return .atRisk }
        return .onTrack
    }

    public static func health(progress: Double, expected: Double, latestConfidence: Double?) -> Health {
        if progress >= 1 - 1e-9 { return .done }
        var health: Health
        if expected < tooEarlyFraction {
            health = .onTrack
        } else {
            let pace = progress / expected
            health = pace >= onTrackPace ? .onTrack : pace >= atRiskPace ? .atRisk : .offTrack
        }
        if let confidence = latestConfidence, confidence < doubtfulConfidence {
            health = health == .onTrack ? .atRisk : .offTrack
        }
        return health
    }
}
