import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import OkraKit

/// The inline SVG charts: golden files for representative inputs, and properties that every output has
/// (well-formed XML, accessible name and description, finite short coordinates, no script, colours only
/// through classes), checked on the golden inputs and on generated hostile ones.
///
/// `OKRA_UPDATE_GOLDEN=1 swift test --filter ChartTests` rewrites the golden files in
/// `Tests/OkraKitTests/Fixtures/golden/charts`. `OKRA_CHART_PREVIEW=/some/dir` also writes `charts.html`
/// there with every golden chart and the stylesheet, to look at in a browser.
final class ChartTests: XCTestCase {
    func testOnlyLinksWithoutAScriptSchemeAreSafe() {
        let cases: [(String, Bool)] = [
            ("../2026-Q3/cs/index.html", true), ("a/b.html#kr-1", true), ("?q=%E6", true), ("https://example.com/x", true),
            ("javascript:alert(1)", false), ("JavaScript:x", false), (" java\tscript:x", false), ("vbscript:x", false),
            ("data:text/html,x", false), ("", false), (" \n", false),
        ]
        for (href, safe) in cases {
            XCTAssertEqual(Charts.isSafeLink(href), safe, href)
        }
    }

    func testCleaningRemovesWhatXMLForbidsAndKeepsEverythingElse() {
        // Noncharacters cannot be written in a literal.
        func s(_ value: UInt32) -> String { String(Unicode.Scalar(value)!) }
        let kept = ["顧客満足度（NPS）を４０％に上げる", "Revenue — “up” 20 % → ¥1,000", "emoji 🎯 and 𠮷野家", "ｶﾀｶﾅ ・ ※ … ‼", "plain ASCII"]
        for text in kept { XCTAssertEqual(Charts.clean(text), text, text) }
        let cleaned: [(String, String)] = [
            ("a\tb\nc\r", "a b c "), ("bell\u{07}", "bell"), ("del\u{7F}", "del"), ("c1\u{85}\u{9F}x", "c1x"),
            ("line\u{2028}para\u{2029}", "line para "), ("non" + s(0xFDD0) + "char" + s(0xFDEF), "nonchar"),
            ("end" + s(0xFFFE) + s(0xFFFF), "end"), ("plane" + s(0x1FFFE) + s(0x10FFFF), "plane"), ("目標\u{0B}です", "目標です"),
        ]
        for (text, expected) in cleaned { XCTAssertEqual(Charts.clean(text), expected, text.debugDescription) }
    }

    // MARK: - Inputs

    private static func day(_ iso: String) -> Day { Day(iso: iso)! }

    private static let q4Start = day("2026-10-01")
    private static let q4End = day("2026-12-31")

    /// 8 weekly check-ins of an increasing metric, with confidences, during the period.
    static func increasing(_ language: Language) -> CheckinChart {
        let values: [Double] = [2, 4, 5, 7, 8, 10, 11, 12]
        let confidences: [Double] = [0.9, 0.8, 0.8, 0.7, 0.6, 0.6, 0.5, 0.4]
        let points = (0..<8).map { CheckinPoint(date: day("2026-10-02").adding(days: 7 * $0), value: values[$0], confidence: confidences[$0]) }
        return CheckinChart(
            title: language == .ja ? "新規顧客を30社獲得する" : "Win 30 new customers",
            periodStart: q4Start, periodEnd: q4End, start: 0, target: 30,
            unitLabel: language == .ja ? "社" : "customers", isMilestone: false, points: points, today: day("2026-11-20"))
    }

    static func decreasing(_ language: Language) -> CheckinChart {
        let points = [("2026-10-09", 44.0, 0.7), ("2026-10-30", 42, 0.7), ("2026-11-13", 41, 0.6), ("2026-11-27", 38, 0.6)]
            .map { CheckinPoint(date: day($0.0), value: $0.1, confidence: $0.2) }
        return CheckinChart(
            title: language == .ja ? "提案から受注までの期間を平均30日に短縮する" : "Cut the time from proposal to order to 30 days",
            periodStart: q4Start, periodEnd: q4End, start: 45, target: 30,
            unitLabel: language == .ja ? "日" : "days", isMilestone: false, points: points, today: day("2026-12-04"))
    }

