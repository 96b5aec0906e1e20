import Foundation
import XCTest
@testable import OkraKit

/// Interface strings, dates and numbers in both languages; drafts.
final class LanguageAndFormattingTests: XCTestCase {
    func testEveryInterfaceStringExistsInBothLanguages() {
        let japanese = Strings(language: .ja).dictionary
        let english = Strings(language: .en).dictionary
        XCTAssertEqual(Set(japanese.keys), Set(english.keys))
        for (key, value) in english {
            XCTAssertFalse(value.isEmpty, key)
            XCTAssertFalse(japanese[key]!.isEmpty, key)
            XCTAssertFalse(value.unicodeScalars.contains { $0.value >= 0x3040 && $0.value <= 0x9FFF }, "English '\(key)' holds Japanese: \(value)")
        }
        XCTAssertNotEqual(japanese["keyResults"], english["keyResults"])
    }

    func testDatesAndNumbersFollowTheLanguage() {
        let ja = Formatter(language: .ja), en = Formatter(language: .en)
        let day = Day(iso: "2026-11-04")!
        XCTAssertEqual(ja.date(day), "2026年11月4日")
        XCTAssertEqual(en.date(day), "4 Nov 2026")
        XCTAssertEqual(ja.shortDate(day), "11/4")
        XCTAssertEqual(en.shortDate(day), "4 Nov")
        XCTAssertEqual(ja.number(1_234_567.5), "1,234,567.5")
        XCTAssertEqual(ja.number(12_005_009), "12,005,009")
        XCTAssertEqual(ja.number(1_000), "1,000")
        XCTAssertEqual(ja.number(999.99), "999.99")
        XCTAssertEqual(ja.number(-45_070.1), "-45,070.1")
        XCTAssertEqual(ja.number(0), "0")
        XCTAssertEqual(en.number(-0.25), "-0.25")
        XCTAssertEqual(en.number(30), "30")
        XCTAssertEqual(ja.quantity(30, unit: "社"), "30社")
        XCTAssertEqual(en.quantity(30, unit: "customers"), "30 customers")
        XCTAssertEqual(en.quantity(12.5, unit: "%"), "12.5%")
        XCTAssertEqual(ja.percent(0.625), "63%")
        XCTAssertEqual(ja.percent(1.2), "120%")
        let quarter = Period.computed("2026-Q3", fiscalYearStart: 4)!
        XCTAssertEqual(quarter.label(in: .ja, fiscalYearStart: 4), "2026年度 第3四半期")
        XCTAssertEqual(quarter.label(in: .en, fiscalYearStart: 4), "FY2026 Q3")
        XCTAssertEqual(Period.computed("2026-Q3", fiscalYearStart: 1)!.label(in: .en, fiscalYearStart: 1), "2026 Q3")
    }

    /// The formats write digits into a buffer; these are the strings that the version which built them
    /// with `String(Int)`, arrays of groups and concatenation gave.
    func testNumbersAndDatesAtTheEdges() {
        let ja = Formatter(language: .ja), en = Formatter(language: .en)
        let numbers: [(Double, String)] = [
            (0, "0"), (-0.0, "0"), (-0.004, "0"), (-0.005, "-0.01"), (0.004, "0"), (0.005, "0.01"), (0.01, "0.01"), (-0.01, "-0.01"),
            (1e12, "1,000,000,000,000"), (-1e12, "-1,000,000,000,000"), (1_234_567.891, "1,234,567.89"), (4.05, "4.05"),
            (999.999, "1,000"), (-1234.5, "-1,234.5"), (1001, "1,001"), (1_000_000, "1,000,000"), (1_000_001.1, "1,000,001.1"),
            (1_000_000_000.07, "1,000,000,000.07"), (2.675, "2.68"), (1.005, "1"), (9_007_199_254_740.99, "9,007,199,254,740.99"),
            (1e15 + 0.5, "1,000,000,000,000,000.5"),
        ]
        for (value, expected) in numbers {
            XCTAssertEqual(ja.number(value), expected, "\(value)")
            var buffer = TextBuffer()
            en.number(value, into: &buffer)
            XCTAssertEqual(buffer.text, expected, "\(value)")
        }
        let percents: [(Double, String)] = [(0, "0%"), (-0.004, "0%"), (-0.005, "-1%"), (0.625, "63%"), (-2.5, "-250%"), (1e6, "100000000%")]
        for (fraction, expected) in percents { XCTAssertEqual(ja.percent(fraction), expected, "\(fraction)") }
        XCTAssertEqual(ja.quantity(-3, unit: "％"), "-3%")
        XCTAssertEqual(ja.quantity(3, unit: ""), "3")
        XCTAssertEqual(ja.quantity(3, unit: nil), "3")
        XCTAssertEqual(en.quantity(1234, unit: "\u{2068}עסקאות\u{2069}"), "1,234 \u{2068}עסקאות\u{2069}")
        XCTAssertEqual(ja.quantity(8, unit: "万円"), "8万円")
        // Years before 1000, before year 0 and after 9999 are written as `String(year)`.
        for day in [Day(ordinal: -719_000), Day(ordinal: -800_000), Day(ordinal: 3_000_000)] {
            let (year, month, dayOfMonth) = day.components
            let monthName = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
            XCTAssertEqual(ja.date(day), "\(year)年\(month)月\(dayOfMonth)日")
            XCTAssertEqual(en.date(day), "\(dayOfMonth) \(monthName) \(year)")
            XCTAssertEqual(ja.shortDate(day), "\(month)/\(dayOfMonth)")
            XCTAssertEqual(en.shortDate(day), "\(dayOfMonth) \(monthName)")
        }
    }

    func testPagesUseTheSiteLanguage() throws {
        for (content, language, expected, foreign) in [(SiteBuildTests.fixtureSite, "en", "Key results", "主要な結果"),
                                                       (ExampleContentTests.contentDirectory, "ja", "主要な結果", "Key results")] {
            let outcome = try Pipeline.check(PipelineOptions(contentDirectory: content, today: Day(iso: "2026-11-24")!))
            let theme = try Theme.load(directory: nil)
            let page = PageBuilder(outcome: outcome).allPages().first { $0.template == "objective" }!
            let html = theme.render(page)
            XCTAssertTrue(html.contains("<html lang=\"\(language)\""))
            XCTAssertTrue(html.contains(expected), "\(language): \(page.path)")
            XCTAssertFalse(html.contains(foreign), "\(language): \(page.path)")
        }
    }

    func testDraftsAreLeftOutUnlessAskedFor() throws {
        let site = try MiniSite("""
        -- 2026-Q3/sales/published.md --
        ---
        title: Published
        ---
        -- 2026-Q3/sales/idea.md --
        ---
        title: Idea
        draft: true
        aligns_to: [sales/published]
        ---
        """)
        defer { site.remove() }
        XCTAssertEqual(try site.check().content.objectives.map(\.title), ["Published"])
        XCTAssertEqual(Set(try site.check(drafts: true).content.objectives.map(\.title)), ["Published", "Idea"])
        XCTAssertEqual(try site.check().diagnostics(.danglingReference), [], "a draft's references are still checked, and valid")
    }
}
