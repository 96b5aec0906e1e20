import Foundation

/// The pages of the site, one function each.
extension PageBuilder {
    /// One page to build; the pages are built and rendered in parallel from these.
    enum PageJob: Hashable, Sendable {
        case home, archive, search
        case dashboard(String), alignment(String), alignmentRoot(String, ObjectiveID), matrix(String)
        case unit(String, period: String)
        case objective(ObjectiveID)
        case person(String)
        case unitHistory(String)
    }

    /// Every page, in a stable order.
    func allPageJobs() -> [PageJob] {
        var jobs: [PageJob] = [.home, .archive, .search]
        for period in publishedPeriods {
            jobs += [.dashboard(period.id), .alignment(period.id)]
            if content.objectives(inPeriod: period.id).count > Self.largestSingleMap {
                jobs += alignmentRoots(period.id).map { .alignmentRoot(period.id, $0) }
            }
            jobs.append(.matrix(period.id))
            for unit in organisation.units where hasUnitPage(unit.id, period: period.id) {
                jobs.append(.unit(unit.id, period: period.id))
            }
        }
        jobs += content.objectives.map { .objective($0.id) }
        jobs += organisation.people.map { .person($0.id) }
        jobs += unitsWithHistory.map { .unitHistory($0.id) }
        return jobs
    }

    func page(_ job: PageJob) -> Page {
        switch job {
        case .home:
            if let current = content.currentPeriodID, content.period(current) != nil { return dashboard(current, path: SitePaths.home) }
            return emptyHome()
        case .archive: return archive()
        case .search: return searchPage()
        case .dashboard(let period): return dashboard(period, path: SitePaths.period(period))
        case .alignment(let period): return alignment(period)
        case .alignmentRoot(let period, let root): return alignmentRootPage(period, root: root)
        case .matrix(let period): return matrixPage(period)
        case .unit(let unit, let period): return unitPage(unit, period: period)
        case .objective(let id): return objectivePage(content.objective(id)!)
        case .person(let id): return personPage(organisation.person(id)!)
        case .unitHistory(let id): return unitHistoryPage(organisation.unit(id)!)
        }
    }

    /// Every page, built one after the other (tests and small sites).
    func allPages() -> [Page] { allPageJobs().map(page) }

    private func emptyHome() -> Page {
        var data = layout(path: SitePaths.home, title: content.settings.title, breadcrumbs: [(strings.home, nil)], period: nil) { _ in nil }
        data["empty"] = true
        return Page(path: SitePaths.home, template: "dashboard", data: data)
    }

    // MARK: Period dashboard (also the home page)

