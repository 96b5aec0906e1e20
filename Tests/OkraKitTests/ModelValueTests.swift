import XCTest
@testable import OkraKit

/// The model's values: copy-on-write storage keeps value semantics, and the model step's file order.
final class ModelValueTests: XCTestCase {
    private func keyResult(_ title: String) -> KeyResult {
        KeyResult(id: "kr1", title: title, owner: nil, ownerLocation: nil, kind: .metric(start: 0, target: 10, current: nil),
                  unitLabel: "社", weight: 1, contributesTo: [],
                  checkins: [CheckIn(date: Day(iso: "2026-10-05")!, value: 3, confidence: nil, note: nil, location: SourceLocation(file: "x"))],
                  location: SourceLocation(file: "x"))
    }

    private func objective(file: String, slug: String, title: String = "A", keyResults: [KeyResult] = []) -> Objective {
        Objective(
            id: ObjectiveID(period: "2026-Q3", unit: "sales", slug: slug), file: file, title: title,
            owner: nil, ownerLocation: nil, alignsTo: [], tags: [], weight: 1, draft: false, manualHealth: nil, manualScore: nil,
            keyResults: keyResults, body: MarkdownDocument(), titleLocation: SourceLocation(file: file),
            keyResultsLocation: SourceLocation(file: file), alignsToLocation: SourceLocation(file: file))
    }

    func testAChangedCopyOfAKeyResultLeavesTheOriginalAlone() {
        let original = keyResult("新規顧客を獲得する")
        var copy = original
        XCTAssertEqual(copy, original)
        copy.title = "既存顧客の単価を上げる"
        copy.checkins.append(CheckIn(date: Day(iso: "2026-10-12")!, value: 4, confidence: 70, note: nil, location: SourceLocation(file: "x")))
        XCTAssertEqual(original.title, "新規顧客を獲得する")
        XCTAssertEqual(original.checkins.count, 1)
        XCTAssertEqual(copy.checkins.count, 2)
        XCTAssertNotEqual(copy, original)
        XCTAssertEqual(keyResult("新規顧客を獲得する"), original, "separately made key results with the same fields are equal")
    }

    func testAKeyResultChangedThroughACopiedObjectiveLeavesTheOriginalAlone() {
        let original = objective(file: "2026-Q3/sales/a.md", slug: "a", keyResults: [keyResult("新規顧客を獲得する")])
        var copy = original
        copy.keyResults[0].title = "既存顧客の単価を上げる"
        XCTAssertEqual(original.keyResults[0].title, "新規顧客を獲得する")
        XCTAssertEqual(copy.keyResults[0].title, "既存顧客の単価を上げる")
        XCTAssertNotEqual(copy, original)
    }

    /// The parse step hands files over in path order; given another order, the model step still keeps the
    /// first file of a duplicated id in path order and reports the later one.
    func testModelStepKeepsTheFirstFileOfADuplicateIDInPathOrderWhateverTheInputOrder() {
        let first = objective(file: "2026-Q3/sales/a.md", slug: "growth", title: "first")
        let second = objective(file: "2026-Q3/sales/b.md", slug: "growth", title: "second")
        for order in [[first, second], [second, first]] {
            var log = DiagnosticLog()
            let content = ContentBuilder.build(
                settings: SiteSettings(), writtenOrganisation: nil,
                objectives: order.map { ContentBuilder.ParsedObjective(objective: $0, writtenPeriod: "2026-Q3", writtenUnit: "sales") },
                filePaths: ["2026-Q3/sales/a.md", "2026-Q3/sales/b.md"], today: Day(iso: "2026-11-15")!, includeDrafts: false, log: &log)
            XCTAssertEqual(content.objectives.map(\.title), ["first"])
            XCTAssertEqual(log.diagnostics.map(\.rule), [.duplicateID])
            XCTAssertEqual(log.diagnostics.first?.location.file, "2026-Q3/sales/b.md")
        }
    }
}