    /// A finished period in which the metric reached 120 % of its target; no confidences, no today.
    static func overAchieved(_ language: Language) -> CheckinChart {
        let points = [("2026-07-10", 6.0), ("2026-08-07", 11), ("2026-09-04", 19), ("2026-09-25", 24)]
            .map { CheckinPoint(date: day($0.0), value: $0.1, confidence: nil) }
        return CheckinChart(
            title: language == .ja ? "ウェビナー経由の商談を20件創出する" : "Create 20 deals from webinars",
            periodStart: day("2026-07-01"), periodEnd: day("2026-09-30"), start: 0, target: 20,
            unitLabel: language == .ja ? "件" : "deals", isMilestone: false, points: points, today: nil)
    }

    static func empty(_ language: Language) -> CheckinChart {
        CheckinChart(
            title: language == .ja
                ? "全国の主要パートナー企業との共同マーケティング施策を通じて、中堅製造業向けの新規リード獲得数を前年同期比で二倍に引き上げる"
                : "Double qualified leads from mid-sized manufacturers through joint marketing with our main partners across the country",
            periodStart: q4Start, periodEnd: q4End, start: 120, target: 240,
            unitLabel: language == .ja ? "件" : "leads", isMilestone: false, points: [], today: day("2026-10-20"))
    }

    static func milestone(done: Bool, _ language: Language) -> CheckinChart {
        var points = [CheckinPoint(date: day("2026-10-16"), value: 0, confidence: 0.6),
                      CheckinPoint(date: day("2026-11-06"), value: 0, confidence: 0.7)]
        if done { points.append(CheckinPoint(date: day("2026-11-20"), value: 1, confidence: 1)) }
        return CheckinChart(
            title: language == .ja ? "新しいCRMを全営業に導入する" : "Roll out the new CRM to every sales rep",
            periodStart: q4Start, periodEnd: q4End, start: 0, target: 1, unitLabel: nil, isMilestone: true,
            points: points, today: done ? day("2026-12-01") : nil)
    }

    static func milestoneEmpty(_ language: Language) -> CheckinChart {
        CheckinChart(title: language == .ja ? "新しい評価制度を公開する" : "Publish the new review process",
                     periodStart: q4Start, periodEnd: q4End, start: 0, target: 1, unitLabel: nil, isMilestone: true,
                     points: [], today: day("2026-11-02"))
    }

    /// A whole fiscal year (April to March) with large values and monthly check-ins.
    static func fiscalYear(_ language: Language) -> CheckinChart {
        let values: [Double] = [8_500_000, 17_200_000, 31_000_000, 42_750_000, 50_100_000, 66_000_000, 71_250_000, 83_900_000]
        let points = values.enumerated().map { index, value in
            CheckinPoint(date: Day(year: 2026, month: 4 + index, day: 28)!, value: value, confidence: index % 3 == 0 ? 0.7 : nil)
        }
        return CheckinChart(
            title: language == .ja ? "年間売上高 1億2,000万円を達成する" : "Reach annual revenue of 120 million yen",
            periodStart: day("2026-04-01"), periodEnd: day("2027-03-31"), start: 0, target: 120_000_000,
            unitLabel: "円", isMilestone: false, points: points, today: day("2026-12-10"))
    }

    /// A three-week custom period with daily check-ins of a percentage.
    static func sprint(_ language: Language) -> CheckinChart {
        let values: [Double] = [62, 63.5, 63, 65, 66.25, 68, 67.5, 69, 71, 72.5, 74, 74.5]
        let points = values.enumerated().map { index, value in
            CheckinPoint(date: day("2026-06-01").adding(days: index), value: value, confidence: 0.5 + Double(index % 4) / 10)
        }
        return CheckinChart(
            title: language == .ja ? "オンボーディング完了率を80%にする" : "Raise onboarding completion to 80%",
            periodStart: day("2026-06-01"), periodEnd: day("2026-06-21"), start: 60, target: 80,
            unitLabel: "%", isMilestone: false, points: points, today: day("2026-06-12"))
    }

    static func units(_ language: Language) -> [UnitBar] {
        let ja = language == .ja
        return [
            UnitBar(name: ja ? "営業本部" : "Sales", progress: 0.72, band: .green, href: "sales/index.html"),
            UnitBar(name: ja ? "マーケティング部" : "Marketing", progress: 0.45, band: .yellow, href: "marketing/index.html"),
            UnitBar(name: ja ? "カスタマーサクセス本部 第二グループ（西日本担当）" : "Customer Success, second group (West Japan)",
                    progress: 0.18, band: .red, href: "cs-west/index.html"),
            UnitBar(name: ja ? "研究開発部" : "R&D", progress: nil, band: nil, href: "rd/index.html"),
            UnitBar(name: "<script>alert(\"x\")</script>", progress: 0.05, band: .red, href: nil),
            UnitBar(name: "\u{200F}مبيعات الشرق الأوسط", progress: 1, band: .green, href: "javascript:alert(1)"),
        ]
    }