    func dashboard(_ period: String, path: String) -> Page {
        let label = periodLabel(period)
        var data = layout(path: path, title: label, breadcrumbs: [(label, nil)], period: period) { SitePaths.period($0) }
        let aggregate = scorecard.period(period)
        let isHome = path == SitePaths.home
        data["isHome"] = isHome
        data["periodLabel"] = label
        data["periodDates"] = periodDates(period)
        data["isCurrentPeriod"] = period == content.currentPeriodID
        data["objectiveCount"] = aggregate.objectiveCount
        data["progressPercent"] = aggregate.progress.map(format.percent) ?? "—"
        data["scorePercent"] = aggregate.score.map(format.percent) ?? "—"
        data["band"] = aggregate.band?.rawValue ?? ""
        data["bandName"] = aggregate.band.map(strings.bandName) ?? ""
        data["hasBand"] = aggregate.band != nil
        data["alignmentHref"] = SitePaths.relative(from: path, to: SitePaths.alignment(period))
        data["matrixHref"] = SitePaths.relative(from: path, to: SitePaths.matrix(period))
        data["periodHref"] = SitePaths.relative(from: path, to: SitePaths.period(period))
        let previous = previousPeriod(of: period)
        data["previousPeriod"] = previous.map { ["label": periodLabel($0.id), "href": SitePaths.relative(from: path, to: SitePaths.period($0.id))] } ?? false

        let roots = graph.rootObjectives(forPeriod: period).compactMap { content.objective($0) }
        data["companyObjectives"] = roots.map { objective -> TemplateData in
            var summary = objectiveSummary(objective, from: path, withKeyResults: true)
            if objective.id.period != period { summary["otherPeriod"] = periodLabel(objective.id.period) }
            return summary
        }
        data["hasCompanyObjectives"] = !roots.isEmpty

        let expected = content.period(period).flatMap { $0.contains(content.today) ? $0.elapsedFraction(on: content.today) : nil }
        let unitRows = organisation.unitsInTreeOrder.compactMap { unit -> (UnitBar, TemplateData)? in
            let own = scorecard.unit(unit.id, inPeriod: period)
            let tree = scorecard.unitTree(unit.id, inPeriod: period)
            guard tree.objectiveCount > 0 || own.objectiveCount > 0 else { return nil }
            let depth = organisation.depth(of: unit.id)
            let name = String(repeating: "　", count: depth) + unit.name
            let href = SitePaths.relative(from: path, to: SitePaths.unit(unit.id, period: period))
            let bar = UnitBar(name: name, progress: own.objectiveCount > 0 ? own.progress : nil, band: own.objectiveCount > 0 ? own.band : nil, href: href)
            var row: TemplateData = [
                "name": unit.name, "href": href, "depth": depth,
                "historyHref": SitePaths.relative(from: path, to: SitePaths.unitHistory(unit.id)),
                "objectiveCount": own.objectiveCount,
                "progressPercent": own.progress.map(format.percent) ?? "—",
                "scorePercent": own.score.map(format.percent) ?? "—",
                "bandName": own.band.map(strings.bandName) ?? "",
                "hasBand": own.band != nil,
                "band": own.band?.rawValue ?? "",
            ]
            if let previous {
                let before = scorecard.unit(unit.id, inPeriod: previous.id)
                row["previousScorePercent"] = before.score.map(format.percent) ?? "—"
                if let now = own.score, let then = before.score {
                    row["change"] = strings.pointsChange(now - then)
                    row["changeDirection"] = now > then + 0.005 ? "up" : now < then - 0.005 ? "down" : "flat"
                } else {
                    row["change"] = "—"
                    row["changeDirection"] = "flat"
                }
            }
            return (bar, row)
        }
        data["unitBarsSVG"] = unitRows.isEmpty ? "" : Charts.unitBars(unitRows.map(\.0), expected: expected, language: language)
        data["units"] = unitRows.map(\.1)
        data["distributionSVG"] = Charts.distribution(bands: aggregate.bandCounts, health: aggregate.healthCounts, language: language)
        data["healthCounts"] = Health.allCases.map { (health: Health) -> TemplateData in ["key": health.hyphenated, "name": strings.healthName(health), "count": aggregate.healthCounts[health] ?? 0] }
        data["bandCounts"] = Band.allCases.map { (band: Band) -> TemplateData in ["key": band.rawValue, "name": strings.bandName(band), "count": aggregate.bandCounts[band] ?? 0] }

        let staleRows: [TemplateData] = stale.filter { $0.objective.period == period }.compactMap { item in
            guard let objective = content.objective(item.objective) else { return nil }
            let keyResult = objective.keyResults[item.keyResultIndex]
            var row: TemplateData = [
                "title": keyResult.title,
                "href": SitePaths.relative(from: path, to: SitePaths.objective(objective.id)) + "#kr-\(keyResult.id)",
                "objectiveTitle": objective.title,
                "unitName": unitName(objective.id.unit),
                "lastCheckin": item.lastCheckin.map(format.date) ?? strings.never,
                "daysAgo": strings.daysAgo(item.days),
            ]
            row["owner"] = ownerData(keyResult.owner ?? objective.owner, from: path) ?? false
            return row
        }
        data["staleKeyResults"] = staleRows
        data["hasStaleKeyResults"] = !staleRows.isEmpty
        data["showStale"] = period == content.currentPeriodID && (content.period(period)?.contains(content.today) ?? false)
        let source = rows(on: path)
        data["unsupported"] = source.links(graph.unsupportedRootObjectives(inPeriod: period))
        data["unaligned"] = source.links(graph.unalignedObjectives(inPeriod: period))
        data.merge(objectiveListData(period, from: path))
        return Page(path: path, template: "dashboard", data: data)
    }

