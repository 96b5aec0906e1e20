import Foundation

/// Builds the template data of every page from the checked content, its graph and its numbers.
/// Every href is relative to the page it appears on.
struct PageBuilder: Sendable {
    let outcome: CheckOutcome
    let strings: Strings
    /// `strings.dictionary`, built once: every page's `{{t.…}}`.
    let stringTable: [String: String]
    let format: Formatter
    let stale: [StaleKeyResult]
    let buildDate: Day
    /// `period/unit` for every unit page: units with objectives in the period, and the units above them.
    let unitPages: Set<String>
    /// Every period's label, made once: nearly every link shows one.
    let periodLabels: [String: String]
    /// Whether the long lists' rows are made when rendered, for `okra watch` to keep them (``RowCache``).
    let keepsRows: Bool

    var content: Content { outcome.content }
    var graph: AlignmentGraph { outcome.graph }
    var scorecard: Scorecard { outcome.scorecard }
    var organisation: Organisation { content.organisation }
    var language: Language { content.settings.language }

    /// `keeping`: draw every progress bar, make every objective link and find the company objectives each
    /// objective serves once, and keep them, and make the long lists' rows as they are rendered (for `okra watch`),
    /// reusing those of `earlier` except for the objectives in `redraw`. `earlier` is a builder of an earlier build of the same site with the same
    /// objectives, alignments and contributions: an edit of objectives' data.
    ///
    /// `sameIndices`: `earlier`'s objectives, periods, organisation and owners are those of this build (an edit
    /// of objectives' numbers or text); its lists of unit pages, periods and owned objectives are taken instead
    /// of made again.
    init(outcome: CheckOutcome, keeping: Bool = false, reusing earlier: PageBuilder? = nil,
         redraw: Set<ObjectiveID> = [], sameIndices: Bool = false) {
        self.outcome = outcome
        keepsRows = keeping
        strings = Strings(language: outcome.content.settings.language)
        stringTable = strings.dictionary
        format = Formatter(language: outcome.content.settings.language)
        stale = outcome.staleKeyResults
        buildDate = outcome.content.today
        let settings = outcome.content.settings
        periodLabels = Dictionary(outcome.content.periods.map { ($0.id, $0.label(in: settings.language, fiscalYearStart: settings.fiscalYearStart)) },
                                  uniquingKeysWith: { first, _ in first })
        progressBars = keeping
            ? ProgressBars(keepingEvery: outcome.content, scorecard: outcome.scorecard, reusing: earlier?.progressBars, redraw: redraw)
            : ProgressBars(content: outcome.content, scorecard: outcome.scorecard)
        if sameIndices, let earlier {
            unitPages = earlier.unitPages
            publishedPeriods = earlier.publishedPeriods
            ownedObjectives = earlier.ownedObjectives
            ownedKeyResults = earlier.ownedKeyResults
        } else {
            (unitPages, publishedPeriods, ownedObjectives, ownedKeyResults) = Self.indices(of: outcome.content)
        }
        alignmentLabels = earlier?.alignmentLabels ?? AlignmentLabels()
        keptLinks = nil
        if keeping {
            let builder = self
            keptLinks = KeptPerObjective(outcome.content, reusing: earlier?.keptLinks, remaking: redraw, make: builder.linkFacts)
            // `earlier` has the same alignments and contributions: what each objective serves is unchanged.
            let graph = outcome.graph
            keptServedRoots = KeptPerObjective(outcome.content, reusing: earlier?.keptServedRoots, remaking: []) { objective in
                Array(graph.servedRootObjectives(of: objective.id).keys)
            }
            keptMatrices = earlier?.keptMatrices ?? KeptMatrices()
        }
    }

    private static func indices(of content: Content)
        -> (Set<String>, [Period], [String: [ObjectiveID]], [String: [(ObjectiveID, Int)]]) {
        var unitPages: Set<String> = []
        var previous: ObjectiveID?
        for objective in content.objectives {
            // Objectives are sorted by period, then unit: each pair's units are added once.
            defer { previous = objective.id }
            if let previous, previous.period == objective.id.period, previous.unit == objective.id.unit { continue }
            for unit in [objective.id.unit] + content.organisation.ancestors(of: objective.id.unit) {
                unitPages.insert("\(objective.id.period)/\(unit)")
            }
        }
        let used = content.periodsWithObjectives
        let publishedPeriods = content.periods.filter { used.contains($0.id) }.sorted { ($0.end, -$0.length) > ($1.end, -$1.length) }
        var ownedObjectives: [String: [ObjectiveID]] = [:]
        var ownedKeyResults: [String: [(ObjectiveID, Int)]] = [:]
        for objective in content.objectives {
            let owner = objective.owner.flatMap(Identifier.normalized)
            if let owner { ownedObjectives[owner, default: []].append(objective.id) }
            for (index, keyResult) in objective.keyResults.enumerated() {
                if let keyOwner = keyResult.owner.flatMap(Identifier.normalized), keyOwner != owner {
                    ownedKeyResults[keyOwner, default: []].append((objective.id, index))
                }
            }
        }
        return (unitPages, publishedPeriods, ownedObjectives, ownedKeyResults)
    }

