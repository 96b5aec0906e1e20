/// Which files of the site an edit of objective files reaches, found by comparing the checked site
/// before and after the edit. Used by the incremental build; a test compares its result with a full
/// build, byte for byte, over scripted edits.
enum AffectedPages {
    /// Objectives an edit changed, paired before and after.
    struct Changes {
        /// Objectives whose data or numbers differ.
        var changed: [(before: Objective, after: Objective)] = []
        /// Objectives of which only the Markdown body differs.
        var bodyOnly: [(before: Objective, after: Objective)] = []

        /// Objectives whose progress bars or `okrs.json` records may differ.
        var changedIDs: Set<ObjectiveID> { Set(changed.map(\.after.id)) }

        /// Whether every edited objective and each of its key results keep their owners.
        var keepsOwners: Bool {
            func owners(_ objective: Objective) -> [String?] {
                ([objective.owner] + objective.keyResults.map(\.owner)).map { $0.flatMap(Identifier.normalized) }
            }
            return (changed + bodyOnly).allSatisfy { owners($0.before) == owners($0.after) }
        }
    }

    /// The objectives an edit changed, or nil when it changed the site's structure (objectives added,
    /// removed or renamed, alignment or contributions rewired, another day or period): then every file is rebuilt.
    static func changes(before old: CheckOutcome, after new: CheckOutcome) -> Changes? {
        let oldContent = old.content
        let content = new.content
        guard oldContent.today == content.today, oldContent.currentPeriodID == content.currentPeriodID,
              oldContent.periods == content.periods, oldContent.draftIDs == content.draftIDs,
              oldContent.objectives.count == content.objectives.count else { return nil }
        var changes = Changes()
        for (before, after) in zip(oldContent.objectives, content.objectives) {
            guard before.id == after.id else { return nil }
            // A score is made from the objective, its period and the day alone, and those are checked above.
            guard before != after else { continue }
            let scoreChanged = old.scorecard.score(of: before.id) != new.scorecard.score(of: after.id)
            guard old.graph.parents(of: before.id) == new.graph.parents(of: after.id),
                  old.graph.contributions(from: before.id) == new.graph.contributions(from: after.id),
                  old.graph.carriedFrom(before.id) == new.graph.carriedFrom(after.id) else { return nil }
            var withNewBody = before
            withNewBody.body = after.body
            if !scoreChanged, withNewBody == after {
                changes.bodyOnly.append((before, after))
            } else {
                changes.changed.append((before, after))
            }
        }
        return changes
    }

    /// The files to render again after `changes`, built by `builder` (the site after the edit), the largest
    /// first, so that the threads that render them in parallel finish close together.
    static func jobs(for changes: Changes, in builder: PageBuilder) -> [SiteRenderer.Job] {
        unorderedJobs(for: changes, in: builder).sorted { expectedSize($0, in: builder) > expectedSize($1, in: builder) }
    }

    /// A rough order of the files' sizes: `okrs.json`, then the pages that list a whole period, the unit
    /// pages from the root down (a unit's page lists what its subtree serves), the search index, the rest.
    private static func expectedSize(_ job: SiteRenderer.Job, in builder: PageBuilder) -> Int {
        switch job {
        case .siteData: return 1_000
        case .page(.home), .page(.archive), .page(.dashboard), .page(.matrix), .page(.alignment): return 900
        case .page(.alignmentRoot): return 800
        case .page(.unit(let unit, _)): return 700 - builder.organisation.depth(of: unit)
        case .searchIndex: return 500
        default: return 0
        }
    }

    private static func unorderedJobs(for changes: Changes, in builder: PageBuilder) -> [SiteRenderer.Job] {
        var jobs: Set<SiteRenderer.Job> = []
        for (before, after) in changes.bodyOnly {
            jobs.insert(.page(.objective(after.id)))
            if before.body.hasRetrospective != after.body.hasRetrospective {
                jobs.insert(.page(.archive))
            }
        }
        guard !changes.changed.isEmpty else { return Array(jobs) }

        jobs.formUnion([.siteData, .searchIndex, .page(.archive), .page(.search)])
        for (before, after) in changes.changed {
            jobs.formUnion(pages(reachedBy: after.id, owners: owners(of: before) + owners(of: after), in: builder))
        }
        return Array(jobs)
    }