    func periodDates(_ period: String) -> String {
        guard let period = content.period(period) else { return "" }
        return "\(format.date(period.start)) – \(format.date(period.end))"
    }

    // MARK: Alignment (a nested list; the map is drawn by the alignment view)

    func alignment(_ period: String) -> Page {
        let path = SitePaths.alignment(period)
        let label = periodLabel(period)
        var data = layout(path: path, title: "\(strings.alignment) · \(label)",
                          breadcrumbs: [(label, SitePaths.period(period)), (strings.alignment, nil)], period: period) { SitePaths.alignment($0) }
        data["periodLabel"] = label
        data["isRootMap"] = false
        data.merge(alignmentMapData(period, from: path))
        // An objective reached again is shown without what is under it, which the first place shows.
        var visited: Set<ObjectiveID> = []
        func node(_ id: ObjectiveID, depth: Int) -> AlignmentTreeNode {
            let firstVisit = visited.insert(id).inserted
            let children = firstVisit && depth < 12 ? graph.children(of: id).filter { $0.period == period } : []
            return AlignmentTreeNode(id: id, children: children.map { node($0, depth: depth + 1) }, contributions: graph.contributions(to: id))
        }
        let source = rows(on: path)
        data["roots"] = alignmentRoots(period).map { source.row(.alignmentTree(node($0, depth: 0))) }
        data["unsupported"] = source.links(graph.unsupportedRootObjectives(inPeriod: period))
        data["unaligned"] = source.links(graph.unalignedObjectives(inPeriod: period))
        data["crossDepartment"] = crossDepartmentRows(period, from: path)
        return Page(path: path, template: "alignment", data: data)
    }

    // MARK: Unit page

    func unitPage(_ unitID: String, period: String) -> Page {
        let path = SitePaths.unit(unitID, period: period)
        let unit = organisation.unit(unitID)!
        let unitsWithObjectives = { (candidate: String) -> String? in
            hasUnitPage(unitID, period: candidate) ? SitePaths.unit(unitID, period: candidate) : nil
        }
        var data = layout(path: path, title: "\(unit.name) · \(periodLabel(period))", breadcrumbs: unitCrumbs(unitID, period: period).enumerated().map {
            $0.offset == organisation.depth(of: unitID) + 1 ? ($0.element.0, nil) : $0.element
        }, period: period, switcherTarget: unitsWithObjectives)
        let own = scorecard.unit(unitID, inPeriod: period)
        let tree = scorecard.unitTree(unitID, inPeriod: period)
        data["unitName"] = unit.name
        data["periodLabel"] = periodLabel(period)
        data["periodDates"] = periodDates(period)
        data["lead"] = ownerData(unit.lead, from: path) ?? false
        data["objectiveCount"] = own.objectiveCount
        data["progressPercent"] = own.progress.map(format.percent) ?? "—"
        data["scorePercent"] = own.score.map(format.percent) ?? "—"
        data["bandName"] = own.band.map(strings.bandName) ?? ""
        data["hasBand"] = own.band != nil
        data["band"] = own.band?.rawValue ?? ""
        data["progressBarSVG"] = own.score.map { _ in
            Charts.progressBarMarkup(progress: own.progress ?? 0, expected: content.period(period).flatMap { $0.contains(content.today) ? $0.elapsedFraction(on: content.today) : nil },
                               band: own.band ?? .red, label: unit.name, language: language)
        } ?? ByteBlock.empty
        data["treeProgressPercent"] = tree.progress.map(format.percent) ?? "—"
        data["hasSubUnits"] = !organisation.children(of: unitID).isEmpty
        data["objectives"] = content.objectives(inPeriod: period, unit: unitID).map { objectiveSummary($0, from: path, withKeyResults: true) }
        data["hasObjectives"] = own.objectiveCount > 0 || !content.objectives(inPeriod: period, unit: unitID).isEmpty
        data["subUnits"] = organisation.children(of: unitID).map { child -> TemplateData in
            let aggregate = scorecard.unitTree(child, inPeriod: period)
            var row: TemplateData = [
                "name": unitName(child),
                "objectiveCount": aggregate.objectiveCount,
                "progressPercent": aggregate.progress.map(format.percent) ?? "—",
                "bandName": aggregate.band.map(strings.bandName) ?? "",
                "hasBand": aggregate.band != nil,
                "band": aggregate.band?.rawValue ?? "",
                "href": false,
            ]
            if aggregate.objectiveCount > 0 { row["href"] = SitePaths.relative(from: path, to: SitePaths.unit(child, period: period)) }
            return row
        }
        data["upstream"] = upstream(of: unitID, period: period, from: path)
        data["downstream"] = downstream(of: unitID, period: period, from: path)
        data["historyHref"] = SitePaths.relative(from: path, to: SitePaths.unitHistory(unitID))
        data["matrixHref"] = SitePaths.relative(from: path, to: SitePaths.matrix(period))
        data["members"] = organisation.members(of: unitID).map { ["name": $0.name, "href": SitePaths.relative(from: path, to: SitePaths.person($0.id))] }
        return Page(path: path, template: "unit", data: data)
    }