    static let mixedBands: [Band: Int] = [.red: 2, .yellow: 5, .green: 4]
    static let mixedHealth: [Health: Int] = [.onTrack: 5, .atRisk: 3, .offTrack: 2, .done: 1, .dropped: 1]

    /// Every golden case: file name and output.
    static func goldenCases() -> [(name: String, svg: String)] {
        var cases: [(String, String)] = []
        for language in Language.allCases {
            let suffix = language.rawValue
            cases.append(("progress-yellow-\(suffix)", Charts.progressBar(
                progress: 0.4, expected: 0.55, band: .yellow, label: increasing(language).title, language: language)))
            cases.append(("progress-over-\(suffix)", Charts.progressBar(
                progress: 1.2, expected: nil, band: .green, label: overAchieved(language).title, language: language)))
            cases.append(("progress-red-\(suffix)", Charts.progressBar(
                progress: 0.1, expected: 0.8, band: .red, label: decreasing(language).title, language: language)))
            cases.append(("checkins-increasing-\(suffix)", Charts.checkins(increasing(language), language: language)))
            cases.append(("checkins-decreasing-\(suffix)", Charts.checkins(decreasing(language), language: language)))
            cases.append(("checkins-overachieved-\(suffix)", Charts.checkins(overAchieved(language), language: language)))
            cases.append(("checkins-empty-\(suffix)", Charts.checkins(empty(language), language: language)))
            cases.append(("checkins-fiscal-year-\(suffix)", Charts.checkins(fiscalYear(language), language: language)))
            cases.append(("checkins-sprint-\(suffix)", Charts.checkins(sprint(language), language: language)))
            cases.append(("milestone-done-\(suffix)", Charts.checkins(milestone(done: true, language), language: language)))
            cases.append(("milestone-not-done-\(suffix)", Charts.checkins(milestone(done: false, language), language: language)))
            cases.append(("milestone-empty-\(suffix)", Charts.checkins(milestoneEmpty(language), language: language)))
            cases.append(("units-\(suffix)", Charts.unitBars(units(language), expected: 0.55, language: language)))
            cases.append(("units-no-expected-\(suffix)", Charts.unitBars(Array(units(language).prefix(3)), expected: nil, language: language)))
            cases.append(("units-none-\(suffix)", Charts.unitBars([], expected: 0.3, language: language)))
            cases.append(("distribution-zero-\(suffix)", Charts.distribution(bands: [:], health: [:], language: language)))
            cases.append(("distribution-mixed-\(suffix)", Charts.distribution(bands: mixedBands, health: mixedHealth, language: language)))
        }
        return cases
    }

    // MARK: - Golden files

    private static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden/charts", isDirectory: true)

    func testGoldenFiles() throws {
        let cases = Self.goldenCases()
        for (name, svg) in cases {
            try GoldenFile.assertMatches(svg + "\n", golden: Self.goldenDirectory.appendingPathComponent(name + ".svg"), tests: "ChartTests")
        }
        if let preview = ProcessInfo.processInfo.environment["OKRA_CHART_PREVIEW"] {
            try Self.writePreview(cases, to: URL(fileURLWithPath: preview, isDirectory: true))
        }
    }

    func testNoStrayGoldenFiles() throws {
        GoldenFile.assertNoStrays(in: Self.goldenDirectory, names: Set(Self.goldenCases().map { $0.name + ".svg" }), suffix: ".svg")
    }

    // MARK: - Contents

