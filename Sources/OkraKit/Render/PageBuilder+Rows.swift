/// The rows of the long lists, made from their recipes: at once by `okra build`, and only when a row is
/// rendered afresh by `okra watch`, which keeps the rest between builds (``RowCache``).
extension PageBuilder {
    /// The rows of the page at `path`.
    func rows(on path: String) -> RowSource {
        RowSource(builder: self, path: path, maker: keepsRows ? PageRowMaker(builder: self, path: path) : nil)
    }

    /// Whether `okra watch` keeps the rows of this page: the pages that list a whole period, and those of the
    /// top two levels of units, whose downstream lists reach most objectives of the period.
    func keepsRows(of job: PageJob) -> Bool {
        switch job {
        case .home, .archive, .dashboard, .alignment, .matrix: return true
        case .unit(let unit, _): return organisation.depth(of: unit) <= 1
        case .search, .alignmentRoot, .objective, .person, .unitHistory: return false
        }
    }

    /// The data of a row on the page at `path`.
    func rowData(_ recipe: RowRecipe, from path: String) -> TemplateData {
        switch recipe {
        case .listedObjective(let id):
            guard let objective = content.objective(id), let score = scorecard.score(of: id) else { return objectiveLink(id, from: path) }
            var row = objectiveLink(id, from: path)
            row["unit"] = id.unit
            row["unitHref"] = SitePaths.relative(from: path, to: SitePaths.unit(id.unit, period: id.period))
            row["owner"] = ownerData(objective.owner, from: path) ?? false
            row["health"] = healthData(score.health, manual: score.healthIsManual)
            row["progressPercent"] = format.percent(score.progress)
            row["draft"] = objective.draft
            return row
        case .link(let id):
            return objectiveLink(id, from: path)
        case .alignedBelow(let descendant, let target):
            var row = objectiveLink(descendant, from: path)
            row["target"] = objectiveLink(target, from: path)
            row["isContribution"] = false
            return row
        case .contributionBelow(let contribution, let unit):
            var row = objectiveLink(contribution.source, from: path)
            row["href"] = SitePaths.relative(from: path, to: SitePaths.objective(contribution.source)) + "#kr-\(contribution.keyResultID)"
            row["keyResult"] = keyResultTitle(contribution)
            row["target"] = objectiveLink(contribution.target, from: path)
            row["isContribution"] = true
            row["crossesDepartments"] = graph.department(of: contribution.source.unit) != graph.department(of: unit)
            return row
        case .matrixRow(let unit, let period, let cells):
            return [
                "unitName": unitName(unit),
                "unitHref": SitePaths.relative(from: path, to: SitePaths.unit(unit, period: period)),
                "depth": organisation.depth(of: unit),
                "cells": cells.enumerated().map { index, objectives -> TemplateData in
                    guard !objectives.isEmpty else { return ["empty": true] }
                    let mean = AlignmentMatrix.meanProgress(of: objectives, content: content, scorecard: scorecard)
                    return [
                        "empty": false,
                        "href": "#\(Self.matrixAnchor(unit: unit, column: index + 1))",
                        "count": objectives.count,
                        "progressPercent": mean.map(format.percent) ?? "—",
                        "band": mean.map { Band(score: $0).rawValue } ?? "",
                        "bandName": mean.map { strings.bandName(Band(score: $0)) } ?? "",
                        "hasBand": mean != nil,
                    ]
                },
            ]
        case .matrixList(let unit, let root, let column, let objectives):
            return [
                "anchor": Self.matrixAnchor(unit: unit, column: column),
                "unitName": unitName(unit),
                "rootTitle": content.objective(root)?.title ?? root.path,
                "objectives": objectives.map { TemplateValue.object(rowData(.link($0), from: path)) },
            ]
        case .alignmentTree(let node):
            var data = objectiveLink(node.id, from: path)
            data["children"] = node.children.map { rowData(.alignmentTree($0), from: path) }
            data["hasChildren"] = !node.children.isEmpty
            data["contributions"] = node.contributions.map { contribution -> TemplateData in
                var link = objectiveLink(contribution.source, from: path)
                link["keyResult"] = keyResultTitle(contribution)
                return link
            }
            return data
        case .crossDepartment(let contribution):
            var source = objectiveLink(contribution.source, from: path)
            source["href"] = SitePaths.relative(from: path, to: SitePaths.objective(contribution.source)) + "#kr-\(contribution.keyResultID)"
            return [
                "source": source,
                "target": objectiveLink(contribution.target, from: path),
                "keyResult": keyResultTitle(contribution),
            ]
        }
    }
}

/// Makes a page's rows: each as its data (`okra build`), or as a kept row whose data is made when it is
/// rendered afresh (`okra watch`).
struct RowSource {
    let builder: PageBuilder
    let path: String
    let maker: PageRowMaker?

    func row(_ recipe: RowRecipe) -> TemplateValue {
        if let maker { return .kept(KeptRow(recipe: recipe, maker: maker)) }
        return .object(builder.rowData(recipe, from: path))
    }

    func links(_ ids: [ObjectiveID]) -> [TemplateValue] { ids.map { row(.link($0)) } }
}

/// The page builder and a page's path, shared by the page's kept rows.
final class PageRowMaker: RowMaker {
    let builder: PageBuilder
    let path: String

    init(builder: PageBuilder, path: String) {
        self.builder = builder
        self.path = path
    }

    func data(for recipe: RowRecipe) -> TemplateData { builder.rowData(recipe, from: path) }
}
