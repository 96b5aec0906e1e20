/// What one row of a long list shows, named by the objectives it is made of: a page of `okra watch` renders a
/// row once and reuses its bytes until one of those objectives changes (``RowCache``).
///
/// A row's data must come from these objectives alone (their facts, numbers and owners) and from what an
/// incremental build never changes (the organisation, the settings, the day, the alignment graph), plus the
/// page it is on. An edit that changes anything else is rebuilt as a whole, which empties the cache.
enum RowRecipe: Hashable, Sendable {
    /// A row of a period's table of every objective (dashboard and home page).
    case listedObjective(ObjectiveID)
    /// A link to an objective, with its title, unit, period and score.
    case link(ObjectiveID)
    /// A unit page's downstream row: `descendant` aligns (through any number of steps) to the unit's objective `target`.
    case alignedBelow(ObjectiveID, target: ObjectiveID)
    /// A unit page's downstream row: a key result of another unit contributes to the unit's objective.
    case contributionBelow(Contribution, unit: String)
    /// A row of the contributions that cross departments.
    case crossDepartment(Contribution)
    /// A unit's row of the matrix: one cell per company objective, holding the unit's objectives that serve it
    /// (none: an empty cell).
    case matrixRow(unit: String, period: String, cells: [[ObjectiveID]])
    /// The list under the matrix of the unit's objectives that serve the company objective `root`, the matrix's
    /// column `column` (from 1).
    case matrixList(unit: String, root: ObjectiveID, column: Int, objectives: [ObjectiveID])

    /// A tree of the alignment page: an objective, what aligns under it, and the key results that contribute to each.
    case alignmentTree(AlignmentTreeNode)

    /// The objectives whose edit makes the row again.
    var objectives: [ObjectiveID] {
        switch self {
        case .alignmentTree(let node): return node.objectives
        case .listedObjective(let id), .link(let id): return [id]
        case .alignedBelow(let id, let target): return [id, target]
        case .contributionBelow(let contribution, _), .crossDepartment(let contribution): return [contribution.source, contribution.target]
        case .matrixRow(_, _, let cells): return cells.flatMap { $0 }
        case .matrixList(_, let root, _, let objectives): return [root] + objectives
        }
    }
}

/// One objective of an alignment page's tree, with the objectives shown under it (none where it was shown
/// before on the page, or at the greatest depth) and the contributions to it. From the graph alone.
struct AlignmentTreeNode: Hashable, Sendable {
    var id: ObjectiveID
    var children: [AlignmentTreeNode]
    var contributions: [Contribution]

    /// The objectives the tree shows: its nodes and the contributions' sources.
    var objectives: [ObjectiveID] {
        var result: [ObjectiveID] = []
        func add(_ node: AlignmentTreeNode) {
            result.append(node.id)
            result += node.contributions.map(\.source)
            for child in node.children { add(child) }
        }
        add(self)
        return result
    }
}

/// Makes the data of a page's kept rows when they are rendered afresh.
protocol RowMaker: Sendable {
    func data(for recipe: RowRecipe) -> TemplateData
}

/// A list item that is rendered from its recipe, or copied from the page's last build when that rendered the
/// same recipe in the same section and none of its objectives changed since. A class, so that a
/// ``TemplateValue`` stays the size of a reference: a recipe is well over a hundred bytes.
public final class KeptRow: Sendable {
    let recipe: RowRecipe
    let maker: any RowMaker

    init(recipe: RowRecipe, maker: any RowMaker) {
        self.recipe = recipe
        self.maker = maker
    }

    /// The row's data, made now.
    func data() -> TemplateData { maker.data(for: recipe) }
}

/// A row as the last build of its page rendered it.
struct RenderedRow: Sendable {
    var recipe: RowRecipe
    /// The template section it was rendered in.
    var section: Int
    var bytes: ByteBlock
    /// Names the row's template looked up outside the row's own data (such as `t.draft`), with what they gave:
    /// the row is reused only where they give the same.
    var outerLookups: [OuterLookup]
    /// The ``RowCache`` generation of the build that rendered it.
    var generation: Int
}

/// A name looked up outside a row's data while the row was rendered, and its value then.
struct OuterLookup: Sendable {
    var name: TemplateName
    var value: TemplateValue?
}