    // MARK: Objective page

    func objectivePage(_ objective: Objective) -> Page {
        let path = SitePaths.objective(objective.id)
        let score = scorecard.score(of: objective.id)!
        let switcher = { (candidate: String) -> String? in
            let id = ObjectiveID(period: candidate, unit: objective.id.unit, slug: objective.id.slug)
            if content.objective(id) != nil { return SitePaths.objective(id) }
            return hasUnitPage(objective.id.unit, period: candidate) ? SitePaths.unit(objective.id.unit, period: candidate) : nil
        }
        var data = layout(path: path, title: objective.title,
                          breadcrumbs: unitCrumbs(objective.id.unit, period: objective.id.period) + [(objective.title, nil)],
                          period: objective.id.period, switcherTarget: switcher)
        data.merge(objectiveSummary(objective, from: path, withKeyResults: false))
        data["periodLabel"] = periodLabel(objective.id.period)
        data["periodDates"] = periodDates(objective.id.period)
        data["periodHref"] = SitePaths.relative(from: path, to: SitePaths.period(objective.id.period))
        data["scorePercent"] = format.percent(score.score)
        data["expectedPercent"] = expectedIfCurrent(objective.id.period, score.expected).map(format.percent) ?? ""
        data["weight"] = format.number(objective.weight)
        data["hasWeight"] = objective.weight != 1
        data["tags"] = objective.tags
        data["hasTags"] = !objective.tags.isEmpty
        data["keyResults"] = objective.keyResults.enumerated().map { index, keyResult in
            keyResultData(keyResult, index: index, score: score.keyResults[index], objective: objective, from: path, withChart: true)
        }
        let reserved = Set(["main", "key-results", "alignment"]).union(objective.keyResults.map { "kr-\($0.id)" })
        data["bodyHTML"] = MarkdownRenderer(reservedIDs: reserved) { destination in linkTarget(destination, in: objective, from: path) }.html(objective.body)
        data["carriedFrom"] = graph.carriedFrom(objective.id).map { objectiveLink($0, from: path) } ?? false
        data["carriedTo"] = graph.carriedTo(objective.id).map { objectiveLink($0, from: path) }
        data["alignsTo"] = graph.parents(of: objective.id).map { objectiveLink($0, from: path) }
        data["alignedUnder"] = graph.children(of: objective.id).map { objectiveLink($0, from: path) }
        data["contributionsIn"] = graph.contributions(to: objective.id).map { contribution -> TemplateData in
            var link = objectiveLink(contribution.source, from: path)
            link["keyResult"] = keyResultTitle(contribution)
            link["href"] = SitePaths.relative(from: path, to: SitePaths.objective(contribution.source)) + "#kr-\(contribution.keyResultID)"
            return link
        }
        data["contributionsOut"] = graph.contributions(from: objective.id).map { contribution -> TemplateData in
            var link = objectiveLink(contribution.target, from: path)
            link["keyResult"] = keyResultTitle(contribution)
            return link
        }
        return Page(path: path, template: "objective", data: data)
    }

