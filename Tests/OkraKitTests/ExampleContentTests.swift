import XCTest
@testable import OkraKit

/// The committed example company in `content/`, end to end.
final class ExampleContentTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let contentDirectory = repositoryRoot.appendingPathComponent("content").path

    private func check() throws -> CheckOutcome {
        try Pipeline.check(PipelineOptions(contentDirectory: Self.contentDirectory, today: Day(iso: "2026-11-24")!))
    }

    func testExampleContentChecksClean() throws {
        let outcome = try check()
        XCTAssertEqual(outcome.summaries, [])
        XCTAssertGreaterThan(outcome.checkedFileCount, 30)
    }

    func testExampleCompanyShape() throws {
        let content = try check().content
        XCTAssertEqual(content.settings.language, .ja)
        XCTAssertEqual(content.settings.fiscalYearStart, 4)
        XCTAssertEqual(content.currentPeriodID, "2026-Q3")
        XCTAssertEqual(content.organisation.rootID, "company")
        XCTAssertTrue(content.organisation.children(of: "sales").contains("sales-enterprise"))
        for unit in ["management", "sales", "marketing", "stores", "cs"] {
            XCTAssertNotNil(content.organisation.unit(unit), unit)
        }
        let periods = Set(content.periods.map(\.id))
        XCTAssertTrue(periods.isSuperset(of: ["2026", "2026-Q2", "2026-Q3"]))
    }

    func testExampleCoversTheFeaturesThePagesShow() throws {
        let outcome = try check()
        let objectives = outcome.content.objectives
        let keyResults = objectives.flatMap(\.keyResults)
        XCTAssertTrue(keyResults.contains { if case .metric(let start, let target, _) = $0.kind { return target < start } else { return false } },
                      "a decreasing key result")
        XCTAssertTrue(keyResults.contains { if case .milestone = $0.kind { return true } else { return false } }, "a milestone")
        XCTAssertFalse(outcome.graph.crossDepartmentContributions(inPeriod: "2026-Q3").isEmpty, "a cross-department contribution")
        let archived = objectives.filter { $0.id.period == "2026-Q2" }
        XCTAssertFalse(archived.isEmpty)
        XCTAssertTrue(archived.allSatisfy { $0.manualScore != nil }, "archived objectives carry final scores")
        XCTAssertTrue(archived.allSatisfy { $0.body.section(titled: ["振り返り", "retrospective"]) != nil }, "and a retrospective")
        let current = objectives.filter { $0.id.period == "2026-Q3" }
        XCTAssertTrue(current.flatMap(\.keyResults).allSatisfy { $0.checkins.count >= 4 }, "weekly check-in histories")
        XCTAssertTrue(objectives.contains { !$0.actions.isEmpty })
        XCTAssertTrue(objectives.contains { !$0.body.links.isEmpty })
        XCTAssertTrue(objectives.contains { $0.id.period == "2026" && $0.id.unit == "company" }, "an annual company objective")
    }

    func testExampleNumbersAreWithinTheGuidesSweetSpot() throws {
        let outcome = try check()
        let period = outcome.scorecard.period("2026-Q2")
        let score = try XCTUnwrap(period.score)
        XCTAssertGreaterThan(score, 0.4)
        XCTAssertLessThan(score, 0.8)
    }
}
