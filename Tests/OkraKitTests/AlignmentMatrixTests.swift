import Foundation
import XCTest
@testable import OkraKit

/// The cross-department matrix, upstream paths, carried objectives and archives across periods.
final class AlignmentMatrixTests: XCTestCase {
    /// Two company objectives (one annual, one quarterly); a chain sales-team → sales → company;
    /// marketing serving `growth` only through a key result that contributes to a sales objective.
    static let site = """
    -- site.yaml --
    fiscal_year_start: 4
    -- org.yaml --
    units:
      - { id: company, name: Company }
      - { id: sales, name: Sales, parent: company }
      - { id: team, name: Sales team, parent: sales }
      - { id: marketing, name: Marketing, parent: company }
      - { id: cs, name: CS, parent: company }
    -- 2026/company/growth.md --
    ---
    title: Grow
    key_results: [{ title: a, target: 1 }, { title: b, target: 1 }]
    ---
    -- 2026-Q3/company/loyalty.md --
    ---
    title: Loyalty
    key_results: [{ title: a, target: 1 }, { title: b, target: 1 }]
    ---
    -- 2026-Q3/sales/pipeline.md --
    ---
    title: Pipeline
    aligns_to: [2026/company/growth]
    weight: 3
    key_results: [{ title: a, target: 10, current: 8 }, { title: b, target: 10, current: 8 }]
    ---
    -- 2026-Q3/sales/retain.md --
    ---
    title: Retain
    aligns_to: [company/loyalty]
    key_results: [{ title: a, target: 10, current: 2 }, { title: b, target: 10, current: 2 }]
    ---
    -- 2026-Q3/team/deals.md --
    ---
    title: Deals
    aligns_to: [sales/pipeline]
    key_results: [{ title: a, target: 10, current: 4 }, { title: b, target: 10, current: 4 }]
    ---
    -- 2026-Q3/marketing/leads.md --
    ---
    title: Leads
    aligns_to: [company/loyalty]
    key_results:
      - { id: mql, title: MQL, target: 10, current: 6, contributes_to: [sales/pipeline] }
      - { title: b, target: 10, current: 6 }
    ---
    -- 2026-Q3/cs/orphan.md --
    ---
    title: Orphan
    key_results: [{ title: a, target: 10, current: 5 }, { title: b, target: 10, current: 5 }]
    ---
    """

    private var site: MiniSite!
    private var outcome: CheckOutcome!

    override func setUpWithError() throws {
        site = try MiniSite(Self.site)
        outcome = try site.check(today: "2026-11-15")
    }

    override func tearDown() { site.remove() }

    private func id(_ path: String) -> ObjectiveID {
        let parts = path.split(separator: "/").map(String.init)
        return ObjectiveID(period: parts[0], unit: parts[1], slug: parts[2])
    }

    func testMatrixCountsChainsAndContributions() throws {
        let matrix = AlignmentMatrix(period: "2026-Q3", graph: outcome.graph, scorecard: outcome.scorecard)
        let growth = id("2026/company/growth"), loyalty = id("2026-Q3/company/loyalty")
        XCTAssertEqual(matrix.roots, [growth, loyalty], "annual company objectives are roots of their quarters")
        XCTAssertEqual(matrix.units, ["sales", "team", "marketing", "cs"])

        let salesGrowth = try XCTUnwrap(matrix.cell(unit: "sales", root: growth))
        XCTAssertEqual(salesGrowth.objectives, [id("2026-Q3/sales/pipeline")])
        XCTAssertEqual(try XCTUnwrap(salesGrowth.meanProgress), 0.8, accuracy: 1e-12)
        let salesLoyalty = try XCTUnwrap(matrix.cell(unit: "sales", root: loyalty))
        XCTAssertEqual(try XCTUnwrap(salesLoyalty.meanProgress), 0.2, accuracy: 1e-12)

        let teamGrowth = try XCTUnwrap(matrix.cell(unit: "team", root: growth), "through the chain team → sales → company")
        XCTAssertEqual(teamGrowth.count, 1)
        XCTAssertNil(matrix.cell(unit: "team", root: loyalty))

        XCTAssertEqual(matrix.cell(unit: "marketing", root: loyalty)?.count, 1)
        XCTAssertEqual(matrix.cell(unit: "marketing", root: growth)?.objectives, [id("2026-Q3/marketing/leads")],
                       "through the key result contributing to sales/pipeline")
        XCTAssertNil(matrix.cell(unit: "cs", root: growth))
        XCTAssertNil(matrix.cell(unit: "cs", root: loyalty))
    }

    func testServedRootsCarryTheirPath() {
        let served = outcome.graph.servedRootObjectives(of: id("2026-Q3/team/deals"))
        XCTAssertEqual(served[id("2026/company/growth")], [id("2026-Q3/team/deals"), id("2026-Q3/sales/pipeline"), id("2026/company/growth")])
        XCTAssertEqual(served.count, 1)
    }

