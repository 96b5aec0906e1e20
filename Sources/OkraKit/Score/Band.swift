/// Google's grading bands for a score from 0 to 1.
public enum Band: String, Sendable, CaseIterable, Codable {
    /// Below 0.4: the objective was missed.
    case red
    /// 0.4 up to (not including) 0.7: progress, short of the goal.
    case yellow
    /// 0.7 and above: delivered.
    case green

    public init(score: Double) {
        let rounded = (score * 1e9).rounded() / 1e9
        if rounded < 0.4 { self = .red } else if rounded < 0.7 { self = .yellow } else { self = .green }
    }
}
