/// Archives: a unit's score in every period, and each period compared with the one before it.
extension PageBuilder {
    /// The period before `period` of the same kind (the previous quarter of a quarter), if it has objectives.
    func previousPeriod(of period: String) -> Period? {
        guard let current = content.period(period) else { return nil }
        return publishedPeriods
            .filter { $0.kind == current.kind && $0.end < current.start }
            .max { $0.end < $1.end }
    }

    func unitHistoryPage(_ unit: Unit) -> Page {
        let path = SitePaths.unitHistory(unit.id)
        var data = layout(path: path, title: "\(unit.name) · \(strings.history)",
                          breadcrumbs: [(unit.name, nil), (strings.history, nil)], period: nil) { _ in nil }
        let periods = publishedPeriods.reversed().filter { hasUnitPage(unit.id, period: $0.id) }
        data["unitName"] = unit.name
        let rows = periods.map { period -> TemplateData in
            let own = scorecard.unit(unit.id, inPeriod: period.id)
            let tree = scorecard.unitTree(unit.id, inPeriod: period.id)
            var row: TemplateData = [
                "label": periodLabel(period.id),
                "dates": periodDates(period.id),
                "href": SitePaths.relative(from: path, to: SitePaths.unit(unit.id, period: period.id)),
                "objectiveCount": own.objectiveCount,
                "scorePercent": own.score.map(format.percent) ?? "—",
                "bandName": own.band.map(strings.bandName) ?? "",
                "band": own.band?.rawValue ?? "",
                "hasBand": own.band != nil,
                "treeScorePercent": tree.score.map(format.percent) ?? "—",
                "isCurrent": period.id == content.currentPeriodID,
            ]
            row["objectives"] = content.objectives(inPeriod: period.id, unit: unit.id).map { objectiveLink($0.id, from: path) }
            return row
        }
        data["periods"] = rows
        data["hasPeriods"] = !rows.isEmpty
        let quarterly = periods.filter { $0.kind == .quarter }
        let charted = quarterly.count >= 2 ? quarterly : periods
        data["trendSVG"] = charted.isEmpty ? "" : Charts.trend(charted.map { period in
            let aggregate = scorecard.unitTree(unit.id, inPeriod: period.id)
            return TrendPoint(label: period.shortLabel(in: language, fiscalYearStart: content.settings.fiscalYearStart),
                              value: aggregate.objectiveCount > 0 ? aggregate.score : nil)
        }, title: "\(unit.name) · \(strings.history)", language: language)
        return Page(path: path, template: "unit-history", data: data)
    }

    /// Units that get a history page: every unit with a page in some period.
    var unitsWithHistory: [Unit] {
        organisation.units.filter { unit in publishedPeriods.contains { hasUnitPage(unit.id, period: $0.id) } }
    }
}