    /// Every objective's and key result's progress bar.
    let progressBars: ProgressBars
    /// Every objective's link facts (`objectiveLink` without its href) when kept for `okra watch`; `okra build`
    /// makes them when a page asks, because a link appears on few pages and keeping 50,000 costs memory.
    private(set) var keptLinks: KeptPerObjective<TemplateData>?
    /// The company objectives each objective serves, when kept for `okra watch` (the matrices' slowest part).
    private(set) var keptServedRoots: KeptPerObjective<[ObjectiveID]>?
    /// The matrices' members, when kept for `okra watch`.
    private(set) var keptMatrices: KeptMatrices?
    /// The alignment maps' card labels, shared by the maps of a build and by the builds of `okra watch`.
    let alignmentLabels: AlignmentLabels

    /// Periods that have objectives, newest first (the order of the switcher and the archive).
    let publishedPeriods: [Period]
    /// Objectives by the person id of their owner, and key results (objective, index) by theirs.
    let ownedObjectives: [String: [ObjectiveID]]
    let ownedKeyResults: [String: [(ObjectiveID, Int)]]

    func periodLabel(_ id: String) -> String { periodLabels[id] ?? id }

    func unitName(_ id: String) -> String { organisation.unit(id)?.name ?? id }

    // MARK: Shared parts

