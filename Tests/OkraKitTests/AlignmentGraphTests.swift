import XCTest
@testable import OkraKit

/// Graph queries and roll-ups on a small organisation with a chain, a diamond, a cross-period
/// alignment and a cross-department contribution.
final class AlignmentGraphTests: XCTestCase {
    private static let site = """
    -- site.yaml --
    fiscal_year_start: 4
    -- org.yaml --
    units:
      - { id: company, name: 本社 }
      - { id: sales, name: 営業部, parent: company }
      - { id: enterprise, name: 法人営業, parent: sales }
      - { id: marketing, name: マーケティング部, parent: company }
    -- 2026/company/growth.md --
    ---
    title: 成長
    key_results:
      - { title: a, target: 10, current: 5 }
      - { title: b, target: 10, current: 5 }
    ---
    -- 2026/company/orphan.md --
    ---
    title: 誰も支えていない
    key_results:
      - { title: a, target: 10 }
      - { title: b, target: 10 }
    ---
    -- 2026-Q3/sales/pipeline.md --
    ---
    title: パイプライン
    aligns_to: [2026/company/growth]
    weight: 3
    key_results:
      - { title: a, target: 10, current: 10 }
      - { title: b, target: 10, current: 10 }
    ---
    -- 2026-Q3/marketing/leads.md --
    ---
    title: リード
    aligns_to: 2026/company/growth
    key_results:
      - { id: mql, title: a, target: 10, current: 2, contributes_to: [sales/pipeline] }
      - { title: b, target: 10, current: 2 }
    ---
    -- 2026-Q3/enterprise/accounts.md --
    ---
    title: 大口
    aligns_to: [sales/pipeline, marketing/leads]
    key_results:
      - { title: a, target: 10, current: 4 }
      - { title: b, type: milestone, done: false }
    ---
    -- 2026-Q3/enterprise/loose.md --
    ---
    title: どこにもつながらない
    health: dropped
    key_results:
      - { title: a, target: 10, current: 9 }
      - { title: b, target: 10, current: 9 }
    ---
    """

    private var outcome: CheckOutcome!
    private var site: MiniSite!

    override func setUpWithError() throws {
        site = try MiniSite(Self.site)
        outcome = try site.check(today: "2026-11-15")
    }

    override func tearDown() { site.remove() }

    private func id(_ path: String) -> ObjectiveID {
        let parts = path.split(separator: "/").map(String.init)
        return ObjectiveID(period: parts[0], unit: parts[1], slug: parts[2])
    }

    func testParentsAndChildren() {
        let graph = outcome.graph
        XCTAssertEqual(graph.parents(of: id("2026-Q3/enterprise/accounts")), [id("2026-Q3/sales/pipeline"), id("2026-Q3/marketing/leads")])
        XCTAssertEqual(graph.children(of: id("2026/company/growth")), [id("2026-Q3/marketing/leads"), id("2026-Q3/sales/pipeline")])
        XCTAssertEqual(graph.children(of: id("2026/company/orphan")), [])
    }

    func testContributionsInAndOut() {
        let contribution = Contribution(source: id("2026-Q3/marketing/leads"), keyResultID: "mql", target: id("2026-Q3/sales/pipeline"))
        XCTAssertEqual(outcome.graph.contributions(from: id("2026-Q3/marketing/leads")), [contribution])
        XCTAssertEqual(outcome.graph.contributions(to: id("2026-Q3/sales/pipeline")), [contribution])
        XCTAssertEqual(outcome.graph.crossDepartmentContributions(inPeriod: "2026-Q3"), [contribution])
    }

    func testEveryPathToTheTop() {
        let paths = outcome.graph.pathsToTop(from: id("2026-Q3/enterprise/accounts")).map { $0.map(\.path) }
        XCTAssertEqual(paths, [
            ["2026-Q3/enterprise/accounts", "2026-Q3/sales/pipeline", "2026/company/growth"],
            ["2026-Q3/enterprise/accounts", "2026-Q3/marketing/leads", "2026/company/growth"],
        ])
        XCTAssertEqual(outcome.graph.ancestors(of: id("2026-Q3/enterprise/accounts")).count, 3)
        XCTAssertEqual(Set(outcome.graph.descendants(of: id("2026/company/growth"))),
                       [id("2026-Q3/sales/pipeline"), id("2026-Q3/marketing/leads"), id("2026-Q3/enterprise/accounts")])
    }

