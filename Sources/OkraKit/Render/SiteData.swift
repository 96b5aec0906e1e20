/// `okrs.json`: every objective, key result, check-in and computed number, for other tools.
/// The schema (`okra-site/1`) is documented in docs/okrs-json.md.
enum SiteData {
    /// Writes `okrs.json` block by block into `sink`, which returns 0 or an `errno`; the first error stops
    /// the writing and is returned. `cache`, when given, holds objective records of an earlier build that are
    /// still valid; the records written now are stored in it.
    static func write(_ outcome: CheckOutcome, cache: RecordCache? = nil, into sink: (ByteBlock) -> Int32) -> Int32 {
        let content = outcome.content
        let card = outcome.scorecard
        let graph = outcome.graph
        let settings = content.settings
        let stale = Set(outcome.staleKeyResults.map { "\($0.objective.path)#\($0.keyResultIndex)" })
        let headerBytes = 1024 * (content.periods.count + 1) * (content.organisation.units.count + 1) + 512 * content.organisation.people.count
        var json = JSONWriter(layout: .compact(lineDepth: 2), capacity: headerBytes)
        json.beginObject()
        json.value("schema", "okra-site/1")

        json.beginObject("site")
        json.value("title", settings.title)
        json.value("language", settings.language.rawValue)
        json.value("base_url", settings.baseURL)
        json.value("fiscal_year_start", settings.fiscalYearStart)
        json.value("checkin_interval_days", settings.checkinIntervalDays)
        json.value("current_period", content.currentPeriodID)
        json.value("today", content.today.iso)
        json.endObject()

        let used = content.periodsWithObjectives
        json.beginArray("periods")
        for period in content.periods where used.contains(period.id) {
            let aggregate = card.period(period.id)
            json.beginObject()
            json.value("id", period.id)
            json.value("label", period.label(in: settings.language, fiscalYearStart: settings.fiscalYearStart))
            json.value("kind", period.kind.rawValue)
            json.value("start", period.start.iso)
            json.value("end", period.end.iso)
            json.value("expected", period.elapsedFraction(on: content.today))
            json.value("objective_count", aggregate.objectiveCount)
            json.value("progress", aggregate.progress)
            json.value("score", aggregate.score)
            json.value("band", aggregate.band?.rawValue)
            json.value("url", SitePaths.period(period.id))
            json.endObject()
        }
        json.endArray()

        json.beginArray("units")
        for unit in content.organisation.units {
            json.beginObject()
            json.value("id", unit.id)
            json.value("name", unit.name)
            json.value("parent", unit.parent)
            json.value("lead", unit.lead)
            json.beginArray("progress")
            for period in content.periods where used.contains(period.id) {
                let own = card.unit(unit.id, inPeriod: period.id)
                let tree = card.unitTree(unit.id, inPeriod: period.id)
                guard tree.objectiveCount > 0 || own.objectiveCount > 0 else { continue }
                json.beginObject()
                json.value("period", period.id)
                json.value("objective_count", own.objectiveCount)
                json.value("progress", own.progress)
                json.value("score", own.score)
                json.value("band", own.band?.rawValue)
                json.value("subtree_objective_count", tree.objectiveCount)
                json.value("subtree_progress", tree.progress)
                json.value("subtree_score", tree.score)
                json.value("url", SitePaths.unit(unit.id, period: period.id))
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()

        json.beginArray("people")
        for person in content.organisation.people {
            json.beginObject()
            json.value("id", person.id)
            json.value("name", person.name)
            json.value("unit", person.unit)
            json.value("url", SitePaths.person(person.id))
            json.endObject()
        }
        json.endArray()

        json.beginArray("objectives")
        let code = sink(json.finish())
        guard code == 0 else { return code }
        // One line per objective, as the writer lays out an array one element per line.
        let lines = RecordCache.writeLines(of: content.objectiveIDs(inPeriod: nil), in: .siteData, cache: cache, firstLineStart: "\n", make: { id in
            guard let objective = content.objective(id), let score = card.score(of: id) else { return nil }
            return objectiveRecord(objective, score: score, stale: stale, content: content, graph: graph)
        }, into: sink)
        guard lines.code == 0 else { return lines.code }
        return sink(.literal(lines.wroteLines ? "\n]\n}\n" : "]\n}\n"))
    }

    /// `okrs.json` as blocks in memory (tests).
    static func json(_ outcome: CheckOutcome, cache: RecordCache? = nil) -> [ByteBlock] {
        var blocks: [ByteBlock] = []
        _ = write(outcome, cache: cache) { block in
            blocks.append(block)
            return 0
        }
        return blocks
    }

    /// One objective as a single line of JSON.
    private static func objectiveRecord(_ objective: Objective, score: ObjectiveScore, stale: Set<String>, content: Content, graph: AlignmentGraph) -> ByteBlock {
        var json = JSONWriter(layout: .compact(lineDepth: 0))
        json.beginObject()
        json.value("id", objective.id.path)
        json.value("period", objective.id.period)
        json.value("unit", objective.id.unit)
        json.value("slug", objective.id.slug)
        json.value("file", objective.file)
        json.value("url", SitePaths.objective(objective.id))
        json.value("title", objective.title)
        json.value("owner", objective.owner)
        json.value("owner_name", objective.owner.map(content.organisation.displayName(ofOwner:)))
        json.beginArray("aligns_to")
        for parent in graph.parents(of: objective.id) { json.value(nil, parent.path) }
        json.endArray()
        json.beginArray("aligned_from")
        for child in graph.children(of: objective.id) { json.value(nil, child.path) }
        json.endArray()
        json.beginArray("tags")
        for tag in objective.tags { json.value(nil, tag) }
        json.endArray()
        json.value("weight", objective.weight)
        json.value("draft", objective.draft)
        json.value("progress", score.progress)
        json.value("expected", score.expected)
        json.value("score", score.score)
        json.value("score_is_final", objective.manualScore != nil)
        json.value("band", score.band.rawValue)
        json.value("health", score.health.rawValue)
        json.value("health_is_manual", score.healthIsManual)
        json.value("latest_confidence", score.latestConfidence)
        json.beginObject("actions")
        json.value("done", score.actionsDone)
        json.value("total", score.actionsTotal)
        json.endObject()
        json.beginArray("contributions_in")
        for contribution in graph.contributions(to: objective.id) {
            json.beginObject()
            json.value("objective", contribution.source.path)
            json.value("key_result", contribution.keyResultID)
            json.endObject()
        }
        json.endArray()
        json.beginArray("key_results")
        for (index, keyResult) in objective.keyResults.enumerated() {
            writeKeyResult(keyResult, score: score.keyResults[index], stale: stale.contains("\(objective.id.path)#\(index)"), into: &json)
        }
        json.endArray()
        json.endObject()
        return json.finish()
    }

    private static func writeKeyResult(_ keyResult: KeyResult, score: KeyResultScore, stale: Bool, into json: inout JSONWriter) {
        json.beginObject()
        json.value("id", keyResult.id)
        json.value("title", keyResult.title)
        json.value("owner", keyResult.owner)
        switch keyResult.kind {
        case .metric(let start, let target, let current):
            json.value("type", "metric")
            json.value("start", start)
            json.value("target", target)
            json.value("current", score.current ?? current)
        case .milestone(let done):
            json.value("type", "milestone")
            json.value("done", done)
        }
        json.value("unit", keyResult.unitLabel)
        json.value("weight", keyResult.weight)
        json.value("progress", score.progress)
        json.value("progress_raw", score.rawProgress)
        json.value("band", score.band.rawValue)
        json.value("health", score.health.rawValue)
        json.value("latest_confidence", score.latestConfidence)
        json.value("last_checkin", score.lastCheckin?.iso)
        json.value("stale", stale)
        json.beginArray("contributes_to")
        for reference in keyResult.contributesTo { json.value(nil, reference.target.path) }
        json.endArray()
        json.beginArray("checkins")
        for checkin in keyResult.checkins {
            json.beginObject()
            json.value("date", checkin.date.iso)
            json.value("value", checkin.value)
            json.value("confidence", checkin.confidence)
            json.value("note", checkin.note)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
