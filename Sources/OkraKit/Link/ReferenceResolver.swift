/// Resolves `aligns_to` and `contributes_to` against the objectives that exist, reporting dangling
/// references, self-references, unknown periods, alignment across non-nesting periods, and cycles.
public enum ReferenceResolver {
    /// The graph, and the diagnostics of each objective's references in the order of `content.objectives`, kept
    /// apart for ``relink(_:changedPositions:earlier:earlierDiagnostics:)``; only the cycles are reported in `log`.
    static func link(_ content: Content, log: inout DiagnosticLog) -> (AlignmentGraph, [[Diagnostic]]) {
        var alignments: [(child: ObjectiveID, parent: ObjectiveID)] = []
        var contributions: [Contribution] = []
        var carried: [(from: ObjectiveID, to: ObjectiveID)] = []
        var objectiveDiagnostics: [[Diagnostic]] = []
        objectiveDiagnostics.reserveCapacity(content.objectives.count)

        for objective in content.objectives {
            var objectiveLog = DiagnosticLog()
            let edges = resolve(objective, in: content, log: &objectiveLog)
            objectiveDiagnostics.append(objectiveLog.diagnostics)
            if let earlier = edges.carriedFrom { carried.append((earlier, objective.id)) }
            for parent in edges.alignments {
                alignments.append((objective.id, parent))
            }
            contributions += edges.contributions
        }

        let cycles = findCycles(alignments, in: content)
        var cut: Set<[ObjectiveID]> = []
        for cycle in cycles {
            let closing = (cycle[cycle.count - 2], cycle[cycle.count - 1])
            // The last reference written to that parent, as every one of them was accepted.
            let child = content.objective(closing.0)
            let location = child?.alignsTo.last(where: { $0.target == closing.1 })?.location ?? SourceLocation(file: child?.file ?? "")
            log.report(.alignmentCycle, at: location,
                       "aligns_to forms a cycle: \(cycle.map(\.path).joined(separator: " → ")) — remove one of these links so that alignment flows upwards")
            cut.insert([closing.0, closing.1])
        }
        let acyclic = alignments.filter { !cut.contains([$0.child, $0.parent]) }
        return (AlignmentGraph(content: content, alignments: acyclic, contributions: contributions, carried: carried), objectiveDiagnostics)
    }

    /// The graph of `content` after an edit that replaced the objectives at `changedPositions` of an earlier
    /// content (same ids, same order) with versions whose references name the same objectives: the earlier
    /// graph, which had no cycles, over the new content, and each objective's diagnostics, those of the changed
    /// objectives found again (their lines may have moved). Nil when a changed objective names other objectives
    /// than before, or the earlier graph is not of the same objectives: then the whole content must be linked.
    static func relink(_ content: Content, changedPositions: [Int], earlier: AlignmentGraph,
                       earlierDiagnostics: [[Diagnostic]]) -> (AlignmentGraph, [[Diagnostic]])? {
        let before = earlier.content
        guard before.objectives.count == content.objectives.count, earlierDiagnostics.count == content.objectives.count else { return nil }
        var diagnostics = earlierDiagnostics
        for position in changedPositions {
            let (old, new) = (before.objectives[position], content.objectives[position])
            guard old.id == new.id, old.referencedTargets == new.referencedTargets else { return nil }
            var objectiveLog = DiagnosticLog()
            _ = resolve(new, in: content, log: &objectiveLog)
            diagnostics[position] = objectiveLog.diagnostics
        }
        return (earlier.replacingContent(content), diagnostics)
    }

    /// The references of one objective that name an objective that exists, as edges.
    private struct ObjectiveEdges {
        var carriedFrom: ObjectiveID?
        var alignments: [ObjectiveID] = []
        var contributions: [Contribution] = []
    }

    /// Resolves one objective's references, reporting those that cannot be followed.
    private static func resolve(_ objective: Objective, in content: Content, log: inout DiagnosticLog) -> ObjectiveEdges {
        var edges = ObjectiveEdges()
        if let reference = objective.carriedFrom,
           accept(reference, from: objective, key: "carried_from", content: content, log: &log),
           let earlier = content.objective(reference.target) {
            if let ownPeriod = content.period(objective.id.period), let earlierPeriod = content.period(earlier.id.period),
               earlierPeriod.start >= ownPeriod.start {
                log.report(.alignmentOutsidePeriod, at: reference.location,
                           "'carried_from' names '\(reference.text)', which is not of an earlier period than \(ownPeriod.id): name the objective this one continues from a past period")
            }
            edges.carriedFrom = earlier.id
        }
        for reference in objective.alignsTo {
            guard accept(reference, from: objective, key: "aligns_to", content: content, log: &log) else { continue }
            if let parentPeriod = content.period(reference.target.period), let ownPeriod = content.period(objective.id.period),
               !parentPeriod.contains(ownPeriod) {
                log.report(.alignmentOutsidePeriod, at: reference.location,
                           "'\(reference.text)' belongs to period \(parentPeriod.id) (\(parentPeriod.start)…\(parentPeriod.end)), which does not contain \(ownPeriod.id): align to an objective of the same or a longer period")
            }
            guard content.objective(reference.target) != nil else { continue }
            edges.alignments.append(reference.target)
        }
        for keyResult in objective.keyResults {
            for reference in keyResult.contributesTo {
                guard accept(reference, from: objective, key: "contributes_to", content: content, log: &log),
                      content.objective(reference.target) != nil else { continue }
                edges.contributions.append(Contribution(source: objective.id, keyResultID: keyResult.id, target: reference.target))
            }
        }
        return edges
    }

