/// A key result of one objective feeding another objective (`contributes_to`).
public struct Contribution: Hashable, Sendable {
    public var source: ObjectiveID
    public var keyResultID: String
    public var target: ObjectiveID
}

/// Step 4 of the pipeline: objectives as nodes, `aligns_to` (child → parent) and `contributes_to`
/// (key result → objective) as edges, with the queries the site needs. Built only from resolved
/// references; problems with references are reported by ``ReferenceResolver``.
public struct AlignmentGraph: Sendable {
    public private(set) var content: Content
    private var parentsByID: [ObjectiveID: [ObjectiveID]] = [:]
    private var childrenByID: [ObjectiveID: [ObjectiveID]] = [:]
    private var outgoing: [ObjectiveID: [Contribution]] = [:]
    private var incoming: [ObjectiveID: [Contribution]] = [:]
    private var carriedFromByID: [ObjectiveID: ObjectiveID] = [:]
    private var carriedToByID: [ObjectiveID: [ObjectiveID]] = [:]
    /// Objectives of the root unit that nothing supports, and of other units that align to nothing, in the
    /// content's order: found once, as the checks and three pages of every period ask for them.
    private var unsupportedRootIDs: [ObjectiveID] = []
    private var unalignedIDs: [ObjectiveID] = []

    /// Builds the graph from references that ``ReferenceResolver`` accepted.
    public init(content: Content, alignments: [(child: ObjectiveID, parent: ObjectiveID)], contributions: [Contribution],
                carried: [(from: ObjectiveID, to: ObjectiveID)] = []) {
        self.content = content
        for (earlier, later) in carried {
            carriedFromByID[later] = earlier
            carriedToByID[earlier, default: []].append(later)
        }
        for (child, parent) in alignments {
            // The two lists gain each pair together, so the child's few parents tell whether the pair is known;
            // a company objective's children run into thousands.
            guard !(parentsByID[child]?.contains(parent) ?? false) else { continue }
            parentsByID[child, default: []].append(parent)
            childrenByID[parent, default: []].append(child)
        }
        for contribution in contributions {
            outgoing[contribution.source, default: []].append(contribution)
            incoming[contribution.target, default: []].append(contribution)
        }
        for key in childrenByID.keys { childrenByID[key]?.sort() }
        for id in content.objectiveIDs(inPeriod: nil) {
            if content.organisation.isRoot(id.unit) {
                if childrenByID[id] == nil && incoming[id] == nil { unsupportedRootIDs.append(id) }
            } else if parentsByID[id] == nil {
                unalignedIDs.append(id)
            }
        }
    }

    /// The same edges over another version of the content, of which only objectives' data, not their
    /// references, differ (``ReferenceResolver/relink(_:changedPositions:earlier:earlierDiagnostics:)``).
    func replacingContent(_ content: Content) -> AlignmentGraph {
        var graph = self
        graph.content = content
        return graph
    }

    /// Objectives this one aligns to, in the order written.
    public func parents(of id: ObjectiveID) -> [ObjectiveID] { parentsByID[id] ?? [] }

    /// Objectives aligned directly under this one, sorted by id.
    public func children(of id: ObjectiveID) -> [ObjectiveID] { childrenByID[id] ?? [] }

    /// Key results of this objective that feed other objectives.
    public func contributions(from id: ObjectiveID) -> [Contribution] { outgoing[id] ?? [] }

    /// Key results of other objectives that feed this one.
    public func contributions(to id: ObjectiveID) -> [Contribution] { incoming[id] ?? [] }

    /// The objective of an earlier period that this one continues (`carried_from`).
    public func carriedFrom(_ id: ObjectiveID) -> ObjectiveID? { carriedFromByID[id] }

    /// Objectives of later periods that continue this one.
    public func carriedTo(_ id: ObjectiveID) -> [ObjectiveID] { (carriedToByID[id] ?? []).sorted() }

    /// Every path from this objective up `aligns_to` edges to an objective that aligns to nothing.
    /// Each path starts with `id` and ends at a top objective; cycles are never followed twice.
    public func pathsToTop(from id: ObjectiveID) -> [[ObjectiveID]] {
        var result: [[ObjectiveID]] = []
        var path: [ObjectiveID] = []
        func walk(_ node: ObjectiveID) {
            guard !path.contains(node), result.count < 1000 else { return }
            path.append(node)
            defer { path.removeLast() }
            let parents = parents(of: node).filter { !path.contains($0) }
            if parents.isEmpty { result.append(path) }
            for parent in parents { walk(parent) }
        }
        walk(id)
        return result
    }