    func layout(path: String, title: String, breadcrumbs: [(String, String?)], period: String?, switcherTarget: (String) -> String?) -> TemplateData {
        let href = { (target: String) in SitePaths.relative(from: path, to: target) }
        let switcher: [TemplateData] = publishedPeriods.map { candidate in
            [
                "label": periodLabel(candidate.id),
                "href": href(switcherTarget(candidate.id) ?? SitePaths.period(candidate.id)),
                "selected": candidate.id == period,
                "isCurrent": candidate.id == content.currentPeriodID,
            ]
        }
        let crumbs: [TemplateData] = breadcrumbs.enumerated().map { index, crumb in
            // `false`, not a missing key: Mustache would look `href` up in the page around the crumb
            // (an objective page has its own `href`) and link the crumb to that.
            ["name": crumb.0, "last": index == breadcrumbs.count - 1, "href": crumb.1.map(href) ?? false]
        }
        return [
            "lang": language.rawValue,
            "siteTitle": content.settings.title,
            "pageTitle": title,
            "t": stringTable,
            "stylesheetHref": href(SitePaths.stylesheet),
            "scriptHref": href(SitePaths.script),
            "searchHref": href(SitePaths.search),
            // The way from this page to the site root (`""`, `"../"`, …), for the script to resolve the index's URLs.
            "rootHref": String(repeating: "../", count: path.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }),
            "homeHref": href(SitePaths.home),
            "archiveHref": href(SitePaths.archive),
            "breadcrumbs": crumbs,
            // Not `periods`: the person, unit history and archive pages have their own `periods`, which
            // would hide the switcher's inside the page's template.
            "switcherPeriods": switcher,
            "hasSwitcherPeriods": !switcher.isEmpty,
            "generated": format.date(buildDate),
        ]
    }

    /// Breadcrumbs from the root unit down to `unit` in `period`.
    func unitCrumbs(_ unit: String, period: String) -> [(String, String?)] {
        let chain = (organisation.ancestors(of: unit).reversed() + [unit])
        return [(periodLabel(period), SitePaths.period(period))] + chain.map { (unitName($0), SitePaths.unit($0, period: period)) }
    }

    func ownerData(_ owner: String?, from path: String) -> TemplateData? {
        guard let owner else { return nil }
        if let id = Identifier.normalized(owner), let person = organisation.person(id) {
            return ["name": person.name, "href": SitePaths.relative(from: path, to: SitePaths.person(id))]
        }
        // `href: false` so that `{{#href}}` inside `{{#owner}}` does not pick up the enclosing objective's link.
        return ["name": owner, "href": false]
    }

    /// A link to an objective, with its title, unit, period and score, as lists and related-objective rows show it.
    func objectiveLink(_ id: ObjectiveID, from path: String) -> TemplateData {
        var data: TemplateData
        if let kept = keptLinks?[id] {
            data = kept
        } else if let objective = content.objective(id) {
            data = linkFacts(objective)
        } else {
            return ["title": id.path, "unitName": unitName(id.unit), "periodLabel": periodLabel(id.period)]
        }
        data["href"] = SitePaths.relative(from: path, to: SitePaths.objective(id))
        return data
    }

    /// What a link to the objective shows besides its href, which depends on the page.
    private func linkFacts(_ objective: Objective) -> TemplateData {
        let score = scorecard.score(of: objective.id)
        return [
            "title": objective.title,
            "unitName": unitName(objective.id.unit),
            "periodLabel": periodLabel(objective.id.period),
            "scorePercent": score.map { format.percent($0.score) } ?? "",
            "band": score?.band.rawValue ?? "",
            "bandName": score.map { strings.bandName($0.band) } ?? "",
            "hasBand": score != nil,
        ]
    }

    func healthData(_ health: Health, manual: Bool) -> TemplateData {
        ["key": health.hyphenated, "name": strings.healthName(health), "manual": manual]
    }

    /// A compact summary of an objective for lists (dashboard, unit page, person page).
    func objectiveSummary(_ objective: Objective, from path: String, withKeyResults: Bool) -> TemplateData {
        let score = scorecard.score(of: objective.id)!
        var data = objectiveLink(objective.id, from: path)
        data["owner"] = ownerData(objective.owner, from: path) ?? false
        data["unitHref"] = SitePaths.relative(from: path, to: SitePaths.unit(objective.id.unit, period: objective.id.period))
        data["progressPercent"] = format.percent(score.progress)
        data["health"] = healthData(score.health, manual: score.healthIsManual)
        data["progressBarSVG"] = progressBars.objective(objective.id)
        data["keyResultCount"] = objective.keyResults.count
        data["hasFinalScore"] = objective.manualScore != nil
        data["actionsDone"] = score.actionsDone
        data["actionsTotal"] = score.actionsTotal
        data["hasActions"] = score.actionsTotal > 0
        data["draft"] = objective.draft
        // Always set, so that a template never picks up an enclosing page's `keyResults` by accident.
        data["keyResults"] = !withKeyResults ? [] : objective.keyResults.enumerated().map { index, keyResult in
            keyResultData(keyResult, index: index, score: score.keyResults[index], objective: objective, from: path, withChart: false)
        }
        data["otherPeriod"] = false
        return data
    }

    func expectedIfCurrent(_ period: String, _ expected: Double) -> Double? {
        ProgressBars.expectedIfCurrent(period, expected, in: content)
    }

    func keyResultData(_ keyResult: KeyResult, index: Int, score: KeyResultScore, objective: Objective, from path: String, withChart: Bool) -> TemplateData {
        let period = content.period(objective.id.period)!
        var data: TemplateData = [
            "id": keyResult.id,
            "anchor": "kr-\(keyResult.id)",
            "title": keyResult.title,
            "progressPercent": format.percent(score.progress),
            "band": score.band.rawValue,
            "bandName": strings.bandName(score.band),
            "health": healthData(score.health, manual: false),
            "weight": format.number(keyResult.weight),
            "hasWeight": keyResult.weight != 1,
            "progressBarSVG": progressBars.keyResult(objective.id, index: index),
            "lastCheckin": keyResult.checkins.last.map { format.date($0.date) } ?? strings.never,
        ]
        data["owner"] = ownerData(keyResult.owner ?? objective.owner, from: path) ?? false
        switch keyResult.kind {
        case .metric(let start, let target, _):
            data["isMilestone"] = false
            data["startText"] = format.quantity(start, unit: keyResult.unitLabel)
            data["targetText"] = format.quantity(target, unit: keyResult.unitLabel)
            data["currentText"] = format.quantity(score.current ?? start, unit: keyResult.unitLabel)
            data["decreasing"] = target < start
            if score.rawProgress > 1 + 1e-9 {
                data["achievedText"] = strings.achievedPercent(format.percent(score.rawProgress))
            }
        case .milestone(let done):
            data["isMilestone"] = true
            data["done"] = done
            data["statusText"] = done ? strings.done : strings.notDone
        }
        data["contributesTo"] = keyResult.contributesTo.filter { content.objective($0.target) != nil }.map { objectiveLink($0.target, from: path) }
        if withChart {
            var (start, target, isMilestone) = (0.0, 1.0, true)
            if case .metric(let metricStart, let metricTarget, _) = keyResult.kind {
                (start, target, isMilestone) = (metricStart, metricTarget, false)
            }
            var points = keyResult.checkins.compactMap { checkin -> CheckinPoint? in
                guard let value = checkin.value ?? (isMilestone ? 0 : nil) else { return nil }
                return CheckinPoint(date: checkin.date, value: value, confidence: checkin.confidence)
            }
            if case .milestone(done: true) = keyResult.kind, !(points.last.map { $0.value >= 1 } ?? false) {
                // The chart marks a milestone done from the check-in that reached 1; `done: true` alone must show too.
                let day = keyResult.checkins.last?.date ?? min(content.today, period.end)
                points.append(CheckinPoint(date: max(day, points.last?.date ?? day), value: 1, confidence: nil))
            }
            data["chartSVG"] = Charts.checkinsMarkup(CheckinChart(
                title: keyResult.title, periodStart: period.start, periodEnd: period.end, start: start, target: target,
                unitLabel: keyResult.unitLabel, isMilestone: isMilestone, points: points,
                today: period.contains(content.today) ? content.today : nil), language: language)
            data["checkins"] = keyResult.checkins.reversed().map { checkin -> TemplateData in
                [
                    "date": format.date(checkin.date),
                    "value": checkin.value.map { format.quantity($0, unit: keyResult.unitLabel) } ?? "",
                    "confidence": checkin.confidence.map { format.percent($0) } ?? "",
                    "note": checkin.note ?? "",
                ]
            }
            data["hasCheckins"] = !keyResult.checkins.isEmpty
        }
        return data
    }
}
