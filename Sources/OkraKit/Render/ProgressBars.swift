/// Every objective's and key result's progress bar, drawn once per build.
///
/// The same bar appears on the dashboard, the unit pages, the person pages and the objective page; it
/// depends only on the objective's numbers, its title and the language, so it is drawn once, in parallel,
/// before the pages are built.
struct ProgressBars: Sendable {
    /// For each objective: its own bar, then one per key result in order.
    private let bars: [ObjectiveID: [String]]

    /// Draws every bar, or, given the bars of an earlier build of the same site, only those of the objectives in `redraw`.
    init(content: Content, scorecard: Scorecard, reusing earlier: ProgressBars? = nil, redraw: Set<ObjectiveID> = []) {
        if let earlier {
            var bars = earlier.bars
            for (id, row) in Self.draw(content.objectives.filter { redraw.contains($0.id) }, content: content, scorecard: scorecard) {
                bars[id] = row
            }
            self.bars = bars
        } else {
            bars = Dictionary(Self.draw(content.objectives, content: content, scorecard: scorecard), uniquingKeysWith: { first, _ in first })
        }
    }

    private static func draw(_ objectives: [Objective], content: Content, scorecard: Scorecard) -> [(ObjectiveID, [String])] {
        let language = content.settings.language
        return objectives.parallelMap { objective -> (ObjectiveID, [String]) in
            guard let score = scorecard.score(of: objective.id) else { return (objective.id, []) }
            var bars = [Charts.progressBar(progress: score.progress, expected: Self.expectedIfCurrent(objective.id.period, score.expected, in: content),
                                           band: score.band, label: objective.title, language: language)]
            for (keyResult, keyResultScore) in zip(objective.keyResults, score.keyResults) {
                bars.append(Charts.progressBar(progress: keyResultScore.progress, expected: Self.expectedIfCurrent(objective.id.period, keyResultScore.expected, in: content),
                                               band: keyResultScore.band, label: keyResult.title, language: language))
            }
            return (objective.id, bars)
        }
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
