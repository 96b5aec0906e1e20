import Foundation
import XCTest
@testable import OkraKit

/// The warnings of `okra check`: practices from the domain guides and checks that need the whole model.
/// Each has a triggering case and, where a rule could easily fire too often, a case that must stay quiet.
/// (An extension, so that `--filter RuleTests` runs them with the errors.)
extension RuleTests {

    /// A small site that follows every practice as of 2026-08-20: one company objective, one
    /// department objective aligned to it, two key results each, recent check-ins, links that resolve.
    static let validSite = """
    -- site.yaml --
    title: サンプル OKR
    language: ja
    checkin_interval_days: 7
    -- org.yaml --
    units:
      - id: company
        name: 株式会社サンプル
        lead: yamada
      - id: sales
        name: 営業部
        parent: company
        lead: tanaka
    people:
      - id: yamada
        name: 山田 花子
        unit: company
      - id: tanaka
        name: 田中 太郎
        unit: sales
    -- 2026-Q3/company/growth.md --
    ---
    title: 新しい市場で存在感を確立する
    owner: yamada
    key_results:
      - id: revenue
        title: 新規事業の売上を伸ばす
        target: 100
        unit: 百万円
        checkins:
          - { date: 2026-08-14, value: 50, confidence: 0.7 }
      - id: launch
        title: 新製品を発売する
        type: milestone
        done: false
        checkins:
          - { date: 2026-08-14, confidence: 0.8 }
    ---

    部門の目標は[新規顧客基盤](../sales/new-customers.md)を参照。
    -- 2026-Q3/sales/new-customers.md --
    ---
    title: 新規顧客基盤を拡大する
    owner: tanaka
    aligns_to: [company/growth]
    tags: [新規開拓]
    key_results:
      - title: 新規顧客を獲得する
        owner: tanaka
        target: 30
        unit: 社
        checkins:
          - { date: 2026-08-07, value: 10, confidence: 0.8, note: 展示会で2社 }
          - { date: 2026-08-14, value: 16 }
      - title: 提案から受注までの期間を短縮する
        start: 45
        target: 30
        unit: 日
        checkins:
          - { date: 2026-08-14, value: 38 }
    ---

    ## Actions
    - [x] 業界イベントへの出展を決める
    - [ ] ターゲット企業リストを作る

    全社の目標: [成長](../company/growth.md)、参考: [外部資料](https://example.com/x.md)
    """

    func testValidSiteHasNoDiagnostics() throws {
        let outcome = try RuleSite.check(Self.validSite, today: "2026-08-20")
        XCTAssertEqual(outcome.summaries, [])
        // The site really was read: otherwise an empty result would prove nothing.
        XCTAssertEqual(outcome.content.objectives.map(\.id.path), ["2026-Q3/company/growth", "2026-Q3/sales/new-customers"])
        XCTAssertEqual(outcome.content.currentPeriodID, "2026-Q3")
        XCTAssertEqual(outcome.content.objectives.map(\.keyResults.count), [2, 2])
        XCTAssertEqual(outcome.graph.parents(of: outcome.content.objectives[1].id).map(\.path), ["2026-Q3/company/growth"])
        XCTAssertEqual(outcome.content.objectives[1].body.links.count, 2)
        XCTAssertEqual(outcome.checkedFileCount, 4)
    }

    // MARK: - misplaced-file

    func testMisplacedFileAtTheTop() throws {
        let outcome = try RuleSite.check("""
        -- notes.md --
        # メモ
        -- _drafts.md --
        # 下書き（'_' で始まるので無視される）
        """)
        let diagnostic = assertSingle(outcome, .misplacedFile, at: "notes.md:1:1")
        RuleSite.assertMessage(diagnostic, contains: "'<period>/<unit>/<slug>.md'", "start with '_'")
        XCTAssertEqual(diagnostic?.severity, .warning)
    }

    func testMisplacedFileTooDeep() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/archive/old.md --
        ---
        title: 古い目標
        ---
        """)
        assertSingle(outcome, .misplacedFile, at: "2026-Q3/sales/archive/old.md:1:1")
        XCTAssertTrue(outcome.content.objectives.isEmpty)
    }

    // MARK: - too-many-objectives

    func testTooManyObjectivesForOneUnitInOnePeriod() throws {
        let outcome = try RuleSite.check(Self.objectives(6, in: "2026-Q3/sales") + Self.objectives(5, in: "2026-Q3/marketing"))
        let diagnostic = assertSingle(outcome, .tooManyObjectives, at: "2026-Q3/sales/o6.md:2:1")
        RuleSite.assertMessage(diagnostic, contains: "2026-Q3/sales has 6 objectives", "3–5")
    }

    func testDroppedObjectivesDoNotCountTowardsTooMany() throws {
        let outcome = try RuleSite.check(Self.objectives(5, in: "2026-Q3/sales") + """

