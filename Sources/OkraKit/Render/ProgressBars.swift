/// Every objective's and key result's progress bar, drawn once per build.
///
/// The same bar appears on the dashboard, the unit pages, the person pages and the objective page; it
/// depends only on the objective's numbers, its title and the language, so it is drawn once, in parallel,
/// before the pages are built.
struct ProgressBars: Sendable {
    /// For each objective: its own bar, then one per key result in order.
    private let bars: [ObjectiveID: [String]]

    init(content: Content, scorecard: Scorecard) {
        let language = content.settings.language
        let drawn = content.objectives.parallelMap { objective -> (ObjectiveID, [String]) in
            guard let score = scorecard.score(of: objective.id) else { return (objective.id, []) }
            var bars = [Charts.progressBar(progress: score.progress, expected: Self.expectedIfCurrent(objective.id.period, score.expected, in: content),
                                           band: score.band, label: objective.title, language: language)]
            for (keyResult, keyResultScore) in zip(objective.keyResults, score.keyResults) {
                bars.append(Charts.progressBar(progress: keyResultScore.progress, expected: Self.expectedIfCurrent(objective.id.period, keyResultScore.expected, in: content),
                                               band: keyResultScore.band, label: keyResult.title, language: language))
            }
            return (objective.id, bars)
        }
        bars = Dictionary(drawn, uniquingKeysWith: { first, _ in first })
    }

    /// Expected progress is shown only while it means something: for the period being run now.
    static func expectedIfCurrent(_ period: String, _ expected: Double, in content: Content) -> Double? {
        guard let period = content.period(period), period.contains(content.today) else { return nil }
        return expected
    }

    /// The objective's bar.
    func objective(_ id: ObjectiveID) -> String { bars[id]?.first ?? "" }

    /// The bar of the objective's key result at `index`.
    func keyResult(_ id: ObjectiveID, index: Int) -> String {
        guard let row = bars[id], index + 1 < row.count else { return "" }
        return row[index + 1]
    }
}