    func testMatrixPageLinksEveryCellToItsList() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("okra-matrix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try Pipeline.build(PipelineOptions(contentDirectory: site.directory.path, today: Day(iso: "2026-11-15")!),
                               theme: try Theme.load(directory: nil), output: output.path)
        let inspector = SiteInspector(root: output)
        XCTAssertEqual(try inspector.brokenLinks().broken, [])
        let matrix = try inspector.text("2026-Q3/matrix.html")
        XCTAssertTrue(matrix.contains("href=\"#cell-marketing-1\""), "marketing serves growth")
        XCTAssertTrue(matrix.contains("id=\"cell-marketing-1\""))
        XCTAssertTrue(matrix.contains("Orphan"), "objectives aligned to nothing are listed")
        let unit = try inspector.text("2026-Q3/team/index.html")
        XCTAssertTrue(unit.contains("Deals</a> → <a href=\"../sales/pipeline.html\">Pipeline</a> → <a href=\"../../2026/company/growth.html\">Grow</a>"),
                      "upstream shows the path")
        let sales = try inspector.text("2026-Q3/sales/index.html")
        XCTAssertTrue(sales.contains("MQL"), "downstream shows other departments' contributing key results")
    }

    func testArchiveAcrossThreePeriodsWithCarriedObjectives() throws {
        let archive = try MiniSite("""
        -- site.yaml --
        fiscal_year_start: 4
        -- 2026-Q1/sales/pipeline.md --
        ---
        title: Pipeline Q1
        score: 0.3
        key_results: [{ title: a, target: 1 }, { title: b, target: 1 }]
        ---
        -- 2026-Q2/sales/pipeline.md --
        ---
        title: Pipeline Q2
        score: 0.6
        carried_from: 2026-Q1/sales/pipeline
        key_results: [{ title: a, target: 1 }, { title: b, target: 1 }]
        ---
        -- 2026-Q3/sales/pipeline-again.md --
        ---
        title: Pipeline Q3
        carried_from: 2026-q2/sales/pipeline
        key_results: [{ title: a, target: 10, current: 9 }, { title: b, target: 10, current: 9 }]
        ---
        """)
        defer { archive.remove() }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("okra-archive-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let outcome = try Pipeline.build(PipelineOptions(contentDirectory: archive.directory.path, today: Day(iso: "2026-11-15")!),
                                         theme: try Theme.load(directory: nil), output: output.path)
        XCTAssertTrue(outcome.succeeded, outcome.check.summaries.joined(separator: "\n"))
        XCTAssertEqual(outcome.check.graph.carriedTo(ObjectiveID(period: "2026-Q1", unit: "sales", slug: "pipeline")),
                       [ObjectiveID(period: "2026-Q2", unit: "sales", slug: "pipeline")])
        let inspector = SiteInspector(root: output)
        XCTAssertEqual(try inspector.brokenLinks().broken, [])
        for page in ["2026-Q1/index.html", "2026-Q2/index.html", "2026-Q3/index.html", "units/sales.html", "archive.html"] {
            XCTAssertTrue(inspector.files.contains(page), page)
        }
        let middle = try inspector.text("2026-Q2/sales/pipeline.html")
        XCTAssertTrue(middle.contains("href=\"../../2026-Q1/sales/pipeline.html\""), "carried from, linked")
        XCTAssertTrue(middle.contains("href=\"../../2026-Q3/sales/pipeline-again.html\""), "carried to, linked back")
        let history = try inspector.text("units/sales.html")
        XCTAssertTrue(history.contains("30%") && history.contains("60%") && history.contains("90%"), "score per period")
        let dashboard = try inspector.text("2026-Q3/index.html")
        XCTAssertTrue(dashboard.contains("▲ +30pt"), "each unit compared with its previous period")
    }

    func testCarriedFromIsValidated() throws {
        let broken = try MiniSite("""
        -- 2026-Q2/sales/a.md --
        ---
        title: A
        carried_from: sales/a
        ---
        -- 2026-Q3/sales/b.md --
        ---
        title: B
        carried_from: 2026-Q2/sales/missing
        ---
        -- 2026-Q3/sales/c.md --
        ---
        title: C
        carried_from: 2026-Q3/sales/c
        ---
        """)
        defer { broken.remove() }
        let outcome = try broken.check()
        XCTAssertEqual(outcome.diagnostics(.danglingReference).map(\.location.description), ["2026-Q2/sales/a.md:3:15", "2026-Q3/sales/b.md:3:15"])
        assertSingle(outcome, .selfReference, at: "2026-Q3/sales/c.md:3:15")
    }
}