    /// The person ids that own an objective or one of its key results.
    private static func owners(of objective: Objective) -> [String] {
        ([objective.owner] + objective.keyResults.map(\.owner)).compactMap { $0.flatMap(Identifier.normalized) }
    }

    /// Every page that shows something of objective `id`: its own page and those of the objectives linked
    /// to it, the pages of its period and of the periods that overlap it, the pages of every unit whose
    /// objectives are connected to it through alignment or contributions, and the pages of the people
    /// who own it or a linked objective.
    private static func pages(reachedBy id: ObjectiveID, owners: [String], in builder: PageBuilder) -> Set<SiteRenderer.Job> {
        let graph = builder.graph
        let content = builder.content
        var jobs: Set<SiteRenderer.Job> = [.page(.objective(id))]

        var linked = Set(graph.parents(of: id) + graph.children(of: id) + graph.carriedTo(id))
        if let earlier = graph.carriedFrom(id) { linked.insert(earlier) }
        linked.formUnion(graph.contributions(to: id).map(\.source))
        linked.formUnion(graph.contributions(from: id).map(\.target))
        var people = Set(owners)
        for other in linked where content.objective(other) != nil {
            jobs.insert(.page(.objective(other)))
            if let objective = content.objective(other) { people.formUnion(Self.owners(of: objective)) }
        }
        for person in people where builder.organisation.person(person) != nil {
            jobs.insert(.page(.person(person)))
        }

        let connected = reachable(from: id, in: graph) { graph.parents(of: $0) + graph.contributions(from: $0).map(\.target) }
            .union(reachable(from: id, in: graph) { graph.children(of: $0) + graph.contributions(to: $0).map(\.source) })
            .union(linked)
        var units: Set<String> = []
        for objective in connected.union([id]) {
            units.insert(objective.unit)
            units.formUnion(builder.organisation.ancestors(of: objective.unit))
        }

        guard let period = content.period(id.period) else { return jobs }
        var periods = Set(builder.publishedPeriods.filter { $0.start <= period.end && period.start <= $0.end }.map(\.id))
        periods.formUnion(connected.map(\.period))
        let next = builder.publishedPeriods.filter { candidate in builder.previousPeriod(of: candidate.id).map { periods.contains($0.id) } ?? false }
        for candidate in periods.union(next.map(\.id)) {
            jobs.insert(.page(.dashboard(candidate)))
            if candidate == content.currentPeriodID { jobs.insert(.page(.home)) }
        }
        for candidate in periods {
            jobs.formUnion([.page(.alignment(candidate)), .page(.matrix(candidate))])
            if content.objectives(inPeriod: candidate).count > PageBuilder.largestSingleMap {
                for root in builder.alignmentRoots(candidate)
                where !builder.subtree(of: root, inPeriod: candidate).isDisjoint(with: connected.union([id])) {
                    jobs.insert(.page(.alignmentRoot(candidate, root)))
                }
            }
            for unit in units where builder.hasUnitPage(unit, period: candidate) {
                jobs.insert(.page(.unit(unit, period: candidate)))
            }
        }
        for unit in units where builder.publishedPeriods.contains(where: { builder.hasUnitPage(unit, period: $0.id) }) {
            jobs.insert(.page(.unitHistory(unit)))
        }
        return jobs
    }

    /// Every objective reachable from `start` by following `next`, not counting `start`.
    private static func reachable(from start: ObjectiveID, in graph: AlignmentGraph, next: (ObjectiveID) -> [ObjectiveID]) -> Set<ObjectiveID> {
        var seen: Set<ObjectiveID> = []
        var stack = next(start)
        while let id = stack.popLast() {
            if id != start, seen.insert(id).inserted { stack += next(id) }
        }
        return seen
    }
}