    func testDescriptionsSayTheNumbers() {
        let ja = Charts.checkins(Self.increasing(.ja), language: .ja)
        XCTAssertTrue(ja.contains("新規顧客を30社獲得する: 最新値 12社（2026年11月20日）、目標 30社、進捗 40%、期待値 55%。"), ja)
        XCTAssertTrue(ja.contains("11/20 12社（自信度 40%）"))
        XCTAssertTrue(ja.contains(">今日</text>"))
        let en = Charts.checkins(Self.increasing(.en), language: .en)
        XCTAssertTrue(en.contains("Win 30 new customers: latest value 12 customers (20 Nov 2026), target 30 customers, progress 40%, expected 55%."), en)
        XCTAssertTrue(en.contains(">today</text>"))

        let decreasing = Charts.checkins(Self.decreasing(.ja), language: .ja)
        XCTAssertTrue(decreasing.contains("最新値 38日（2026年11月27日）、目標 30日、進捗 47%"), decreasing)
        XCTAssertTrue(Charts.checkins(Self.overAchieved(.en), language: .en).contains("progress 120%"))
        XCTAssertFalse(Charts.checkins(Self.overAchieved(.en), language: .en).contains("expected"))

        let empty = Charts.checkins(Self.empty(.ja), language: .ja)
        XCTAssertTrue(empty.contains(">チェックインなし</text>"))
        XCTAssertTrue(empty.contains("チェックインなし、目標 240件、進捗 0%"))
        XCTAssertTrue(Charts.checkins(Self.empty(.en), language: .en).contains(">no check-ins yet</text>"))

        XCTAssertTrue(Charts.checkins(Self.milestone(done: true, .ja), language: .ja).contains("マイルストーン、達成（2026年11月20日）、進捗 100%"))
        XCTAssertTrue(Charts.checkins(Self.milestone(done: false, .en), language: .en).contains("milestone, not done, progress 0%"))

        let progress = Charts.progressBar(progress: 0.4, expected: 0.55, band: .yellow, label: "X", language: .ja)
        XCTAssertTrue(progress.contains("<desc id=\"okra-progress-") && progress.contains(">X: 進捗 40%（黄）、期待値 55%</desc>"), progress)
        XCTAssertTrue(progress.contains(">黄</tspan>"), "the band is written as text")
        let over = Charts.progressBar(progress: 1.2, expected: nil, band: .green, label: "X", language: .en)
        XCTAssertTrue(over.contains(">120%</tspan> <tspan class=\"okra-band-name\">green</tspan>"), over)
        XCTAssertTrue(over.contains("width=\"212\" height=\"14\" rx=\"3\""), "the fill is clamped to the track")

        let distribution = Charts.distribution(bands: Self.mixedBands, health: Self.mixedHealth, language: .ja)
        XCTAssertTrue(distribution.contains("スコア 赤 2件、黄 5件、緑 4件（計 11件）。状況 順調 5件、要注意 3件、遅れ 2件、完了 1件、中止 1件（計 12件）。"), distribution)
        for word in ["順調", "要注意", "遅れ", "完了", "中止"] { XCTAssertTrue(distribution.contains(">\(word) <tspan")) }
        let english = Charts.distribution(bands: Self.mixedBands, health: Self.mixedHealth, language: .en)
        for word in ["on track", "at risk", "off track", "done", "dropped", "red", "yellow", "green"] {
            XCTAssertTrue(english.contains(">\(word) <tspan"), word)
        }
    }