    /// Where a body link leads on the site: `.md` links to objectives become their pages.
    func linkTarget(_ destination: String, in objective: Objective, from path: String) -> String {
        guard case .inside(let file)? = LinkTarget.markdownPath(of: destination, from: objective.file) else { return destination }
        let fragment = destination.firstIndex(of: "#").map { String(destination[$0...]) } ?? ""
        guard let target = content.objective(file: file) else { return destination }
        return SitePaths.relative(from: path, to: SitePaths.objective(target.id)) + fragment
    }

    // MARK: Person page

    func personPage(_ person: Person) -> Page {
        let path = SitePaths.person(person.id)
        var data = layout(path: path, title: person.name, breadcrumbs: [(strings.people, nil), (person.name, nil)], period: nil) { _ in nil }
        data["personName"] = person.name
        data["unit"] = person.unit.map { unit -> TemplateData in
            var link: TemplateData = ["name": unitName(unit), "href": false]
            let candidates = [content.currentPeriodID].compactMap { $0 } + publishedPeriods.map(\.id)
            if let period = candidates.first(where: { hasUnitPage(unit, period: $0) }) {
                link["href"] = SitePaths.relative(from: path, to: SitePaths.unit(unit, period: period))
            }
            return link
        } ?? false
        let objectivesByPeriod = Dictionary(grouping: ownedObjectives[person.id] ?? [], by: \.period)
        let keyResultsByPeriod = Dictionary(grouping: ownedKeyResults[person.id] ?? [], by: { $0.0.period })
        data["periods"] = publishedPeriods.compactMap { period -> TemplateData? in
            let owned = (objectivesByPeriod[period.id] ?? []).compactMap { content.objective($0) }
            let keyResults = (keyResultsByPeriod[period.id] ?? []).compactMap { id, index in content.objective(id).map { ($0, index) } }
            guard !owned.isEmpty || !keyResults.isEmpty else { return nil }
            return [
                "periodLabel": periodLabel(period.id),
                "periodHref": SitePaths.relative(from: path, to: SitePaths.period(period.id)),
                "objectives": owned.map { objectiveSummary($0, from: path, withKeyResults: false) },
                "keyResults": keyResults.map { objective, index -> TemplateData in
                    var data = keyResultData(objective.keyResults[index], index: index, score: scorecard.score(of: objective.id)!.keyResults[index],
                                             objective: objective, from: path, withChart: false)
                    data["objective"] = objectiveLink(objective.id, from: path)
                    data["href"] = SitePaths.relative(from: path, to: SitePaths.objective(objective.id)) + "#kr-\(objective.keyResults[index].id)"
                    return data
                },
                "hasKeyResults": !keyResults.isEmpty,
                "hasObjectives": !owned.isEmpty,
            ]
        }
        data["leads"] = organisation.unitsLed(by: person.id).map { unitName($0) }
        return Page(path: path, template: "person", data: data)
    }

    /// Unit pages exist for the periods in which the unit or a unit below it has objectives.
    func hasUnitPage(_ unit: String, period: String) -> Bool {
        unitPages.contains("\(period)/\(unit)")
    }

    // MARK: Archive

    func archive() -> Page {
        let path = SitePaths.archive
        var data = layout(path: path, title: strings.archive, breadcrumbs: [(strings.archive, nil)], period: nil) { SitePaths.period($0) }
        let source = rows(on: path)
        data["periods"] = publishedPeriods.map { period -> TemplateData in
            let aggregate = scorecard.period(period.id)
            let objectives = content.objectives(inPeriod: period.id)
            return [
                "label": periodLabel(period.id),
                "dates": periodDates(period.id),
                "href": SitePaths.relative(from: path, to: SitePaths.period(period.id)),
                "objectiveCount": aggregate.objectiveCount,
                "scorePercent": aggregate.score.map(format.percent) ?? "—",
                "band": aggregate.band?.rawValue ?? "",
                "bandName": aggregate.band.map(strings.bandName) ?? "",
                "hasBand": aggregate.band != nil,
                "isCurrent": period.id == content.currentPeriodID,
                "isPast": period.end < content.today,
                "retrospectives": source.links(objectives.filter(\.body.hasRetrospective).map(\.id)),
            ]
        }
        data["units"] = unitsWithHistory.map { ["name": $0.name, "href": SitePaths.relative(from: path, to: SitePaths.unitHistory($0.id))] }
        return Page(path: path, template: "archive", data: data)
    }
}