        -- 2026-Q3/sales/o6.md --
        ---
        title: 取りやめた目標
        health: dropped
        ---
        """)
        XCTAssertEqual(outcome.diagnostics(.tooManyObjectives).count, 0, "\(outcome.summaries)")
        XCTAssertEqual(outcome.content.objectives(inPeriod: "2026-Q3", unit: "sales").count, 6)
    }

    // MARK: - too-few-key-results / too-many-key-results

    func testTooFewKeyResultsWithOne() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
        ---
        """)
        let diagnostic = assertSingle(outcome, .tooFewKeyResults, at: "2026-Q3/sales/a.md:3:1")
        RuleSite.assertMessage(diagnostic, contains: "1 key result;", "add 1 more")
    }

    func testTooFewKeyResultsWithNone() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        owner: tanaka
        ---
        """)
        let diagnostic = assertSingle(outcome, .tooFewKeyResults, at: "2026-Q3/sales/a.md:2:1")
        RuleSite.assertMessage(diagnostic, contains: "0 key results", "add 2 more")
    }

    func testTooManyKeyResults() throws {
        let keyResults = (1...6).map { "  - title: 結果\($0)を出す\n    target: 10" }.joined(separator: "\n")
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
        \(keyResults)
        ---
        """)
        let diagnostic = assertSingle(outcome, .tooManyKeyResults, at: "2026-Q3/sales/a.md:3:1")
        RuleSite.assertMessage(diagnostic, contains: "6 key results", "2–5")
        XCTAssertEqual(outcome.content.objectives.first?.keyResults.count, 6)
        XCTAssertTrue(outcome.diagnostics(.tooFewKeyResults).isEmpty)
    }

    func testFiveKeyResultsAreNotTooMany() throws {
        let keyResults = (1...5).map { "  - title: 結果\($0)を出す\n    target: 10" }.joined(separator: "\n")
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
        \(keyResults)
        ---
        """)
        XCTAssertEqual(outcome.content.objectives.first?.keyResults.count, 5)
        XCTAssertEqual(outcome.diagnostics(.tooManyKeyResults).count + outcome.diagnostics(.tooFewKeyResults).count, 0,
                       "\(outcome.summaries)")
    }

    // MARK: - title-looks-like-key-result

    func testTitleWithCountAndJapaneseUnitLooksLikeAKeyResult() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客を30社獲得する
        ---
        """)
        let diagnostic = assertSingle(outcome, .titleLooksLikeKeyResult, at: "2026-Q3/sales/a.md:2:1")
        RuleSite.assertMessage(diagnostic, contains: "'30社'", "move the number into a key result")
    }

    func testTitleWithPercentageLooksLikeAKeyResult() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        owner: tanaka
        title: Grow revenue 20%
        ---
        """)
        let diagnostic = assertSingle(outcome, .titleLooksLikeKeyResult, at: "2026-Q3/sales/a.md:3:1")
        RuleSite.assertMessage(diagnostic, contains: "'20%'")
    }

    func testQualitativeTitlesWithNumbersDoNotLookLikeKeyResults() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 市場シェアNo.1になる
        ---
        -- 2026-Q3/sales/b.md --
        ---
        title: 2026年度の基盤を作る
        ---
        """)
        XCTAssertEqual(outcome.content.objectives.map(\.title), ["市場シェアNo.1になる", "2026年度の基盤を作る"])
        XCTAssertEqual(outcome.diagnostics(.titleLooksLikeKeyResult).map(\.message), [])
    }

    // MARK: - unaligned-objective

    func testUnalignedDepartmentObjective() throws {
        let outcome = try RuleSite.check(Self.org + """

        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        ---
        """)
        let diagnostic = assertSingle(outcome, .unalignedObjective, at: "2026-Q3/sales/a.md:2:1")
        RuleSite.assertMessage(diagnostic, contains: "aligns to nothing", "'aligns_to: [company/<slug>]'")
    }

    func testUnalignedTeamObjectiveSuggestsItsParentUnit() throws {
        let outcome = try RuleSite.check(Self.org + """

        -- 2026-Q3/sales-enterprise/a.md --
        ---
        title: 大手企業との取引を始める
        aligns_to: []
        ---
        """)
        let diagnostic = assertSingle(outcome, .unalignedObjective, at: "2026-Q3/sales-enterprise/a.md:3:1")
        RuleSite.assertMessage(diagnostic, contains: "'aligns_to: [sales/<slug>]'")
    }

    func testRootObjectiveIsNeverUnaligned() throws {
        let outcome = try RuleSite.check(Self.org + """

        -- 2026-Q3/company/growth.md --
        ---
        title: 新しい市場で存在感を確立する
        ---
        """)
        XCTAssertEqual(outcome.content.objectives.count, 1)
        XCTAssertEqual(outcome.diagnostics(.unalignedObjective).count, 0, "\(outcome.summaries)")
    }

    // MARK: - unsupported-root-objective

    func testUnsupportedRootObjective() throws {
        let outcome = try RuleSite.check(Self.org + """

        -- 2026-Q3/company/growth.md --
        ---
        title: 新しい市場で存在感を確立する
        ---
        -- 2026-Q3/company/brand.md --
        ---
        title: ブランドの信頼を高める
        ---
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [company/growth]
        ---
        """)
        let diagnostic = assertSingle(outcome, .unsupportedRootObjective, at: "2026-Q3/company/brand.md:2:1")
        RuleSite.assertMessage(diagnostic, contains: "no objective aligns to this company objective",
                               "align a department objective to '2026-Q3/company/brand'")
    }

    func testRootObjectiveSupportedByAContributionIsFine() throws {
        let outcome = try RuleSite.check(Self.org + """

        -- 2026-Q3/company/brand.md --
        ---
        title: ブランドの信頼を高める
        ---
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 導入事例を公開する
            target: 5
            contributes_to: [company/brand]
        ---
        """)
        XCTAssertEqual(outcome.graph.contributions(to: outcome.content.objectives[0].id).count, 1)
        XCTAssertEqual(outcome.diagnostics(.unsupportedRootObjective).count, 0, "\(outcome.summaries)")
    }

    // MARK: - alignment-outside-period

    func testAlignmentToAnEarlierQuarter() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q1/company/growth.md --
        ---
        title: 新しい市場で存在感を確立する
        ---
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [2026-Q1/company/growth]
        ---
        """)
        let diagnostic = assertSingle(outcome, .alignmentOutsidePeriod, at: "2026-Q3/sales/a.md:3:13")
        RuleSite.assertMessage(diagnostic, contains: "period 2026-Q1 (2026-01-01…2026-03-31)", "does not contain 2026-Q3")
    }

    func testAlignmentToTheYearIsInsideThePeriod() throws {
        let outcome = try RuleSite.check("""
        -- 2026/company/growth.md --
        ---
        title: 新しい市場で存在感を確立する
        ---
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [2026/company/growth]
        ---
        """)
        XCTAssertEqual(outcome.graph.parents(of: outcome.content.objectives[1].id).map(\.path), ["2026/company/growth"])
        XCTAssertEqual(outcome.diagnostics(.alignmentOutsidePeriod).count, 0, "\(outcome.summaries)")
    }

    // MARK: - checkin-outside-period / checkin-in-future

    func testCheckInAfterThePeriod() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-09-30, value: 20 }
              - { date: 2026-10-05, value: 24 }
        ---
        """)
        let diagnostic = assertSingle(outcome, .checkinOutsidePeriod, at: "2026-Q3/sales/a.md:8:9")
        RuleSite.assertMessage(diagnostic, contains: "2026-10-05", "outside period 2026-Q3 (2026-07-01 … 2026-09-30)")
    }

    func testCheckInBeforeAFiscalQuarter() throws {
        // With an April fiscal year, 2026-Q1 is April–June 2026.
        let outcome = try RuleSite.check("""
        -- site.yaml --
        fiscal_year_start: 4
        -- 2026-Q1/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - date: 2026-03-31
                value: 1
        ---
        """)
        let diagnostic = assertSingle(outcome, .checkinOutsidePeriod, at: "2026-Q1/sales/a.md:7:9")
        RuleSite.assertMessage(diagnostic, contains: "(2026-04-01 … 2026-06-30)")
    }

    func testCheckInInTheFuture() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-08-15, value: 10 }
              - { date: 2026-08-16, value: 12 }
        ---
        """, today: "2026-08-15")
        let diagnostic = assertSingle(outcome, .checkinInFuture, at: "2026-Q3/sales/a.md:8:9")
        RuleSite.assertMessage(diagnostic, contains: "2026-08-16 is in the future (today is 2026-08-15)")
    }

    // MARK: - stale-key-result

    func testStaleKeyResultInTheCurrentPeriod() throws {
        let outcome = try RuleSite.check("""
        -- site.yaml --
        checkin_interval_days: 7
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-08-13, value: 10 }
          - title: 受注までの期間を短縮する
            start: 45
            target: 30
            checkins:
              - { date: 2026-08-05, value: 40 }
        ---
        """, today: "2026-08-20")
        let diagnostic = assertSingle(outcome, .staleKeyResult, at: "2026-Q3/sales/a.md:8:5")
        RuleSite.assertMessage(diagnostic, contains: "'受注までの期間を短縮する'", "no check-in since 2026-08-05 (15 days)",
                               "7-day check-in interval")
    }

    func testKeyResultWithoutCheckInsIsStaleFromThePeriodStart() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
        ---
        """, today: "2026-07-20")
        let diagnostic = assertSingle(outcome, .staleKeyResult, at: "2026-Q3/sales/a.md:4:5")
        RuleSite.assertMessage(diagnostic, contains: "no check-in since the period started 19 days ago")
    }

    func testCheckInAWeekAgoIsNotStale() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-08-13, value: 10 }
        ---
        """, today: "2026-08-20")
        XCTAssertEqual(outcome.content.currentPeriodID, "2026-Q3")
        XCTAssertEqual(outcome.diagnostics(.staleKeyResult).map(\.message), [])
    }

    func testCheckInExactlyTwoIntervalsAgoIsNotYetStale() throws {
        // docs/rules.md: stale after *more than* 2 × checkin_interval_days.
        let outcome = try RuleSite.check("""
        -- site.yaml --
        checkin_interval_days: 5
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-08-10, value: 10 }
          - title: 既存顧客の単価を上げる
            target: 30
            checkins:
              - { date: 2026-08-09, value: 10 }
        ---
        """, today: "2026-08-20")
        // 10 days is not more than 2 × 5; 11 days is.
        let diagnostic = assertSingle(outcome, .staleKeyResult, at: "2026-Q3/sales/a.md:8:5")
        RuleSite.assertMessage(diagnostic, contains: "(11 days)", "5-day check-in interval")
    }

    func testKeyResultOfAPastPeriodIsNotStale() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q2/sales/old.md --
        ---
        title: 既存顧客との関係を深める
        key_results:
          - title: 継続率を高める
            target: 90
            checkins:
              - { date: 2026-05-01, value: 80 }
        ---
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-08-13, value: 10 }
        ---
        """, today: "2026-08-20")
        XCTAssertEqual(outcome.content.currentPeriodID, "2026-Q3")
        XCTAssertEqual(outcome.content.objectives.count, 2)
        XCTAssertEqual(outcome.diagnostics(.staleKeyResult).map(\.message), [])
    }

    // MARK: - low-confidence

    func testLowLatestConfidence() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-07-03, value: 2, confidence: 0.8 }
              - { date: 2026-07-10, value: 3, confidence: 0.2 }
        ---
        """)
        let diagnostic = assertSingle(outcome, .lowConfidence, at: "2026-Q3/sales/a.md:8:9")
        RuleSite.assertMessage(diagnostic, contains: "latest confidence is 0.2", "below 0.3")
    }

    func testRecoveredConfidenceIsNotLow() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-07-03, value: 2, confidence: 0.2 }
              - { date: 2026-07-10, value: 3, confidence: 0.6 }
        ---
        """)
        XCTAssertEqual(outcome.content.objectives.first?.keyResults.first?.checkins.map(\.confidence), [0.2, 0.6])
        XCTAssertEqual(outcome.diagnostics(.lowConfidence).map(\.message), [])
    }

    // MARK: - missing-link

    func testLinkToAMissingObjectiveFile() throws {
        // The column counts characters: '詳細は[営業の目標](' is 11 characters before the destination.
        let outcome = try RuleSite.check("""
        -- 2026-Q3/marketing/a.md --
        ---
        title: ブランドの信頼を高める
        ---

        詳細は[営業の目標](../sales/missing.md)を参照。
        """)
        let diagnostic = assertSingle(outcome, .missingLink, at: "2026-Q3/marketing/a.md:5:12")
        RuleSite.assertMessage(diagnostic, contains: "'../sales/missing.md'", "2026-Q3/sales/missing.md, which does not exist")
    }

    func testLinkOutsideTheContentFolder() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/marketing/a.md --
        ---
        title: ブランドの信頼を高める
        ---

        # 背景

        - 参考: [旧資料](../../../README.md)
        """)
        let diagnostic = assertSingle(outcome, .missingLink, at: "2026-Q3/marketing/a.md:7:13")
        RuleSite.assertMessage(diagnostic, contains: "points outside the content folder")
    }

    func testTwoMissingLinksInOneParagraphAreEachReportedOnTheirOwnLine() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/marketing/a.md --
        ---
        title: ブランドの信頼を高める
        ---

        [営業](../sales/missing.md) を参照。
        また [営業](../sales/missing.md) も。
        """)
        XCTAssertEqual(outcome.diagnostics(.missingLink).map(\.location.description),
                       ["2026-Q3/marketing/a.md:5:6", "2026-Q3/marketing/a.md:6:9"])
    }

    func testLinksToExistingFilesAndWebPagesAreFine() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/b.md --
        ---
        title: 既存顧客との関係を深める
        ---
        -- 2026-Q3/marketing/a.md --
        ---
        title: ブランドの信頼を高める
        ---

        [営業の目標](../sales/b.md#kr1) と [外部](https://example.com/x.md)
        """)
        let links = outcome.content.objectives.first { $0.id.unit == "marketing" }?.body.links.map(\.destination)
        XCTAssertEqual(links, ["../sales/b.md#kr1", "https://example.com/x.md"])
        XCTAssertEqual(outcome.diagnostics(.missingLink).map(\.message), [])
    }

    // MARK: - unknown-owner

    func testOwnerThatLooksLikeAMisspeltPerson() throws {
        let outcome = try RuleSite.check(Self.org + """

        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        owner: tanakaa
        ---
        """)
        let diagnostic = assertSingle(outcome, .unknownOwner, at: "2026-Q3/sales/a.md:3:8")
        RuleSite.assertMessage(diagnostic, contains: "owner 'tanakaa'", "did you mean 'tanaka'?", "free-text name is fine")
    }

    func testKeyResultOwnerThatLooksLikeAMisspeltPerson() throws {
        let outcome = try RuleSite.check(Self.org + """

        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        owner: tanaka
        key_results:
          - title: 新規顧客を獲得する
            owner: suzuky
            target: 30
        ---
        """)
        let diagnostic = assertSingle(outcome, .unknownOwner, at: "2026-Q3/sales/a.md:6:12")
        RuleSite.assertMessage(diagnostic, contains: "did you mean 'suzuki'?")
    }

    func testFreeTextOwnerIsFine() throws {
        let outcome = try RuleSite.check(Self.org + """

        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        owner: 山田 花子
        key_results:
          - title: 新規顧客を獲得する
            owner: Tanaka
            target: 30
        ---
        """)
        XCTAssertEqual(outcome.content.objectives.first?.owner, "山田 花子")
        XCTAssertEqual(outcome.diagnostics(.unknownOwner).map(\.message), [])
    }

    // MARK: - Support

    static let org = """
    -- org.yaml --
    units:
      - id: company
        name: 株式会社サンプル
      - id: sales
        name: 営業部
        parent: company
      - id: sales-enterprise
        name: 法人営業チーム
        parent: sales
    people:
      - id: tanaka
        name: 田中 太郎
        unit: sales
      - id: suzuki
        name: 鈴木 一郎
        unit: sales
    """

    /// `count` objective files `o1.md` … in `folder`, each with two key results.
    static func objectives(_ count: Int, in folder: String) -> String {
        (1...count).map { index in
            """

            -- \(folder)/o\(index).md --
            ---
            title: 目標\(index)を達成する
            key_results:
              - { title: 結果Aを出す, target: 10 }
              - { title: 結果Bを出す, target: 10 }
            ---
            """
        }.joined()
    }
}