    func testUnitBarsEscapeAndLink() {
        let svg = Charts.unitBars(Self.units(.ja), expected: 0.55, language: .ja)
        XCTAssertFalse(svg.lowercased().contains("<script"))
        XCTAssertTrue(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        XCTAssertTrue(svg.contains("<a href=\"sales/index.html\" class=\"okra-row-link\">"))
        XCTAssertFalse(svg.contains("javascript:"), "script links are dropped, the row stays")
        XCTAssertTrue(svg.contains("\u{2068}\u{200F}مبيعات الشرق الأوسط\u{2069}"), "right-to-left names are isolated")
        XCTAssertTrue(svg.contains("研究開発部 目標なし"))
        XCTAssertTrue(svg.contains(">—</text>"))
        XCTAssertTrue(svg.contains("カスタマーサクセス本部 第二グループ（西日本担当）: 18%（赤）"), "the full name is in the row's tooltip")
        XCTAssertTrue(svg.contains(">期待値 55%</text>"))
    }

    func testOutputIsDeterministicAndIDsDoNotCollide() throws {
        let first = Self.goldenCases()
        let second = Self.goldenCases()
        XCTAssertEqual(first.map(\.svg), second.map(\.svg))
        var owner: [String: String] = [:]
        for (name, svg) in first {
            for id in try Self.ids(in: svg) {
                if let other = owner[id] { XCTFail("id \(id) of \(name) is also in \(other)") }
                owner[id] = name
            }
        }
    }

    // MARK: - Properties

    func testGoldenCasesHaveTheProperties() throws {
        for (name, svg) in Self.goldenCases() { try Self.checkProperties(svg, name) }
    }

    func testGeneratedInputsHaveTheProperties() throws {
        var random = ChartTestRandom(seed: 20261124)
        let awkward: [Double] = [.nan, .infinity, -.infinity, -5, 0, 1e-7, 0.004, 1, 1.2, 9_999_999, -1e12, 3.3333333, 1e300, -1e300, .greatestFiniteMagnitude]
        func number() -> Double { random.next(4) == 0 ? awkward[random.next(awkward.count)] : Double(random.next(2000)) / 10 - 20 }
        let texts = ["", "   ", "営業部", "<script>alert(1)</script>", "a & b \"c\" 'd'", "\u{202E}evil\u{202C} name", "tab\tline\nbreak\u{0}\u{7}",
                     String(repeating: "長い部門名", count: 30), "\u{200F}שלום", "👩‍💻 team", String(String.UnicodeScalarView([Unicode.Scalar(0xFFFE)!, Unicode.Scalar(0xFDD0)!, "x"]))]
        func text() -> String { texts[random.next(texts.count)] }
        func day() -> Day { Day(ordinal: 20_000 + random.next(400)) }

        for index in 0..<150 {
            let language: Language = index % 2 == 0 ? .ja : .en
            let start = day()
            let end = random.next(10) == 0 ? start.adding(days: -random.next(20)) : start.adding(days: random.next(400))
            let points = (0..<random.next(12)).map { _ in
                CheckinPoint(date: start.adding(days: random.next(500) - 50), value: number(),
                             confidence: random.next(3) == 0 ? nil : number() / 100)
            }.sorted { $0.date < $1.date }
            let chart = CheckinChart(title: text(), periodStart: start, periodEnd: end, start: number(), target: number(),
                                     unitLabel: random.next(3) == 0 ? nil : text(), isMilestone: random.next(3) == 0,
                                     points: points, today: random.next(2) == 0 ? nil : start.adding(days: random.next(500) - 50))
            try Self.checkProperties(Charts.checkins(chart, language: language), "checkins #\(index)")

            try Self.checkProperties(Charts.progressBar(progress: number() / 50, expected: random.next(3) == 0 ? nil : number() / 50,
                                                       band: Band.allCases[random.next(3)], label: text(), language: language),
                                     "progress #\(index)")

            let rows = (0..<random.next(9)).map { _ in
                UnitBar(name: text(), progress: random.next(4) == 0 ? nil : number() / 50,
                        band: random.next(4) == 0 ? nil : Band.allCases[random.next(3)],
                        href: random.next(2) == 0 ? nil : ["a/b.html", "javascript:x()", " JavaScript:x", "?q=<\"'>&", "data:text/html,x"][random.next(5)])
            }
            try Self.checkProperties(Charts.unitBars(rows, expected: random.next(3) == 0 ? nil : number() / 50, language: language),
                                     "units #\(index)")

            var bands: [Band: Int] = [:]
            for band in Band.allCases where random.next(3) > 0 { bands[band] = random.next(10) == 0 ? Int.max : random.next(40) - 3 }
            var health: [Health: Int] = [:]
            for item in Health.allCases where random.next(3) > 0 { health[item] = random.next(1000) }
            try Self.checkProperties(Charts.distribution(bands: bands, health: health, language: language), "distribution #\(index)")
        }
    }

    // MARK: - Writing into a buffer

    /// `Charts.num` writes its digits straight into a buffer; these are the strings that the version which
    /// built them with `String(Int)` and concatenation gave.
    func testCoordinatesAreWrittenAsBefore() {
        let cases: [(Double, String)] = [
            (0, "0"), (-0.0, "0"), (-0.004, "0"), (-0.005, "-0.01"), (0.005, "0.01"), (1e-9, "0"),
            (1e12, "1000000000000"), (1e13, "1000000000000"), (-1e13, "-1000000000000"), (-999_999_999_999.99, "-999999999999.99"),
            (.nan, "0"), (.infinity, "0"), (-.infinity, "0"), (12.5, "12.5"), (12.05, "12.05"), (0.1 + 0.2, "0.3"),
            (75.015, "75.02"), (188.905, "188.91"), (-3, "-3"), (-7.1, "-7.1"), (100, "100"), (0.995, "1"), (9.999, "10"),
            (1_000_000.01, "1000000.01"),
        ]
        for (value, expected) in cases {
            XCTAssertEqual(Charts.num(value), expected, "\(value)")
            var buffer = TextBuffer()
            buffer += "x="
            Charts.num(value, into: &buffer)
            XCTAssertEqual(buffer.text, "x=" + expected, "\(value)")
        }
    }

    /// A chart id hashed part by part is the 64-bit FNV-1a of the parts' text, each part followed by 0x1f:
    /// what hashing a list of strings (`String(Int)`, `Charts.key`, `Day.iso`) gave.
    func testChartHashFeedsTheBytesOfThePartsText() {
        func reference(_ kind: String, _ parts: [String]) -> String {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for part in [kind] + parts {
                for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
                hash = (hash ^ 0x1f) &* 0x0000_0100_0000_01b3
            }
            let hex = String(hash, radix: 16)
            return "okra-\(kind)-" + String(repeating: "0", count: 16 - hex.count) + hex
        }
        // Years 1970, 2026, 1, 0, negative and past 9999 (the last two are not four digits in Day.iso).
        let days = [Day(ordinal: 0), Day(iso: "2026-02-03")!, Day(ordinal: -719_000), Day(ordinal: -719_478), Day(ordinal: -800_000),
                    Day(ordinal: 3_000_000)]
        let doubles: [Double?] = [nil, 0, -0.0, 1, -1.5, .nan, .infinity, 1e300, .leastNonzeroMagnitude]
        let integers = [0, 7, -7, 20_000, Int.min, Int.max]
        var hash = Charts.ChartHash(kind: "checkins")
        var parts: [String] = []
        for day in days {
            hash.add(day)
            parts.append(day.iso)
        }
        for value in doubles {
            hash.add(value)
            parts.append(Charts.key(value))
        }
        for integer in integers {
            hash.add(integer)
            parts.append(String(integer))
        }
        hash.add("目標 & <title>")
        parts.append("目標 & <title>")
        XCTAssertEqual(hash.id, reference("checkins", parts))
        XCTAssertEqual(Charts.chartID("units", parts), reference("units", parts))
        XCTAssertEqual(Charts.ChartHash(kind: "progress").id, reference("progress", []))
    }

    func testEscapingIntoABufferGivesTheEscapedText() {
        XCTAssertEqual(HTML.escape("<a href=\"x\">it's</a> & more"), "&lt;a href=&quot;x&quot;&gt;it&#39;s&lt;/a&gt; &amp; more")
        for text in ["", "plain", "&", "<a href=\"x\">it's</a> & more", "目標 & 実績 <30社>", "'\"'", "tail&", "&head"] {
            var buffer = TextBuffer()
            buffer.appendEscaped(text)
            XCTAssertEqual(buffer.text, HTML.escape(text), text)
        }
    }

    func testBufferWritesIntegersLikeStringAndGrows() {
        for value in [0, 7, -7, 10, 99, 100, -100, 12_345, Int.min, Int.max] {
            var buffer = TextBuffer()
            buffer.appendDecimal(value)
            XCTAssertEqual(buffer.text, String(value))
        }
        for value: UInt64 in [0, 1, 15, 16, 255, 0xdead_beef, .max] {
            var buffer = TextBuffer()
            buffer.appendHexadecimal(value)
            buffer += " "
            buffer.appendHexadecimal(value, minimumCount: 16)
            let hex = String(value, radix: 16)
            XCTAssertEqual(buffer.text, hex + " " + String(repeating: "0", count: 16 - hex.count) + hex)
        }
        var buffer = TextBuffer(capacity: 1)
        var expected = ""
        for index in 0..<500 {
            let piece = "piece \(index) 日本語 " + String(repeating: "x", count: index % 40)
            buffer += "<"
            buffer.append(piece)
            buffer.appendDigits(UInt(index), minimumCount: 4)
            expected += "<" + piece + String(repeating: "0", count: 4 - String(index).count) + String(index)
        }
        XCTAssertEqual(buffer.count, expected.utf8.count)
        XCTAssertEqual(buffer.text, expected)
        var copy = TextBuffer()
        copy.append(buffer)
        copy.append(buffer)
        var end = TextBuffer()
        end += "</end>"
        copy.append(end.finish())
        XCTAssertEqual(copy.text, expected + expected + "</end>")
    }

    // MARK: - Checks

    /// Attributes that hold numbers (or lists of them).
    private static let numericAttributes: Set<String> = ["x", "y", "x1", "y1", "x2", "y2", "width", "height", "cx", "cy", "r", "rx",
                                                         "font-size", "points", "viewBox"]

    static func checkProperties(_ svg: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertFalse(svg.lowercased().contains("<script"), "\(name): raw <script", file: file, line: line)
        XCTAssertFalse(svg.lowercased().contains("javascript:"), "\(name): script link", file: file, line: line)
        XCTAssertFalse(svg.contains("<foreignObject") || svg.contains("<image") || svg.contains("style="), "\(name): foreign content",
                       file: file, line: line)

        let document: XMLDocument
        do {
            document = try XMLDocument(xmlString: svg, options: [])
        } catch {
            XCTFail("\(name): not well-formed XML: \(error)\n\(svg)", file: file, line: line)
            return
        }
        guard let root = document.rootElement() else { return XCTFail("\(name): no root", file: file, line: line) }
        XCTAssertEqual(root.name, "svg", file: file, line: line)
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" "), "\(name): namespace", file: file, line: line)
        // A picture is an `img`; a chart with links keeps the SVG's own role, so screen readers reach its links.
        let hasLinks = allElements(root).contains { $0.name == "a" }
        XCTAssertEqual(attr(root, "role")?.stringValue, hasLinks ? nil : "img", "\(name): role", file: file, line: line)
        XCTAssertNil(attr(root, "width"), "\(name): fixed width", file: file, line: line)
        XCTAssertNil(attr(root, "height"), "\(name): fixed height", file: file, line: line)