    /// The company objectives a period is run against: root-unit objectives of the period itself and of
    /// longer periods that contain it (an annual objective over its quarters).
    public func rootObjectives(forPeriod period: String) -> [ObjectiveID] {
        guard let own = content.period(period) else { return [] }
        let root = content.organisation.rootID
        let positions = content.periods.filter { $0.id == period || ($0.contains(own) && $0.length > own.length) }
            .flatMap { content.positionsByPeriodAndUnit["\($0.id)/\(root)"] ?? [] }
        // Positions in the content, which is sorted by id: the ids come out sorted, as from a scan of every objective.
        return positions.sorted().map { content.objectives[$0].id }
    }

    /// The root-unit objectives this objective serves, each with the shortest path to it, following
    /// `aligns_to` upwards and key results' `contributes_to`. The path starts with `id` and ends at the root objective.
    public func servedRootObjectives(of id: ObjectiveID) -> [ObjectiveID: [ObjectiveID]] {
        var previous: [ObjectiveID: ObjectiveID] = [:]
        var seen: Set<ObjectiveID> = [id]
        var queue = [id]
        var index = 0
        var result: [ObjectiveID: [ObjectiveID]] = [:]
        while index < queue.count {
            let node = queue[index]
            index += 1
            if node != id, content.organisation.isRoot(node.unit) {
                var path = [node]
                var cursor = node
                while let back = previous[cursor] {
                    path.append(back)
                    cursor = back
                }
                result[node] = path.reversed()
            }
            let next = parents(of: node) + contributions(from: node).map(\.target)
            for neighbour in next where seen.insert(neighbour).inserted {
                previous[neighbour] = node
                queue.append(neighbour)
            }
        }
        if content.organisation.isRoot(id.unit) { result[id] = [id] }
        return result
    }

    /// Every objective above this one through `aligns_to`, nearest first.
    public func ancestors(of id: ObjectiveID) -> [ObjectiveID] {
        breadthFirst(from: id, next: parents(of:))
    }

    /// Every objective below this one through `aligns_to`, nearest first.
    public func descendants(of id: ObjectiveID) -> [ObjectiveID] {
        breadthFirst(from: id, next: children(of:))
    }

    /// Objectives of the root unit that no objective aligns to and no key result contributes to.
    public func unsupportedRootObjectives(inPeriod period: String? = nil) -> [ObjectiveID] {
        guard let period else { return unsupportedRootIDs }
        return unsupportedRootIDs.filter { $0.period == period }
    }

    /// Objectives of non-root units that align to nothing.
    public func unalignedObjectives(inPeriod period: String? = nil) -> [ObjectiveID] {
        guard let period else { return unalignedIDs }
        return unalignedIDs.filter { $0.period == period }
    }

    /// Contributions whose key result's unit and target's unit sit in different departments
    /// (different children of the root unit).
    public func crossDepartmentContributions(inPeriod period: String? = nil) -> [Contribution] {
        let all = content.objectiveIDs(inPeriod: period).flatMap { contributions(from: $0) }
        return all.filter { department(of: $0.source.unit) != department(of: $0.target.unit) }
    }

    /// The child of the root unit that contains `unitID` (the unit itself for a department, the root for the root).
    public func department(of unitID: String) -> String {
        let chain = [unitID] + content.organisation.ancestors(of: unitID)
        return chain.count >= 2 ? chain[chain.count - 2] : unitID
    }

    private func breadthFirst(from id: ObjectiveID, next: (ObjectiveID) -> [ObjectiveID]) -> [ObjectiveID] {
        var seen: Set<ObjectiveID> = [id]
        var queue = next(id)
        var result: [ObjectiveID] = []
        var index = 0
        while index < queue.count {
            let node = queue[index]
            index += 1
            guard seen.insert(node).inserted else { continue }
            result.append(node)
            queue.append(contentsOf: next(node))
        }
        return result
    }
}
