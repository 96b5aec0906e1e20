import XCTest
@testable import OkraKit

/// Every number of the content format.
final class NumbersTests: XCTestCase {
    private let quarter = Period.computed("2026-Q3", fiscalYearStart: 4)!

    private func metric(start: Double = 0, target: Double, current: Double? = nil, checkins: [(String, Double)] = [], weight: Double = 1) -> KeyResult {
        KeyResult(
            id: "kr", title: "kr", owner: nil, ownerLocation: nil,
            kind: .metric(start: start, target: target, current: current), unitLabel: nil, weight: weight, contributesTo: [],
            checkins: checkins.map { CheckIn(date: Day(iso: $0.0)!, value: $0.1, confidence: nil, note: nil, location: SourceLocation(file: "x")) },
            location: SourceLocation(file: "x"))
    }

    private func milestone(done: Bool, weight: Double = 1) -> KeyResult {
        KeyResult(id: "m", title: "m", owner: nil, ownerLocation: nil, kind: .milestone(done: done), unitLabel: nil, weight: weight,
                  contributesTo: [], checkins: [], location: SourceLocation(file: "x"))
    }

    private func objective(_ keyResults: [KeyResult], score: Double? = nil, health: Health? = nil) -> Objective {
        Objective(
            id: ObjectiveID(period: "2026-Q3", unit: "sales", slug: "a"), file: "2026-Q3/sales/a.md", title: "A",
            owner: nil, ownerLocation: nil, alignsTo: [], tags: [], weight: 1, draft: false, manualHealth: health, manualScore: score,
            keyResults: keyResults, body: MarkdownDocument(), titleLocation: SourceLocation(file: "x"),
            keyResultsLocation: SourceLocation(file: "x"), alignsToLocation: SourceLocation(file: "x"))
    }

    private let midQuarter = Day(iso: "2026-11-15")!

    func testIncreasingMetricProgress() {
        let score = Progress.score(of: metric(start: 0, target: 30, checkins: [("2026-10-09", 4), ("2026-10-16", 12)]), in: quarter, on: midQuarter)
        XCTAssertEqual(score.current, 12)
        XCTAssertEqual(score.progress, 0.4, accuracy: 1e-12)
    }

    func testDecreasingMetricProgress() {
        let score = Progress.score(of: metric(start: 45, target: 30, current: 38), in: quarter, on: midQuarter)
        XCTAssertEqual(score.rawProgress, 7.0 / 15.0, accuracy: 1e-12)
        let worse = Progress.score(of: metric(start: 45, target: 30, current: 50), in: quarter, on: midQuarter)
        XCTAssertEqual(worse.rawProgress, -5.0 / 15.0, accuracy: 1e-12)
        XCTAssertEqual(worse.progress, 0)
    }

    func testOverachievementIsRawButClampedForScores() {
        let score = Progress.score(of: metric(start: 0, target: 10, current: 12), in: quarter, on: midQuarter)
        XCTAssertEqual(score.rawProgress, 1.2, accuracy: 1e-12)
        XCTAssertEqual(score.progress, 1)
    }

    func testCurrentWinsOverCheckinsAndStartIsTheFallback() {
        XCTAssertEqual(Progress.score(of: metric(target: 10, current: 3, checkins: [("2026-10-09", 8)]), in: quarter, on: midQuarter).current, 3)
        let none = Progress.score(of: metric(start: 5, target: 10), in: quarter, on: midQuarter)
        XCTAssertEqual(none.current, 5)
        XCTAssertEqual(none.progress, 0)
    }

    func testLatestCheckinIsByDateNotByFileOrder() {
        let keyResult = metric(target: 10, checkins: [("2026-10-16", 6), ("2026-10-09", 2)].sorted { $0.0 < $1.0 })
        XCTAssertEqual(Progress.score(of: keyResult, in: quarter, on: midQuarter).current, 6)
    }

    func testMilestoneProgress() {
        XCTAssertEqual(Progress.score(of: milestone(done: true), in: quarter, on: midQuarter).progress, 1)
        XCTAssertEqual(Progress.score(of: milestone(done: false), in: quarter, on: midQuarter).progress, 0)
    }

    func testObjectiveProgressIsWeightedMeanOfClampedKeyResults() {
        let numbers = Progress.score(of: objective([
            metric(target: 10, current: 5, weight: 2),   // 0.5 × 2
            milestone(done: true, weight: 1),             // 1 × 1
            metric(target: 10, current: 20, weight: 1),   // clamped to 1 × 1
        ]), in: quarter, on: midQuarter)
        XCTAssertEqual(numbers.progress, (0.5 * 2 + 1 + 1) / 4, accuracy: 1e-12)
        XCTAssertEqual(numbers.score, numbers.progress)
    }

    func testZeroWeightsGiveZeroProgress() {
        XCTAssertEqual(Progress.score(of: objective([metric(target: 10, current: 5, weight: 0)]), in: quarter, on: midQuarter).progress, 0)
    }

    func testManualScoreAndBands() {
        let numbers = Progress.score(of: objective([metric(target: 10, current: 1)], score: 0.7), in: quarter, on: midQuarter)
        XCTAssertEqual(numbers.score, 0.7)
        XCTAssertEqual(numbers.band, .green)
        XCTAssertEqual(Band(score: 0.39999), .red)
        XCTAssertEqual(Band(score: 0.4), .yellow)
        XCTAssertEqual(Band(score: 0.69), .yellow)
        XCTAssertEqual(Band(score: 0.1 * 7), .green)
        XCTAssertEqual(Band(score: 1), .green)
    }

