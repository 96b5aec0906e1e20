/// The alignment map: one diagram per period, or one per company objective when the period is large.
extension PageBuilder {
    /// A period with more objectives than this gets one map per company objective, linked from an overview.
    static let largestSingleMap = 60

    /// Nodes and edges of the period's objectives (and the longer periods' objectives they align to),
    /// restricted to `only` when given.
    func alignmentElements(_ period: String, only: Set<ObjectiveID>? = nil, from path: String) -> ([AlignmentNode], [AlignmentEdge]) {
        var ids = content.objectives(inPeriod: period).map(\.id)
        ids += Set(ids.flatMap { graph.parents(of: $0) }.filter { $0.period != period }).sorted()
        if let only { ids = ids.filter(only.contains) }
        let included = Set(ids)
        let nodes = ids.compactMap { id -> AlignmentNode? in
            guard let objective = content.objective(id), let score = scorecard.score(of: id) else { return nil }
            return AlignmentNode(id: id.path, title: objective.title, unitName: unitName(id.unit), layer: organisation.depth(of: id.unit),
                                 band: score.band, scoreText: format.percent(score.score),
                                 href: SitePaths.relative(from: path, to: SitePaths.objective(id)))
        }
        var edges: [AlignmentEdge] = []
        for id in ids {
            for parent in graph.parents(of: id) where included.contains(parent) {
                edges.append(AlignmentEdge(from: id.path, to: parent.path, kind: .alignsTo))
            }
            for contribution in graph.contributions(from: id) where included.contains(contribution.target) {
                edges.append(AlignmentEdge(from: id.path, to: contribution.target.path, kind: .contributesTo))
            }
        }
        return (nodes, edges)
    }

    /// The company objectives of the period and everything of the period aligned under them.
    func alignmentRoots(_ period: String) -> [ObjectiveID] {
        let ids = content.objectives(inPeriod: period).map(\.id)
        let outside = Set(ids.flatMap { graph.parents(of: $0) }.filter { $0.period != period })
        return outside.sorted() + ids.filter { graph.parents(of: $0).isEmpty }
    }

    func subtree(of root: ObjectiveID, inPeriod period: String) -> Set<ObjectiveID> {
        var result: Set<ObjectiveID> = [root]
        var stack = [root]
        while let id = stack.popLast() {
            for child in graph.children(of: id) where child.period == period && result.insert(child).inserted {
                stack.append(child)
            }
        }
        return result
    }

    /// The map of one company objective and everything of the period under it, for large periods.
    func alignmentRootPage(_ period: String, root: ObjectiveID) -> Page {
        let path = SitePaths.alignment(period, root: root)
        let label = periodLabel(period)
        let title = content.objective(root)?.title ?? root.path
        var data = layout(path: path, title: "\(strings.alignmentMap) · \(title)",
                          breadcrumbs: [(label, SitePaths.period(period)), (strings.alignment, SitePaths.alignment(period)), (title, nil)],
                          period: period) { SitePaths.alignment($0) }
        let (nodes, edges) = alignmentElements(period, only: subtree(of: root, inPeriod: period), from: path)
        data["periodLabel"] = label
        data["isRootMap"] = true
        data["rootTitle"] = title
        data["overviewHref"] = SitePaths.relative(from: path, to: SitePaths.alignment(period))
        data["mapSVG"] = Charts.alignmentMap(nodes: nodes, edges: edges, title: "\(strings.alignmentMap) · \(title)", language: language, labels: alignmentLabels)
        data["hasMap"] = true
        for key in ["rootMaps", "roots", "unsupported", "unaligned", "crossDepartment"] { data[key] = [TemplateData]() }
        return Page(path: path, template: "alignment", data: data)
    }

    /// The map (or the list of per-root maps) for the period's alignment page.
    func alignmentMapData(_ period: String, from path: String) -> TemplateData {
        let count = content.objectives(inPeriod: period).count
        let title = "\(strings.alignmentMap) · \(periodLabel(period))"
        guard count > Self.largestSingleMap else {
            let (nodes, edges) = alignmentElements(period, from: path)
            return ["mapSVG": Charts.alignmentMap(nodes: nodes, edges: edges, title: title, language: language, labels: alignmentLabels), "hasMap": true,
                    "rootMaps": [TemplateData]()]
        }
        let topLevel = Set(content.objectives(inPeriod: period).map(\.id).filter { organisation.depth(of: $0.unit) <= 1 })
            .union(alignmentRoots(period))
        let (nodes, edges) = alignmentElements(period, only: topLevel, from: path)
        let rootMaps = alignmentRoots(period).map { root -> TemplateData in
            var link = objectiveLink(root, from: path)
            link["mapHref"] = SitePaths.relative(from: path, to: SitePaths.alignment(period, root: root))
            link["count"] = subtree(of: root, inPeriod: period).count - (root.period == period ? 0 : 1)
            return link
        }
        let drawOverview = nodes.count <= Self.largestSingleMap * 2
        return ["mapSVG": drawOverview ? Charts.alignmentMap(nodes: nodes, edges: edges, title: title, language: language, labels: alignmentLabels) : "",
                "hasMap": drawOverview, "rootMaps": rootMaps]
    }
}
