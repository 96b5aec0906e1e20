/// The search page, and the filterable list of every objective on a period's dashboard.
extension PageBuilder {
    // MARK: Search page

    /// `search.html`: the form and, filled by the theme's script from `search-index.js`, the results.
    /// Without JavaScript it says so and links every period's dashboard, which lists all its objectives.
    func searchPage() -> Page {
        let path = SitePaths.search
        var data = layout(path: path, title: strings.search, breadcrumbs: [(strings.search, nil)], period: nil) { SitePaths.period($0) }
        data["searchIndexHref"] = SitePaths.relative(from: path, to: SitePaths.searchIndex)
        data["periodLinks"] = publishedPeriods.map { period -> TemplateData in
            [
                "label": periodLabel(period.id),
                "href": SitePaths.relative(from: path, to: SitePaths.period(period.id)),
                "objectiveCount": scorecard.period(period.id).objectiveCount,
                "isCurrent": period.id == content.currentPeriodID,
            ]
        }
        return Page(path: path, template: "search", data: data)
    }

    // MARK: Every objective of a period, with the filter's options

    /// `allObjectives` (one row per objective of the period, in unit tree order, each with the `unit`,
    /// `health.key` and `band` the filter matches) and the filter's options with their counts.
    func objectiveListData(_ period: String, from path: String) -> TemplateData {
        let source = rows(on: path)
        var rows: [TemplateValue] = []
        var healthCounts: [Health: Int] = [:], bandCounts: [Band: Int] = [:]
        var unitsWithObjectives: Set<String> = []
        var objectiveCounts: [String: Int] = [:]
        for unit in organisation.unitsInTreeOrder {
            let ids = content.objectiveIDs(inPeriod: period, unit: unit.id)
            objectiveCounts[unit.id] = ids.count
            for id in ids {
                guard let score = scorecard.score(of: id) else { continue }
                rows.append(source.row(.listedObjective(id)))
                healthCounts[score.health, default: 0] += 1
                bandCounts[score.band, default: 0] += 1
                unitsWithObjectives.insert(unit.id)
            }
        }
        // A unit option matches the unit and every unit below it; `units` lists those that have objectives, in
        // tree order. Made from the leaves up, each unit's list from its children's, rather than by walking every
        // unit's subtree.
        var unitsBelow: [String: [String]] = [:]
        for unit in organisation.unitsInTreeOrder.reversed() {
            var units = unitsWithObjectives.contains(unit.id) ? [unit.id] : []
            for child in organisation.children(of: unit.id) { units += unitsBelow[child] ?? [] }
            unitsBelow[unit.id] = units
        }
        let unitOptions: [TemplateData] = organisation.unitsInTreeOrder.compactMap { unit in
            let units = unitsBelow[unit.id] ?? []
            guard !units.isEmpty else { return nil }
            let count = units.reduce(0) { $0 + (objectiveCounts[$1] ?? 0) }
            return [
                "value": unit.id,
                "label": String(repeating: "\u{00A0}\u{00A0}", count: organisation.depth(of: unit.id)) + unit.name,
                "units": units.joined(separator: " "),
                "count": count,
            ]
        }
        return [
            "allObjectives": rows,
            "filterUnits": unitOptions,
            "filterHealth": Health.allCases.compactMap { health -> TemplateData? in
                guard let count = healthCounts[health] else { return nil }
                return ["value": health.hyphenated, "name": strings.healthName(health), "count": count]
            },
            "filterBands": Band.allCases.reversed().compactMap { band -> TemplateData? in
                guard let count = bandCounts[band] else { return nil }
                return ["value": band.rawValue, "name": strings.bandName(band), "count": count]
            },
        ]
    }
}