    func testUnsupportedAndUnalignedObjectives() {
        XCTAssertEqual(outcome.graph.unsupportedRootObjectives(), [id("2026/company/orphan")])
        XCTAssertEqual(outcome.graph.unalignedObjectives(), [id("2026-Q3/enterprise/loose")])
        XCTAssertEqual(outcome.diagnostics(.unsupportedRootObjective).map(\.location.file), ["2026/company/orphan.md"])
        XCTAssertEqual(outcome.diagnostics(.unalignedObjective).map(\.location.file), ["2026-Q3/enterprise/loose.md"])
    }

    func testUnitTreeQueries() {
        let organisation = outcome.content.organisation
        XCTAssertEqual(organisation.rootID, "company")
        XCTAssertEqual(organisation.children(of: "company"), ["sales", "marketing"])
        XCTAssertEqual(organisation.ancestors(of: "enterprise"), ["sales", "company"])
        XCTAssertEqual(organisation.descendants(of: "company"), ["sales", "enterprise", "marketing"])
        XCTAssertEqual(outcome.graph.department(of: "enterprise"), "sales")
        XCTAssertEqual(outcome.graph.department(of: "company"), "company")
    }

    func testUnitAndPeriodRollUps() throws {
        let card = outcome.scorecard
        XCTAssertEqual(try XCTUnwrap(card.unit("sales", inPeriod: "2026-Q3").progress), 1, accuracy: 1e-12)
        // accounts: (0.4 + 0) / 2 = 0.2; loose is dropped and left out.
        let enterprise = card.unit("enterprise", inPeriod: "2026-Q3")
        XCTAssertEqual(enterprise.objectiveCount, 1)
        XCTAssertEqual(try XCTUnwrap(enterprise.progress), 0.2, accuracy: 1e-12)
        XCTAssertEqual(enterprise.healthCounts[.dropped], 1)
        // sales subtree: pipeline (1.0, weight 3) and accounts (0.2, weight 1).
        XCTAssertEqual(try XCTUnwrap(card.unitTree("sales", inPeriod: "2026-Q3").progress), (3 * 1.0 + 0.2) / 4, accuracy: 1e-12)
        // whole period: pipeline 1.0 ×3, leads 0.2 ×1, accounts 0.2 ×1.
        let period = card.period("2026-Q3")
        XCTAssertEqual(try XCTUnwrap(period.progress), (3 + 0.2 + 0.2) / 5, accuracy: 1e-12)
        XCTAssertEqual(period.bandCounts[.green], 1)
        XCTAssertEqual(period.bandCounts[.red], 2)
        XCTAssertEqual(try XCTUnwrap(card.unit("company", inPeriod: "2026").progress), 0.25, accuracy: 1e-12)
    }

    func testCurrentPeriodIsTheShortestContainingToday() {
        XCTAssertEqual(outcome.content.currentPeriodID, "2026-Q3")
        XCTAssertEqual(outcome.content.periods.map(\.id), ["2026", "2026-Q3"])
    }

    func testCyclesAreCutSoQueriesTerminate() throws {
        let cyclic = try MiniSite("""
        -- 2026-Q3/a/x.md --
        ---
        title: x
        aligns_to: [b/y]
        ---
        -- 2026-Q3/b/y.md --
        ---
        title: y
        aligns_to: [c/z]
        ---
        -- 2026-Q3/c/z.md --
        ---
        title: z
        aligns_to: [a/x]
        ---
        """)
        defer { cyclic.remove() }
        let result = try cyclic.check()
        let cycle = try XCTUnwrap(result.diagnostics(.alignmentCycle).first)
        XCTAssertEqual(result.diagnostics(.alignmentCycle).count, 1)
        XCTAssertTrue(cycle.message.contains("2026-Q3/a/x → 2026-Q3/b/y → 2026-Q3/c/z → 2026-Q3/a/x"), cycle.message)
        XCTAssertEqual(cycle.location.description, "2026-Q3/c/z.md:3:13")
        XCTAssertEqual(result.graph.pathsToTop(from: ObjectiveID(period: "2026-Q3", unit: "a", slug: "x")).first?.count, 3)
    }
}
