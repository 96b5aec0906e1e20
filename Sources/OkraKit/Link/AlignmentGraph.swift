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
    public let content: Content
    private var parentsByID: [ObjectiveID: [ObjectiveID]] = [:]
    private var childrenByID: [ObjectiveID: [ObjectiveID]] = [:]
    private var outgoing: [ObjectiveID: [Contribution]] = [:]
    private var incoming: [ObjectiveID: [Contribution]] = [:]

    /// Builds the graph from references that ``ReferenceResolver`` accepted.
    public init(content: Content, alignments: [(child: ObjectiveID, parent: ObjectiveID)], contributions: [Contribution]) {
        self.content = content
        for (child, parent) in alignments {
            if !(parentsByID[child]?.contains(parent) ?? false) { parentsByID[child, default: []].append(parent) }
            if !(childrenByID[parent]?.contains(child) ?? false) { childrenByID[parent, default: []].append(child) }
        }
        for contribution in contributions {
            outgoing[contribution.source, default: []].append(contribution)
            incoming[contribution.target, default: []].append(contribution)
        }
        for key in childrenByID.keys { childrenByID[key]?.sort() }
    }

    /// Objectives this one aligns to, in the order written.
    public func parents(of id: ObjectiveID) -> [ObjectiveID] { parentsByID[id] ?? [] }

    /// Objectives aligned directly under this one, sorted by id.
    public func children(of id: ObjectiveID) -> [ObjectiveID] { childrenByID[id] ?? [] }

    /// Key results of this objective that feed other objectives.
    public func contributions(from id: ObjectiveID) -> [Contribution] { outgoing[id] ?? [] }

    /// Key results of other objectives that feed this one.
    public func contributions(to id: ObjectiveID) -> [Contribution] { incoming[id] ?? [] }

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
        content.objectives.lazy
            .filter { period == nil || $0.id.period == period }
            .filter { self.content.organisation.isRoot($0.id.unit) }
            .map(\.id)
            .filter { self.children(of: $0).isEmpty && self.contributions(to: $0).isEmpty }
    }

    /// Objectives of non-root units that align to nothing.
    public func unalignedObjectives(inPeriod period: String? = nil) -> [ObjectiveID] {
        content.objectives.lazy
            .filter { period == nil || $0.id.period == period }
            .filter { !self.content.organisation.isRoot($0.id.unit) }
            .map(\.id)
            .filter { self.parents(of: $0).isEmpty }
    }

    /// Contributions whose key result's unit and target's unit sit in different departments
    /// (different children of the root unit).
    public func crossDepartmentContributions(inPeriod period: String? = nil) -> [Contribution] {
        let all = content.objectives.filter { period == nil || $0.id.period == period }.flatMap { contributions(from: $0.id) }
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