        let box = (attr(root, "viewBox")?.stringValue ?? "").split(separator: " ").compactMap { Double($0) }
        XCTAssertEqual(box.count, 4, "\(name): viewBox", file: file, line: line)
        guard box.count == 4 else { return }
        let (width, height) = (box[2], box[3])
        XCTAssertTrue(width > 0 && height > 0 && width.isFinite && height.isFinite, "\(name): viewBox size", file: file, line: line)

        // Accessible name and description.
        let elements = allElements(root)
        let children = (root.children ?? []).compactMap { $0 as? XMLElement }
        XCTAssertEqual(children.first?.name, "title", "\(name): <title> first", file: file, line: line)
        XCTAssertEqual(children.dropFirst().first?.name, "desc", "\(name): <desc> second", file: file, line: line)
        let labelledBy = (attr(root, "aria-labelledby")?.stringValue ?? "").split(separator: " ").map(String.init)
        XCTAssertEqual(labelledBy.count, 2, "\(name): aria-labelledby", file: file, line: line)
        for (id, element) in zip(labelledBy, children.prefix(2)) {
            XCTAssertEqual(attr(element, "id")?.stringValue, id, "\(name): aria-labelledby target", file: file, line: line)
            let text = (element.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            XCTAssertFalse(text.isEmpty, "\(name): empty <\(element.name ?? "")>", file: file, line: line)
        }
        let ids = elements.compactMap { attr($0, "id")?.stringValue }
        XCTAssertEqual(ids.count, Set(ids).count, "\(name): duplicate ids", file: file, line: line)

        for element in elements {
            let elementName = element.name ?? ""
            for attribute in element.attributes ?? [] {
                let attributeName = attribute.name ?? "", value = attribute.stringValue ?? ""
                if attributeName == "fill" {
                    XCTAssertTrue(value.hasPrefix("url(#"), "\(name): hard-coded fill \(value)", file: file, line: line)
                }
                XCTAssertFalse(["stroke", "color", "stop-color", "style"].contains(attributeName), "\(name): \(attributeName) attribute",
                               file: file, line: line)
                guard numericAttributes.contains(attributeName) else { continue }
                let lower = value.lowercased()
                XCTAssertFalse(lower.contains("nan") || lower.contains("inf"), "\(name): \(attributeName)=\(value)", file: file, line: line)
                let numbers = value.split(whereSeparator: { $0 == " " || $0 == "," })
                XCTAssertFalse(numbers.isEmpty, "\(name): empty \(attributeName)", file: file, line: line)
                for number in numbers {
                    guard let parsed = Double(number), parsed.isFinite else {
                        XCTFail("\(name): \(attributeName)=\(value) is not a finite number", file: file, line: line)
                        continue
                    }
                    if let dot = number.firstIndex(of: ".") {
                        XCTAssertLessThanOrEqual(number.distance(from: dot, to: number.endIndex) - 1, 2,
                                                 "\(name): \(attributeName)=\(value) has more than 2 decimals", file: file, line: line)
                    }
                    // Everything drawn lies inside the viewBox (patterns have their own coordinates).
                    if elementName != "svg", attributeName != "font-size", !isInsidePattern(element) {
                        XCTAssertTrue(parsed >= -0.01 && parsed <= max(width, height) + 0.01,
                                      "\(name): <\(elementName) \(attributeName)=\(value)> outside the viewBox", file: file, line: line)
                    }
                }
            }
            if elementName == "rect" || elementName == "line" || elementName == "circle" || elementName == "text" {
                let xs = ["x", "x1", "x2", "cx"].compactMap { attr(element, $0)?.stringValue.flatMap(Double.init) }
                let ys = ["y", "y1", "y2", "cy"].compactMap { attr(element, $0)?.stringValue.flatMap(Double.init) }
                if !isInsidePattern(element) {
                    for x in xs { XCTAssertTrue(x >= 0 && x <= width, "\(name): x \(x) outside 0…\(width)", file: file, line: line) }
                    for y in ys { XCTAssertTrue(y >= 0 && y <= height, "\(name): y \(y) outside 0…\(height)", file: file, line: line) }
                }
                if let w = attr(element, "width")?.stringValue.flatMap(Double.init), let x = xs.first {
                    XCTAssertLessThanOrEqual(x + w, width + 0.01, "\(name): rect beyond the right edge", file: file, line: line)
                }
            }
            if elementName == "text" {
                XCTAssertGreaterThanOrEqual(fontSize(of: element), 11, "\(name): text smaller than 11", file: file, line: line)
            }
            if elementName == "a" {
                let href = attr(element, "href")?.stringValue ?? ""
                XCTAssertFalse(href.isEmpty, "\(name): <a> without href", file: file, line: line)
            }
        }
    }