    /// Reports a reference that cannot be followed; true when it names an existing (or draft) objective.
    private static func accept(_ reference: ObjectiveReference, from objective: Objective, key: String, content: Content,
                               log: inout DiagnosticLog) -> Bool {
        let target = reference.target
        if target == objective.id {
            log.report(.selfReference, at: reference.location,
                       "'\(key)' names this objective itself ('\(reference.text)'): name the objective it \(key == "aligns_to" ? "supports" : key == "carried_from" ? "continues" : "feeds") instead")
            return false
        }
        if content.objective(target) != nil { return true }
        if content.draftIDs.contains(target) || content.unreadableIDs.contains(target) { return false }
        if content.period(target.period) == nil && Period.computed(target.period, fiscalYearStart: content.settings.fiscalYearStart) == nil {
            let writtenPeriod = reference.text.split(separator: "/").first.map(String.init) ?? target.period
            log.report(.danglingReference, at: reference.location,
                       "'\(reference.text)' names period '\(writtenPeriod)', which does not exist\(Suggestion.didYouMean(target.period, in: content.periods.map(\.id)))")
            return false
        }
        let candidates = content.objectives.filter { $0.id.period == target.period }.map { "\($0.id.unit)/\($0.id.slug)" }
        var hint = Suggestion.didYouMean("\(target.unit)/\(target.slug)", in: candidates)
        if hint.isEmpty, target.period == objective.id.period,
           let elsewhere = content.objectives.first(where: { $0.id.unit == target.unit && $0.id.slug == target.slug }) {
            hint = " — did you mean '\(elsewhere.id.path)' (objectives of other periods need the period first)?"
        }
        if hint.isEmpty { hint = ": no file \(target.period)/\(target.unit)/\(target.slug).md exists" }
        log.report(.danglingReference, at: reference.location, "'\(key)' names '\(reference.text)', which is not an objective\(hint)")
        return false
    }

    /// Each elementary cycle through `aligns_to` once, as a closed path `a → b → … → a`, starting at its smallest id.
    /// Every edge joins two objectives of `content`; their positions there, which follow the ids' order, stand in
    /// for the ids, so that the search indexes arrays instead of hashing ids.
    static func findCycles(_ edges: [(child: ObjectiveID, parent: ObjectiveID)], in content: Content) -> [[ObjectiveID]] {
        let count = content.objectives.count
        var next = [[Int]](repeating: [], count: count)
        var starts: [Int] = []
        for edge in edges {
            guard let child = content.position(of: edge.child), let parent = content.position(of: edge.parent) else { continue }
            if next[child].isEmpty { starts.append(child) }
            next[child].append(parent)
        }
        var state = [UInt8](repeating: 0, count: count)
        var stack: [Int] = []
        var found: [[Int]] = []
        var seenCycles: Set<[Int]> = []

        func visit(_ node: Int) {
            state[node] = 1
            stack.append(node)
            for parent in next[node] {
                switch state[parent] {
                case 0:
                    visit(parent)
                case 1:
                    let start = stack.lastIndex(of: parent)!
                    var cycle = Array(stack[start...])
                    let smallest = cycle.indices.min { cycle[$0] < cycle[$1] }!
                    cycle = Array(cycle[smallest...] + cycle[..<smallest])
                    if seenCycles.insert(cycle).inserted { found.append(cycle + [cycle[0]]) }
                default:
                    break
                }
            }
            stack.removeLast()
            state[node] = 2
        }
        for node in starts.sorted() where state[node] == 0 { visit(node) }
        return found.map { cycle in cycle.map { content.objectives[$0].id } }
    }
}

extension Objective {
    /// What the objective's references name, without where they are written: equal for two versions of an
    /// objective whose edges in the alignment graph are the same.
    var referencedTargets: ReferencedTargets {
        ReferencedTargets(carriedFrom: carriedFrom?.target, alignsTo: alignsTo.map(\.target),
                          contributions: keyResults.map { ReferencedTargets.KeyResultTargets(keyResultID: $0.id, targets: $0.contributesTo.map(\.target)) })
    }
}

/// The objectives one objective's `carried_from`, `aligns_to` and `contributes_to` name, in the order written.
struct ReferencedTargets: Equatable {
    struct KeyResultTargets: Equatable {
        var keyResultID: String
        var targets: [ObjectiveID]
    }

    var carriedFrom: ObjectiveID?
    var alignsTo: [ObjectiveID]
    var contributions: [KeyResultTargets]
}