    func testExpectedProgressIsElapsedFraction() {
        XCTAssertEqual(quarter.start.iso, "2026-10-01")
        XCTAssertEqual(quarter.end.iso, "2026-12-31")
        XCTAssertEqual(quarter.elapsedFraction(on: Day(iso: "2026-09-30")!), 0)
        XCTAssertEqual(quarter.elapsedFraction(on: quarter.start), 0)
        XCTAssertEqual(quarter.elapsedFraction(on: Day(iso: "2026-11-15")!), 45.0 / 91.0, accuracy: 1e-12)
        XCTAssertEqual(quarter.elapsedFraction(on: quarter.end), 1)
        XCTAssertEqual(quarter.elapsedFraction(on: Day(iso: "2027-01-05")!), 1)
    }

    func testHealthRule() {
        XCTAssertEqual(HealthRule.health(progress: 1, expected: 0.5, latestConfidence: nil), .done)
        XCTAssertEqual(HealthRule.health(progress: 0, expected: 0.05, latestConfidence: nil), .onTrack)
        XCTAssertEqual(HealthRule.health(progress: 0.48, expected: 0.5, latestConfidence: nil), .onTrack)   // pace 0.96
        XCTAssertEqual(HealthRule.health(progress: 0.4, expected: 0.5, latestConfidence: nil), .atRisk)     // pace 0.8
        XCTAssertEqual(HealthRule.health(progress: 0.3, expected: 0.5, latestConfidence: nil), .offTrack)   // pace 0.6
        XCTAssertEqual(HealthRule.health(progress: 0.48, expected: 0.5, latestConfidence: 0.4), .atRisk)
        XCTAssertEqual(HealthRule.health(progress: 0.4, expected: 0.5, latestConfidence: 0.4), .offTrack)
        XCTAssertEqual(HealthRule.health(progress: 0.48, expected: 0.5, latestConfidence: 0.9), .onTrack)
    }

    func testManualHealthWins() {
        let numbers = Progress.score(of: objective([metric(target: 10, current: 10)], health: .atRisk), in: quarter, on: midQuarter)
        XCTAssertEqual(numbers.health, .atRisk)
        XCTAssertTrue(numbers.healthIsManual)
    }
}

/// Calendar arithmetic: fiscal periods, the year boundary and leap days.
final class PeriodTests: XCTestCase {
    func testFiscalQuartersStartingInApril() {
        let expected = [
            ("2026-Q1", "2026-04-01", "2026-06-30"), ("2026-Q2", "2026-07-01", "2026-09-30"),
            ("2026-Q3", "2026-10-01", "2026-12-31"), ("2026-Q4", "2027-01-01", "2027-03-31"),
            ("2026-H1", "2026-04-01", "2026-09-30"), ("2026-H2", "2026-10-01", "2027-03-31"),
            ("2026", "2026-04-01", "2027-03-31"),
        ]
        for (id, start, end) in expected {
            let period = Period.computed(id, fiscalYearStart: 4)
            XCTAssertEqual(period?.start.iso, start, id)
            XCTAssertEqual(period?.end.iso, end, id)
        }
    }

    func testCalendarQuartersAndLeapYears() {
        XCTAssertEqual(Period.computed("2028-Q1", fiscalYearStart: 1)?.end.iso, "2028-03-31")
        XCTAssertEqual(Period.computed("2028-Q1", fiscalYearStart: 1)?.length, 91)   // 31 + 29 + 31
        XCTAssertEqual(Period.computed("2027-Q1", fiscalYearStart: 1)?.length, 90)
        XCTAssertEqual(Period.computed("2027-Q4", fiscalYearStart: 4)?.end.iso, "2028-03-31")
        XCTAssertEqual(Period.computed("2027-Q4", fiscalYearStart: 4)?.length, 91)   // contains 2028-02-29
        XCTAssertEqual(Period.computed("2026", fiscalYearStart: 10)?.end.iso, "2027-09-30")
        XCTAssertEqual(Period.computed("2026-Q2", fiscalYearStart: 12)?.start.iso, "2027-03-01")
    }

    func testPeriodIDsAreCaseInsensitiveAndStrict() {
        XCTAssertEqual(Period.computed("2026-q3", fiscalYearStart: 1)?.id, "2026-Q3")
        XCTAssertEqual(Period.canonicalID("2026-h1"), "2026-H1")
        XCTAssertEqual(Period.canonicalID("Sprint-12"), "sprint-12")
        for bad in ["2026-Q5", "2026-Q0", "2026-H3", "26-Q1", "2026Q1", "2026-Q12", "abcd"] {
            XCTAssertNil(Period.computed(bad, fiscalYearStart: 4), bad)
        }
    }

    func testLeapDays() {
        XCTAssertNotNil(Day(iso: "2028-02-29"))
        XCTAssertNotNil(Day(iso: "2000-02-29"))
        XCTAssertNil(Day(iso: "2027-02-29"))
        XCTAssertNil(Day(iso: "2100-02-29"))
        XCTAssertEqual(Day(iso: "2028-02-28")!.adding(days: 1).iso, "2028-02-29")
        XCTAssertEqual(Day(iso: "2028-02-29")!.adding(days: 1).iso, "2028-03-01")
    }

    func testDayParsingIsStrictAndRoundTrips() {
        for bad in ["2026-1-01", "2026/01/01", "2026-13-01", "2026-00-10", "2026-04-31", "", "２０２６-01-01", "2026-01-01T00:00"] {
            XCTAssertNil(Day(iso: bad), bad)
        }
        XCTAssertEqual(Day(iso: "1970-01-01")?.ordinal, 0)
        var day = Day(iso: "1999-12-25")!
        for _ in 0..<20_000 {
            XCTAssertEqual(Day(iso: day.iso), day)
            day = day.adding(days: 1)
        }
    }
}
