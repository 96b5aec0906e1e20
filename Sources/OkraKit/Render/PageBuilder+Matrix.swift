/// The cross-department matrix: units × company objectives, and what supports nothing.
extension PageBuilder {
    func matrixPage(_ period: String) -> Page {
        let path = SitePaths.matrix(period)
        let label = periodLabel(period)
        var data = layout(path: path, title: "\(strings.matrix) · \(label)",
                          breadcrumbs: [(label, SitePaths.period(period)), (strings.matrix, nil)], period: period) { SitePaths.matrix($0) }
        let make = { AlignmentMatrix.members(period: period, graph: graph, servedRoots: { keptServedRoots?[$0] }) }
        let matrix = keptMatrices?.members(of: period, make: make) ?? make()
        let source = rows(on: path)
        data["periodLabel"] = label
        data["alignmentHref"] = SitePaths.relative(from: path, to: SitePaths.alignment(period))
        data["roots"] = matrix.roots.enumerated().map { index, root -> TemplateData in
            var link = objectiveLink(root, from: path)
            link["number"] = index + 1
            return link
        }
        data["hasRoots"] = !matrix.roots.isEmpty
        var lists: [TemplateValue] = []
        data["rows"] = matrix.units.map { unit -> TemplateValue in
            let cells = matrix.roots.enumerated().map { index, root -> [ObjectiveID] in
                let objectives = matrix.objectives(unit: unit, root: root)
                if !objectives.isEmpty {
                    lists.append(source.row(.matrixList(unit: unit, root: root, column: index + 1, objectives: objectives)))
                }
                return objectives
            }
            return source.row(.matrixRow(unit: unit, period: period, cells: cells))
        }
        data["lists"] = lists
        data["unsupported"] = source.links(graph.unsupportedRootObjectives(inPeriod: period))
        data["unaligned"] = source.links(graph.unalignedObjectives(inPeriod: period))
        data["crossDepartment"] = crossDepartmentRows(period, from: path)
        return Page(path: path, template: "matrix", data: data)
    }

    /// The id of the list under the matrix that a cell links to.
    static func matrixAnchor(unit: String, column: Int) -> String { "cell-\(unit)-\(column)" }

    func crossDepartmentRows(_ period: String, from path: String) -> [TemplateValue] {
        let source = rows(on: path)
        return graph.crossDepartmentContributions(inPeriod: period).map { source.row(.crossDepartment($0)) }
    }

    func keyResultTitle(_ contribution: Contribution) -> String {
        content.objective(contribution.source)?.keyResults.first { $0.id == contribution.keyResultID }?.title ?? contribution.keyResultID
    }

    // MARK: Upstream and downstream of a unit

    /// The company objectives the unit's objectives serve, each with the paths that lead there.
    func upstream(of unit: String, period: String, from path: String) -> [TemplateData] {
        var byRoot: [ObjectiveID: [[ObjectiveID]]] = [:]
        for objective in content.objectives(inPeriod: period, unit: unit) {
            for (root, route) in graph.servedRootObjectives(of: objective.id) where root != objective.id {
                byRoot[root, default: []].append(route)
            }
        }
        return byRoot.keys.sorted().map { root -> TemplateData in
            var data = objectiveLink(root, from: path)
            data["paths"] = byRoot[root]!.map { route -> TemplateData in
                ["steps": route.enumerated().map { index, id -> TemplateData in
                    var step = objectiveLink(id, from: path)
                    step["first"] = index == 0
                    return step
                }]
            }
            return data
        }
    }

    /// Objectives of other units aligned under the unit's objectives (directly or through a chain), and
    /// key results of other units that contribute to them.
    func downstream(of unit: String, period: String, from path: String) -> [TemplateValue] {
        let source = rows(on: path)
        var rows: [TemplateValue] = []
        var seenAligned: Set<ObjectiveID> = []
        var seenContributions: Set<Contribution> = []
        for objective in content.objectives(inPeriod: period, unit: unit) {
            for descendant in graph.descendants(of: objective.id) where descendant.unit != unit && seenAligned.insert(descendant).inserted {
                rows.append(source.row(.alignedBelow(descendant, target: objective.id)))
            }
            for contribution in graph.contributions(to: objective.id) where contribution.source.unit != unit
                && seenContributions.insert(contribution).inserted {
                rows.append(source.row(.contributionBelow(contribution, unit: unit)))
            }
        }
        return rows
    }
}

/// The matrices' members by period, kept between the builds of `okra watch`: they come from the graph alone,
/// which an incremental build keeps.
final class KeptMatrices: Sendable {
    private let byPeriod = Locked<[String: AlignmentMatrix.Members]>([:])

    func members(of period: String, make: () -> AlignmentMatrix.Members) -> AlignmentMatrix.Members {
        if let known = byPeriod.withValue({ $0[period] }) { return known }
        let made = make()
        byPeriod.withValue { $0[period] = made }
        return made
    }
}
