/// Every objective's and key result's progress bar.
///
/// The same bar appears on the dashboard, the unit pages, the person pages and the objective page; it
/// depends only on the objective's numbers, its title and the language. `okra build` draws a bar when a
/// page asks for it: that draws most bars two or three times, which costs less than holding every bar for
/// the whole build (about 200 MiB at 50,000 objectives). `okra watch` keeps them all, drawn once, because a
/// rebuild renders pages that list thousands of objectives and redraws only the bars of those an edit changed.
struct ProgressBars: Sendable {
    /// For each objective: its own bar, then one per key result in order; nil when bars are drawn on demand.
    private let bars: KeptPerObjective<[ByteBlock]>?
    private let content: Content
    private let scorecard: Scorecard

    /// Bars drawn when a page asks for them.
    init(content: Content, scorecard: Scorecard) {
        self.content = content
        self.scorecard = scorecard
        bars = nil
    }

    /// Draws and keeps every bar, or, given the kept bars of an earlier build of the same site, only those of the objectives in `redraw`.
    init(keepingEvery content: Content, scorecard: Scorecard, reusing earlier: ProgressBars? = nil, redraw: Set<ObjectiveID> = []) {
        self.content = content
        self.scorecard = scorecard
        bars = KeptPerObjective(content, reusing: earlier?.bars, remaking: redraw) { objective in
            ([Self.bar(of: objective, content: content, scorecard: scorecard)]
                + objective.keyResults.indices.map { Self.bar(of: objective, keyResult: $0, content: content, scorecard: scorecard) })
                .map { $0.compacted() }
        }
    }

    private static func bar(of objective: Objective, content: Content, scorecard: Scorecard) -> ByteBlock {
        guard let score = scorecard.score(of: objective.id) else { return .empty }
        return Charts.progressBarMarkup(progress: score.progress, expected: expectedIfCurrent(objective.id.period, score.expected, in: content),
                                  band: score.band, label: objective.title, language: content.settings.language)
    }

    private static func bar(of objective: Objective, keyResult index: Int, content: Content, scorecard: Scorecard) -> ByteBlock {
        guard let score = scorecard.score(of: objective.id), index < score.keyResults.count, index < objective.keyResults.count else { return .empty }
        let keyResultScore = score.keyResults[index]
        return Charts.progressBarMarkup(progress: keyResultScore.progress,
                                  expected: expectedIfCurrent(objective.id.period, keyResultScore.expected, in: content),
                                  band: keyResultScore.band, label: objective.keyResults[index].title, language: content.settings.language)
    }

    /// Expected progress is shown only while it means something: for the period being run now.
    static func expectedIfCurrent(_ period: String, _ expected: Double, in content: Content) -> Double? {
        guard let period = content.period(period), period.contains(content.today) else { return nil }
        return expected
    }

    /// The objective's bar.
    func objective(_ id: ObjectiveID) -> ByteBlock {
        if let bars { return bars[id]?.first ?? .empty }
        return content.objective(id).map { Self.bar(of: $0, content: content, scorecard: scorecard) } ?? .empty
    }

    /// The bar of the objective's key result at `index`.
    func keyResult(_ id: ObjectiveID, index: Int) -> ByteBlock {
        if let bars {
            guard let row = bars[id], index + 1 < row.count else { return .empty }
            return row[index + 1]
        }
        return content.objective(id).map { Self.bar(of: $0, keyResult: index, content: content, scorecard: scorecard) } ?? .empty
    }
}