/// The kept rows of one page while it is rendered, in the order the page renders them: an incremental build
/// keeps the site's structure, so the n-th kept row of a page is the same row as in its last build, unless
/// the recipes or sections differ (then it is rendered afresh).
struct PageRows: Sendable {
    /// The page's template; rows kept for another template are not reused.
    let template: String
    /// Rows by their place in the page's order; nil for a row that is not kept.
    private(set) var rows: [RenderedRow?]
    /// The place of the next row.
    private var next = 0
    /// How many rows were copied from the last build.
    private(set) var reusedCount = 0
    let generation: Int
    private let changes: ChangeLog

    fileprivate init(template: String, rows: [RenderedRow?], generation: Int, changes: ChangeLog) {
        self.template = template
        self.rows = rows
        self.generation = generation
        self.changes = changes
    }

    /// The next row as the page's last build rendered it, when that was the same recipe in the same section and
    /// none of its objectives changed since; the caller still checks its outer lookups.
    func reusable(_ recipe: RowRecipe, section: Int) -> RenderedRow? {
        guard next < rows.count, let row = rows[next], row.section == section, row.recipe == recipe,
              !changes.anyChanged(recipe.objectives, after: row.generation) else { return nil }
        return row
    }

    /// Puts the row that ``reusable(_:section:)`` gave back in its place, copied.
    mutating func reuse(_ row: RenderedRow) {
        reusedCount += 1
        keep(row)
    }

    /// Puts `row` (nil: a row not to be kept) in the next place.
    mutating func keep(_ row: RenderedRow?) {
        if next < rows.count { rows[next] = row } else { rows.append(row) }
        next += 1
    }

    /// The rows the page rendered, without those of its last build that came after them.
    fileprivate var rendered: [RenderedRow?] { Array(rows.prefix(next)) }
}

/// The last build in which each edited objective changed: a row is stale when one of its objectives changed in a
/// build after the one that rendered it.
private struct ChangeLog: Sendable {
    private var lastChange: [ObjectiveID: Int] = [:]

    mutating func record(_ ids: some Sequence<ObjectiveID>, generation: Int) {
        for id in ids { lastChange[id] = generation }
    }

    /// Whether one of `ids` changed in a build after `generation` (a row rendered in that build shows its edits).
    func anyChanged(_ ids: [ObjectiveID], after generation: Int) -> Bool {
        guard !lastChange.isEmpty else { return false }
        return ids.contains { (lastChange[$0] ?? .min) > generation }
    }
}

/// The rows of the long lists of `okra watch`'s largest pages (the dashboards, the matrices, the alignment
/// lists, the archive and the pages of the top units), kept between builds as rendered bytes. A check-in
/// edit changes one objective, but these pages list thousands: with their rows kept, only the edited
/// objective's rows are made and rendered again.
///
/// A row is reused when the page is rendered with the same template, the row at its place in the page's order
/// had the same recipe and section, none of the recipe's objectives changed since the row was rendered, and every name the row's
/// template looked up outside the row's data gives the same value. A build of the whole site starts afresh.
final class RowCache: Sendable {
    private struct State: Sendable {
        var pages: [String: (template: String, rows: [RenderedRow?])] = [:]
        var generation = 0
        var changes = ChangeLog()
        var reusedInBuild = 0
    }

    private let state = Locked(State())

    /// Starts a build of the whole site: no row of an earlier build is reused.
    func forgetAll() {
        state.withValue { $0 = State() }
    }

    /// Starts an incremental build in which the objectives `changed` were edited (their data or their text).
    func startBuild(changed: some Sequence<ObjectiveID>) {
        state.withValue { state in
            state.generation += 1
            state.reusedInBuild = 0
            state.changes.record(changed, generation: state.generation)
        }
    }

    /// Takes the kept rows of the page at `path` out of the cache, for rendering it with `template`.
    func take(_ path: String, template: String) -> PageRows {
        state.withValue { state in
            let earlier = state.pages.removeValue(forKey: path)
            return PageRows(template: template, rows: earlier?.template == template ? earlier!.rows : [],
                            generation: state.generation, changes: state.changes)
        }
    }

    /// Keeps the rows that rendering the page at `path` used, in place of those it had.
    func put(_ rows: PageRows, for path: String) {
        state.withValue { state in
            state.pages[path] = (rows.template, rows.rendered)
            state.reusedInBuild += rows.reusedCount
        }
    }

    /// How many rows the pages rendered since the last ``startBuild(changed:)`` or ``forgetAll()`` copied.
    var reusedInBuild: Int { state.withValue { $0.reusedInBuild } }
}