    /// An attribute by name (FoundationXML's `attribute(forName:)` misses them under a default namespace).
    private static func attr(_ element: XMLElement, _ name: String) -> XMLNode? {
        (element.attributes ?? []).first { $0.name == name }
    }

    private static func allElements(_ element: XMLElement) -> [XMLElement] {
        [element] + (element.children ?? []).compactMap { $0 as? XMLElement }.flatMap(allElements)
    }

    private static func isInsidePattern(_ element: XMLElement) -> Bool {
        var node: XMLNode? = element
        while let current = node {
            if current.name == "pattern" { return true }
            node = current.parent
        }
        return false
    }

    private static func fontSize(of element: XMLElement) -> Double {
        var node: XMLNode? = element
        while let current = node as? XMLElement {
            if let value = attr(current, "font-size")?.stringValue, let size = Double(value) { return size }
            node = current.parent
        }
        return 16
    }

    static func ids(in svg: String) throws -> [String] {
        let document = try XMLDocument(xmlString: svg, options: [])
        guard let root = document.rootElement() else { return [] }
        return allElements(root).compactMap { attr($0, "id")?.stringValue }
    }

    // MARK: - Preview

    /// A page with every golden chart, to look at in light and dark mode and at phone width.
    static func writePreview(_ cases: [(name: String, svg: String)], to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var html = """
            <!DOCTYPE html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Okra charts</title>
            <style>
            body { font-family: "Noto Sans CJK JP", "Hiragino Sans", sans-serif; margin: 16px; color: #1f2328; background: #fff; max-width: 760px; }
            @media (prefers-color-scheme: dark) { body { color: #e6e6e6; background: #16181c; } }
            h2 { font-size: 13px; font-weight: normal; margin: 24px 0 6px; opacity: 0.7; }
            \(Charts.stylesheet)
            </style>
            </head>
            <body>
            <h1>Okra charts</h1>

            """
        for (name, svg) in cases {
            html += "<section>\n<h2>\(name)</h2>\n\(svg)\n</section>\n"
        }
        html += "</body>\n</html>\n"
        try Data(html.utf8).write(to: directory.appendingPathComponent("charts.html"))
    }
}

/// A small deterministic generator (SplitMix64), so generated inputs are the same on every run.
private struct ChartTestRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(max(1, bound)))
    }
}
