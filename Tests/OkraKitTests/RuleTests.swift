import Foundation
import XCTest
@testable import OkraKit

/// One test per diagnostic of `okra check`: a minimal mini-site that triggers it, the rule id,
/// the exact `path:line:column` and the key words of the message that say how to fix it.
/// Errors are here; warnings are in RuleTests+Warnings.swift.
///
/// Line numbers count from the top of the file: in an objective file the opening `---` is line 1.
/// Columns count characters, not bytes.
final class RuleTests: XCTestCase {

    // MARK: - The rule list itself

    func testEveryRuleHasAUniqueIDAndASummary() {
        let ids = Rule.allCases.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "duplicate rule ids: \(ids)")
        XCTAssertEqual(ids.count, 39, "the list of rules changed: update RuleTests and the docs")
        for rule in Rule.allCases {
            XCTAssertFalse(rule.summary.trimmingCharacters(in: .whitespaces).isEmpty, "\(rule.id) has no summary")
            XCTAssertTrue(rule.summary.hasSuffix("."), "\(rule.id): a summary is one sentence: \(rule.summary)")
            XCTAssertNotNil(rule.id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression), "\(rule.id) is not kebab-case")
        }
        XCTAssertEqual(Set(Rule.allCases.map(\.summary)).count, Rule.allCases.count, "two rules share a summary")
    }

    func testWarningsAreExactlyThePracticeRules() {
        let warnings = Rule.allCases.filter { $0.severity == .warning }.map(\.id)
        XCTAssertEqual(warnings, [
            "misplaced-file", "too-many-objectives", "too-few-key-results", "too-many-key-results",
            "title-looks-like-key-result", "unaligned-objective", "unsupported-root-objective",
            "alignment-outside-period", "checkin-outside-period", "checkin-in-future", "stale-key-result",
            "low-confidence", "missing-link", "unknown-owner",
        ])
        XCTAssertEqual(Rule.allCases.filter { $0.severity == .error }.count, 25)
    }

    // MARK: - The whole tree is checked

    func testEveryBrokenFileIsReportedSortedByFile() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/c.md --
        # 見出しだけでフロントマターがない
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        owner: tanaka
        health: ontrack
        ---
        -- 2026-Q3/sales/b.md --
        ---
        title: 受注までの期間を短縮する
        score: high
        ---
        """)
        let errors = outcome.diagnostics.filter { $0.severity == .error }.map { "\($0.location) \($0.rule.id)" }
        XCTAssertEqual(errors, [
            "2026-Q3/sales/a.md:4:9 invalid-value",
            "2026-Q3/sales/b.md:3:8 not-a-number",
            "2026-Q3/sales/c.md:1:1 front-matter-missing",
        ])
        XCTAssertEqual(outcome.errorCount, 3)
    }

    func testDiagnosticsOfOneFileAreSortedByLine() throws {
        // The parser meets 'score' (line 5) before 'health' (line 2); the output is still in line order.
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        health: ontrack
        title: 新規顧客基盤を拡大する
        owner: tanaka
        score: high
        ---
        """)
        let errors = outcome.diagnostics.filter { $0.severity == .error }.map { "\($0.location) \($0.rule.id)" }
        XCTAssertEqual(errors, ["2026-Q3/sales/a.md:2:9 invalid-value", "2026-Q3/sales/a.md:5:8 not-a-number"])
    }

    // MARK: - invalid-utf8

    func testInvalidUTF8PointsAtTheFirstBadByteCountingCharacters() throws {
        let site = try MiniSite("")
        defer { site.remove() }
        // "title: 売上ab" is 11 characters (15 bytes); the bad byte 0xFF is character 12 of line 2.
        var bytes = Data("---\ntitle: 売上ab".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Data("\n---\n".utf8))
        try site.write("2026-Q3/sales/a.md", bytes)
        let outcome = try site.check()
        let diagnostic = assertSingle(outcome, .invalidUTF8, at: "2026-Q3/sales/a.md:2:12")
        RuleSite.assertMessage(diagnostic, contains: "not valid UTF-8", "UTF-8 encoding")
    }

    func testInvalidUTF8InOrgYAML() throws {
        let site = try MiniSite("")
        defer { site.remove() }
        // Shift_JIS "営業" (0x89 0x63 0x8B 0xC6): 0x89 cannot start a UTF-8 character.
        try site.write("org.yaml", Data([UInt8]("units:\n  - id: sales\n    name: ".utf8) + [0x89, 0x63, 0x8B, 0xC6, 0x0A]))
        let outcome = try site.check()
        let diagnostic = assertSingle(outcome, .invalidUTF8, at: "org.yaml:3:11")
        RuleSite.assertMessage(diagnostic, contains: "UTF-8")
    }

    // MARK: - yaml-syntax

    func testYAMLSyntaxColonInsideAValue() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規開拓: 顧客基盤を拡大する
        ---
        """)
        let diagnostic = assertSingle(outcome, .yamlSyntax, at: "2026-Q3/sales/a.md:2:12")
        RuleSite.assertMessage(diagnostic, contains: "invalid YAML", "put the whole value in quotes")
    }

    func testYAMLSyntaxUnclosedQuotePointsAtTheOpeningQuote() throws {
        let outcome = try RuleSite.check("""
        -- site.yaml --
        language: ja
        title: "OKR
        """)
        let diagnostic = assertSingle(outcome, .yamlSyntax, at: "site.yaml:2:8")
        RuleSite.assertMessage(diagnostic, contains: "never closed")
    }

    func testYAMLSyntaxDuplicateKey() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        owner: tanaka
        title: 顧客基盤を拡大する
        ---
        """)
        let diagnostic = assertSingle(outcome, .yamlSyntax, at: "2026-Q3/sales/a.md:4:1")
        RuleSite.assertMessage(diagnostic, contains: "duplicate key 'title'", "line 2")
    }

    func testYAMLSyntaxInOrgYAMLIndentation() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
           name: 株式会社
        """)
        let diagnostic = assertSingle(outcome, .yamlSyntax, at: "org.yaml:3:4")
        RuleSite.assertMessage(diagnostic, contains: "invalid YAML", "indentation")
    }

    func testYAMLSyntaxUnclosedQuoteInFrontMatterCountsFileLines() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: "新規顧客基盤を拡大する
        owner: tanaka
        ---
        """)
        let diagnostic = assertSingle(outcome, .yamlSyntax, at: "2026-Q3/sales/a.md:2:8")
        RuleSite.assertMessage(diagnostic, contains: "never closed")
    }

    /// A broken org.yaml leaves no units, so its unit folders are reported as unknown-unit too (docs/rules.md says so),
    /// but org.yaml does list units: "org.yaml lists no units" would be false.
    func testYAMLSyntaxInOrgYAMLIsNotReportedAsAnOrgWithoutUnits() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
          - id: sales
            parent: company
           lead: tanaka
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        ---
        """)
        assertSingle(outcome, .yamlSyntax, at: "org.yaml:5:4")
        XCTAssertEqual(outcome.diagnostics(.unitTree).map(\.message), [], "\(outcome.summaries)")
    }

    /// An objective file that cannot be read is one problem: references to it are not dangling.
    func testYAMLSyntaxInAnObjectiveDoesNotMakeReferencesToItDangle() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/company/growth.md --
        ---
        title: 新しい市場: 存在感を確立する
        ---
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [company/growth]
        ---
        """)
        XCTAssertEqual(outcome.diagnostics.filter { $0.severity == .error }.map { "\($0.location) \($0.rule.id)" },
                       ["2026-Q3/company/growth.md:2:13 yaml-syntax"])
    }

    // MARK: - front-matter-missing / front-matter-unclosed

    func testFrontMatterMissing() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        # 新規顧客基盤を拡大する

        本文
        """)
        let diagnostic = assertSingle(outcome, .frontMatterMissing, at: "2026-Q3/sales/a.md:1:1")
        RuleSite.assertMessage(diagnostic, contains: "'---'", "title:")
    }

    func testFrontMatterUnclosed() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する

        本文
        """)
        let diagnostic = assertSingle(outcome, .frontMatterUnclosed, at: "2026-Q3/sales/a.md:1:1")
        RuleSite.assertMessage(diagnostic, contains: "never closed", "add a line '---'")
    }

    // MARK: - wrong-type

    func testWrongTypeListAsTitle() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: [新規開拓, 既存深耕]
        ---
        """)
        let diagnostic = assertSingle(outcome, .wrongType, at: "2026-Q3/sales/a.md:2:8")
        RuleSite.assertMessage(diagnostic, contains: "'title' must be text", "a list")
        XCTAssertTrue(outcome.diagnostics(.missingTitle).isEmpty, "a wrong-typed title is not also a missing one: \(outcome.summaries)")
    }

    func testWrongTypeKeyResultThatIsNotAMapping() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - 新規顧客を獲得する
        ---
        """)
        let diagnostic = assertSingle(outcome, .wrongType, at: "2026-Q3/sales/a.md:4:5")
        RuleSite.assertMessage(diagnostic, contains: "key result 1 must be a mapping")
    }

    func testWrongTypeDraftThatIsNotABoolean() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        draft: maybe
        ---
        """)
        let diagnostic = assertSingle(outcome, .wrongType, at: "2026-Q3/sales/a.md:3:8")
        RuleSite.assertMessage(diagnostic, contains: "'draft' must be true or false", "'maybe'")
    }

    func testWrongTypeKeyResultsThatIsNotAList() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results: 新規顧客を獲得する
        ---
        """)
        let diagnostic = assertSingle(outcome, .wrongType, at: "2026-Q3/sales/a.md:3:14")
        RuleSite.assertMessage(diagnostic, contains: "'key_results' must be a list")
    }

    func testWrongTypeMappingAsAlignsTo() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to:
          company: growth
        ---
        """)
        let diagnostic = assertSingle(outcome, .wrongType, at: "2026-Q3/sales/a.md:4:3")
        RuleSite.assertMessage(diagnostic, contains: "'aligns_to' must be a list like [a, b]")
    }

    // MARK: - unknown-key

    func testUnknownKeySuggestsTheKeyResultKey() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            start: 0
            taget: 30
        ---
        """)
        let diagnostic = assertSingle(outcome, .unknownKey, at: "2026-Q3/sales/a.md:6:5")
        RuleSite.assertMessage(diagnostic, contains: "'taget'", "key result 1", "did you mean 'target'?")
    }

    func testUnknownKeyInAFileWithBOMAndCRLFKeepsLinesAndColumns() throws {
        let site = try MiniSite("")
        defer { site.remove() }
        let text = "\u{FEFF}---\r\ntitle: 新規顧客基盤を拡大する\r\nkey_results:\r\n  - title: 新規顧客を獲得する\r\n    taget: 30\r\n---\r\n"
        try site.write("2026-Q3/sales/a.md", Data(text.utf8))
        let outcome = try site.check()
        let diagnostic = assertSingle(outcome, .unknownKey, at: "2026-Q3/sales/a.md:5:5")
        RuleSite.assertMessage(diagnostic, contains: "did you mean 'target'?")
        XCTAssertEqual(outcome.content.objectives.first?.title, "新規顧客基盤を拡大する")
    }

    func testUnknownKeyInAnotherCaseSuggestsTheLowerCaseKey() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        Title: 新規顧客基盤を拡大する
        ---
        """)
        let diagnostic = assertSingle(outcome, .unknownKey, at: "2026-Q3/sales/a.md:2:1")
        RuleSite.assertMessage(diagnostic, contains: "'Title'", "did you mean 'title'?")
    }

    func testUnknownKeyInACheckIn() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-07-10, value: 4, confidance: 0.8 }
        ---
        """)
        let diagnostic = assertSingle(outcome, .unknownKey, at: "2026-Q3/sales/a.md:7:39")
        RuleSite.assertMessage(diagnostic, contains: "check-in", "did you mean 'confidence'?")
    }

    func testUnknownKeyWithoutACloseMatchListsTheKnownKeys() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
            manager: tanaka
        """)
        let diagnostic = assertSingle(outcome, .unknownKey, at: "org.yaml:3:5")
        RuleSite.assertMessage(diagnostic, contains: "'manager'", "known keys: id, name, parent, lead")
    }

    // MARK: - missing-title

    func testMissingObjectiveTitle() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        owner: tanaka
        ---
        """)
        let diagnostic = assertSingle(outcome, .missingTitle, at: "2026-Q3/sales/a.md:1:1")
        RuleSite.assertMessage(diagnostic, contains: "objective has no title", "add 'title: …'")
    }

    func testEmptyObjectiveTitle() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        owner: tanaka
        title: "  "
        ---
        """)
        let diagnostic = assertSingle(outcome, .missingTitle, at: "2026-Q3/sales/a.md:3:1")
        RuleSite.assertMessage(diagnostic, contains: "objective has no title")
    }

    func testMissingKeyResultTitle() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
          - target: 10
            unit: 件
        ---
        """)
        let diagnostic = assertSingle(outcome, .missingTitle, at: "2026-Q3/sales/a.md:6:5")
        RuleSite.assertMessage(diagnostic, contains: "key result 2 has no title")
    }

    // MARK: - missing-value

    func testMissingValueCheckInWithoutDate() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-07-03, value: 2 }
              - { value: 4, note: 展示会で2社 }
        ---
        """)
        let diagnostic = assertSingle(outcome, .missingValue, at: "2026-Q3/sales/a.md:8:9")
        RuleSite.assertMessage(diagnostic, contains: "check-in has no date", "YYYY-MM-DD")
    }

    func testMissingValueMetricCheckInWithoutValue() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - date: 2026-07-03
                confidence: 0.8
        ---
        """)
        let diagnostic = assertSingle(outcome, .missingValue, at: "2026-Q3/sales/a.md:7:9")
        RuleSite.assertMessage(diagnostic, contains: "check-in has no value", "'value: <number>'")
    }

    func testMilestoneCheckInNeedsNoValue() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新しいCRMを全営業に導入する
            type: milestone
            done: false
            checkins:
              - { date: 2026-07-03, confidence: 0.8 }
        ---
        """)
        XCTAssertEqual(outcome.diagnostics(.missingValue).count, 0, "\(outcome.summaries)")
        XCTAssertEqual(outcome.content.objectives.first?.keyResults.first?.checkins.count, 1)
    }

    func testMissingValueUnitWithoutID() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
          - name: 営業部
            parent: company
        """)
        let diagnostic = assertSingle(outcome, .missingValue, at: "org.yaml:3:5")
        RuleSite.assertMessage(diagnostic, contains: "unit has no id", "add 'id: …'")
    }

    func testMissingValueCustomPeriodWithoutID() throws {
        let outcome = try RuleSite.check("""
        -- site.yaml --
        periods:
          - label: 夏の集中期間
            start: 2026-07-01
            end: 2026-08-31
        """)
        let diagnostic = assertSingle(outcome, .missingValue, at: "site.yaml:2:5")
        RuleSite.assertMessage(diagnostic, contains: "period has no id")
    }

    // MARK: - missing-target / target-equals-start

    func testMissingTarget() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            unit: 社
        ---
        """)
        let diagnostic = assertSingle(outcome, .missingTarget, at: "2026-Q3/sales/a.md:4:5")
        RuleSite.assertMessage(diagnostic, contains: "'新規顧客を獲得する' has no target", "type: milestone")
    }

    func testTargetEqualsStart() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 解約率を維持する
            start: 5
            target: 5
        ---
        """)
        let diagnostic = assertSingle(outcome, .targetEqualsStart, at: "2026-Q3/sales/a.md:6:5")
        RuleSite.assertMessage(diagnostic, contains: "target 5 equal to its start", "set 'start'")
    }

    func testDecreasingMetricIsNotTargetEqualsStart() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 受注までの期間を短縮する
            start: 45
            target: 30
        ---
        """)
        XCTAssertEqual(outcome.diagnostics(.targetEqualsStart).count, 0, "\(outcome.summaries)")
        XCTAssertEqual(outcome.content.objectives.first?.keyResults.first?.kind, .metric(start: 45, target: 30, current: nil))
    }

    // MARK: - not-a-number

    func testNotANumberTargetWithAUnit() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30社
        ---
        """)
        let diagnostic = assertSingle(outcome, .notANumber, at: "2026-Q3/sales/a.md:5:13")
        RuleSite.assertMessage(diagnostic, contains: "'target' must be a number", "write 30 and put '社' in the key result's 'unit'")
    }

    func testNotANumberStartWithThousandsSeparator() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 月間の利用者を増やす
            start: 1,000
            target: 5000
        ---
        """)
        let diagnostic = assertSingle(outcome, .notANumber, at: "2026-Q3/sales/a.md:5:12")
        RuleSite.assertMessage(diagnostic, contains: "'start' must be a number", "write 1000 without separators")
    }

    func testNotANumberCheckInValue() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-07-10, value: たくさん }
        ---
        """)
        let diagnostic = assertSingle(outcome, .notANumber, at: "2026-Q3/sales/a.md:7:36")
        RuleSite.assertMessage(diagnostic, contains: "'value' must be a number", "a plain number")
    }

    func testNotANumberCurrent() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            current: n/a
        ---
        """)
        let diagnostic = assertSingle(outcome, .notANumber, at: "2026-Q3/sales/a.md:6:14")
        RuleSite.assertMessage(diagnostic, contains: "'current' must be a number", "'n/a'")
    }

    func testNotANumberKeyResultWeight() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            weight: heavy
        ---
        """)
        let diagnostic = assertSingle(outcome, .notANumber, at: "2026-Q3/sales/a.md:6:13")
        RuleSite.assertMessage(diagnostic, contains: "'weight' must be a number", "'heavy'")
    }

    func testNotANumberObjectiveScore() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        score: high
        ---
        """)
        let diagnostic = assertSingle(outcome, .notANumber, at: "2026-Q3/sales/a.md:3:8")
        RuleSite.assertMessage(diagnostic, contains: "'score' must be a number", "'high'")
    }

    func testNotANumberListAsTarget() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: [30, 40]
        ---
        """)
        let diagnostic = assertSingle(outcome, .notANumber, at: "2026-Q3/sales/a.md:5:13")
        RuleSite.assertMessage(diagnostic, contains: "'target' must be a number, not a list")
        XCTAssertTrue(outcome.diagnostics(.missingTarget).isEmpty, "a wrong target is not also a missing one: \(outcome.summaries)")
    }

    // MARK: - bad-date

    func testBadDateFebruary30() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q1/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-02-30, value: 4 }
        ---
        """)
        let diagnostic = assertSingle(outcome, .badDate, at: "2026-Q1/sales/a.md:7:17")
        RuleSite.assertMessage(diagnostic, contains: "not a real date", "'2026-02-30'", "YYYY-MM-DD")
    }

    func testBadDateFebruary29InACommonYear() throws {
        let outcome = try RuleSite.check("""
        -- 2027-Q1/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - date: 2027-02-29
                value: 4
        ---
        """)
        let diagnostic = assertSingle(outcome, .badDate, at: "2027-Q1/sales/a.md:7:15")
        RuleSite.assertMessage(diagnostic, contains: "'2027-02-29'")
    }

    func testFebruary29InALeapYearIsAValidDate() throws {
        let outcome = try RuleSite.check("""
        -- 2028-Q1/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2028-02-29, value: 4 }
        ---
        """, today: "2028-03-15")
        XCTAssertEqual(outcome.diagnostics(.badDate).count, 0, "\(outcome.summaries)")
        XCTAssertEqual(outcome.content.objectives.first?.keyResults.first?.checkins.first?.date.iso, "2028-02-29")
    }

    func testBadDateNotInISOFormat() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026/07/10, value: 4 }
        ---
        """)
        let diagnostic = assertSingle(outcome, .badDate, at: "2026-Q3/sales/a.md:7:17")
        RuleSite.assertMessage(diagnostic, contains: "'2026/07/10'", "e.g. 2026-10-02")
    }

    func testBadDateInACustomPeriod() throws {
        let outcome = try RuleSite.check("""
        -- site.yaml --
        periods:
          - id: summer
            start: 2026-06-31
            end: 2026-08-31
        """)
        let diagnostic = assertSingle(outcome, .badDate, at: "site.yaml:3:12")
        RuleSite.assertMessage(diagnostic, contains: "'start' is not a real date")
    }

    // MARK: - confidence-out-of-range

    func testConfidenceAsPercentageSuggestsAFraction() throws {
        // The column counts characters: the Japanese note before 'confidence' is 6 characters, 16 bytes.
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - { date: 2026-07-10, value: 4, note: 展示会で2社, confidence: 80 }
        ---
        """)
        let diagnostic = assertSingle(outcome, .confidenceOutOfRange, at: "2026-Q3/sales/a.md:7:65")
        RuleSite.assertMessage(diagnostic, contains: "between 0.0 and 1.0", "write 0.8 for 80 %")
    }

    func testConfidenceAboveOne() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            checkins:
              - date: 2026-07-10
                value: 4
                confidence: 1.5
        ---
        """)
        let diagnostic = assertSingle(outcome, .confidenceOutOfRange, at: "2026-Q3/sales/a.md:9:21")
        RuleSite.assertMessage(diagnostic, contains: "not 1.5")
        XCTAssertFalse(diagnostic?.message.contains("%") ?? true, "1.5 is not a percentage: \(diagnostic?.message ?? "")")
    }

    // MARK: - value-out-of-range

    func testValueOutOfRangeScore() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        score: 1.5
        ---
        """)
        let diagnostic = assertSingle(outcome, .valueOutOfRange, at: "2026-Q3/sales/a.md:3:8")
        RuleSite.assertMessage(diagnostic, contains: "'score' must be between 0.0 and 1.0", "not 1.5")
    }

    func testValueOutOfRangeScoreAsPercentage() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        score: 70
        ---
        """)
        let diagnostic = assertSingle(outcome, .valueOutOfRange, at: "2026-Q3/sales/a.md:3:8")
        RuleSite.assertMessage(diagnostic, contains: "write 0.7 for 70 %")
    }

    func testValueOutOfRangeNegativeObjectiveWeight() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        weight: -1
        ---
        """)
        let diagnostic = assertSingle(outcome, .valueOutOfRange, at: "2026-Q3/sales/a.md:3:9")
        RuleSite.assertMessage(diagnostic, contains: "'weight' must be 0 or more", "not -1")
    }

    func testValueOutOfRangeNegativeKeyResultWeight() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            weight: -1
        ---
        """)
        let diagnostic = assertSingle(outcome, .valueOutOfRange, at: "2026-Q3/sales/a.md:6:13")
        RuleSite.assertMessage(diagnostic, contains: "'weight' must be 0 or more")
    }

    func testValueOutOfRangeFiscalYearStart() throws {
        let outcome = try RuleSite.check("""
        -- site.yaml --
        title: OKR
        fiscal_year_start: 13
        """)
        let diagnostic = assertSingle(outcome, .valueOutOfRange, at: "site.yaml:2:20")
        RuleSite.assertMessage(diagnostic, contains: "month from 1 to 12, not 13", "4 for a fiscal year starting in April")
    }

    func testValueOutOfRangeCheckinInterval() throws {
        let outcome = try RuleSite.check("""
        -- site.yaml --
        checkin_interval_days: 0
        """)
        let diagnostic = assertSingle(outcome, .valueOutOfRange, at: "site.yaml:1:24")
        RuleSite.assertMessage(diagnostic, contains: "'checkin_interval_days' must be 1 or more")
    }

    // MARK: - invalid-value

    func testInvalidValueHealth() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        health: ontrack
        ---
        """)
        let diagnostic = assertSingle(outcome, .invalidValue, at: "2026-Q3/sales/a.md:3:9")
        RuleSite.assertMessage(diagnostic, contains: "'health' must be one of on_track, at_risk, off_track, done, dropped", "did you mean 'on_track'?")
    }

    func testInvalidValueKeyResultType() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新しいCRMを全営業に導入する
            type: milestne
            done: false
        ---
        """)
        let diagnostic = assertSingle(outcome, .invalidValue, at: "2026-Q3/sales/a.md:5:11")
        RuleSite.assertMessage(diagnostic, contains: "'type' must be 'metric' or 'milestone'", "did you mean 'milestone'?")
    }

    func testInvalidValueLanguage() throws {
        let outcome = try RuleSite.check("""
        -- site.yaml --
        title: OKR
        language: jp
        """)
        let diagnostic = assertSingle(outcome, .invalidValue, at: "site.yaml:2:11")
        RuleSite.assertMessage(diagnostic, contains: "'language' must be 'ja' or 'en'", "did you mean 'ja'?")
    }

    // MARK: - invalid-id

    func testInvalidIDJapaneseFileName() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/新規.md --
        ---
        title: 新規顧客基盤を拡大する
        ---
        """)
        let diagnostic = assertSingle(outcome, .invalidID, at: "2026-Q3/sales/新規.md:1:1")
        RuleSite.assertMessage(diagnostic, contains: "file name '新規' is not a valid id", "ASCII")
        XCTAssertTrue(outcome.content.objectives.isEmpty, "no page may be written for an invalid file name")
    }

    func testInvalidIDUnitFolderWithASpace() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/Sales Team/a.md --
        ---
        title: 新規顧客基盤を拡大する
        ---
        """)
        let diagnostic = assertSingle(outcome, .invalidID, at: "2026-Q3/Sales Team/a.md:1:1")
        RuleSite.assertMessage(diagnostic, contains: "unit folder 'Sales Team'", "e.g. 'sales-team'")
    }

    func testInvalidIDPeriodFolder() throws {
        let outcome = try RuleSite.check("""
        -- 2026 Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        ---
        """)
        let diagnostic = assertSingle(outcome, .invalidID, at: "2026 Q3/sales/a.md:1:1")
        RuleSite.assertMessage(diagnostic, contains: "period folder '2026 Q3'", "YYYY-Qn")
    }

    func testInvalidIDKeyResultID() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - id: New Customers
            title: 新規顧客を獲得する
            target: 30
        ---
        """)
        let diagnostic = assertSingle(outcome, .invalidID, at: "2026-Q3/sales/a.md:4:9")
        RuleSite.assertMessage(diagnostic, contains: "key result id 'New Customers'", "e.g. 'new-customers'")
    }

    func testInvalidIDUnitInOrgYAML() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
          - id: 営業部
            parent: company
        """)
        let diagnostic = assertSingle(outcome, .invalidID, at: "org.yaml:3:9")
        RuleSite.assertMessage(diagnostic, contains: "unit id '営業部' is not a valid id")
    }

    // MARK: - duplicate-id

    func testDuplicateKeyResultID() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - id: customers
            title: 新規顧客を獲得する
            target: 30
          - id: customers
            title: 既存顧客の単価を上げる
            target: 10
        ---
        """)
        let diagnostic = assertSingle(outcome, .duplicateID, at: "2026-Q3/sales/a.md:7:5")
        RuleSite.assertMessage(diagnostic, contains: "key result id 'customers' is already used on line 4")
    }

    func testDuplicateKeyResultIDWithTheDefaultID() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
          - id: kr1
            title: 既存顧客の単価を上げる
            target: 10
        ---
        """)
        let diagnostic = assertSingle(outcome, .duplicateID, at: "2026-Q3/sales/a.md:6:5")
        RuleSite.assertMessage(diagnostic, contains: "'kr1' is already used on line 4")
    }

    func testDuplicateUnitIDInOrgYAML() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
          - id: sales
            parent: company
          - id: Sales
            name: 営業二部
            parent: company
        """)
        let diagnostic = assertSingle(outcome, .duplicateID, at: "org.yaml:5:5")
        RuleSite.assertMessage(diagnostic, contains: "unit id 'sales' is already used on line 3")
    }

    func testDuplicatePersonIDInOrgYAML() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
        people:
          - id: tanaka
            name: 田中 太郎
          - id: tanaka
            name: 田中 次郎
        """)
        let diagnostic = assertSingle(outcome, .duplicateID, at: "org.yaml:6:5")
        RuleSite.assertMessage(diagnostic, contains: "person id 'tanaka' is already used on line 4")
    }

    func testDuplicateObjectiveFilesThatDifferOnlyInCase() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/Sales/x.md --
        ---
        title: 新規顧客基盤を拡大する
        ---
        -- 2026-Q3/sales/x.md --
        ---
        title: 既存顧客との関係を深める
        ---
        """)
        let diagnostic = assertSingle(outcome, .duplicateID, at: "2026-Q3/sales/x.md:1:1")
        RuleSite.assertMessage(diagnostic, contains: "'2026-Q3/sales/x' is already defined by 2026-Q3/Sales/x.md", "case-insensitive")
        XCTAssertEqual(outcome.content.objectives.map(\.file), ["2026-Q3/Sales/x.md"])
    }

    func testDuplicateCustomPeriod() throws {
        let outcome = try RuleSite.check("""
        -- site.yaml --
        periods:
          - { id: summer, start: 2026-07-01, end: 2026-08-31 }
          - { id: Summer, start: 2026-06-01, end: 2026-08-31 }
        """)
        let diagnostic = assertSingle(outcome, .duplicateID, at: "site.yaml:3:5")
        RuleSite.assertMessage(diagnostic, contains: "period 'summer' is already defined on line 2")
    }

    // MARK: - unknown-period

    func testUnknownPeriodFolder() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q5/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        ---
        """)
        let diagnostic = assertSingle(outcome, .unknownPeriod, at: "2026-Q5/sales/a.md:1:1")
        RuleSite.assertMessage(diagnostic, contains: "folder '2026-Q5' is not a period", "'periods:' in site.yaml")
    }

    func testUnknownPeriodFolderSuggestsACustomPeriod() throws {
        let outcome = try RuleSite.check("""
        -- site.yaml --
        periods:
          - { id: summer, start: 2026-07-01, end: 2026-08-31 }
        -- sumer/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        ---
        """)
        let diagnostic = assertSingle(outcome, .unknownPeriod, at: "sumer/sales/a.md:1:1")
        RuleSite.assertMessage(diagnostic, contains: "did you mean 'summer'?")
    }

    func testUnknownCurrentPeriod() throws {
        let outcome = try RuleSite.check("""
        -- site.yaml --
        current_period: 2026-Q7
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        ---
        """)
        let diagnostic = assertSingle(outcome, .unknownPeriod, at: "site.yaml:1:17")
        RuleSite.assertMessage(diagnostic, contains: "current_period", "is not a period")
    }

    // MARK: - invalid-period

    func testInvalidPeriodEndBeforeStart() throws {
        let outcome = try RuleSite.check("""
        -- site.yaml --
        periods:
          - id: summer
            label: 夏の集中期間
            start: 2026-08-31
            end: 2026-07-01
        """)
        let diagnostic = assertSingle(outcome, .invalidPeriod, at: "site.yaml:5:5")
        RuleSite.assertMessage(diagnostic, contains: "ends (2026-07-01) before it starts (2026-08-31)", "swap 'start' and 'end'")
    }

    func testInvalidPeriodWithoutEnd() throws {
        let outcome = try RuleSite.check("""
        -- site.yaml --
        periods:
          - id: summer
            start: 2026-07-01
        """)
        let diagnostic = assertSingle(outcome, .invalidPeriod, at: "site.yaml:2:5")
        RuleSite.assertMessage(diagnostic, contains: "period 'summer' has no 'end'", "add 'end: YYYY-MM-DD'")
    }

    // MARK: - unknown-unit

    func testUnknownUnitFolderNotInOrgYAML() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
          - id: sales
            parent: company
        -- 2026-Q3/sals/a.md --
        ---
        title: 新規顧客基盤を拡大する
        ---
        -- 2026-Q3/sals/b.md --
        ---
        title: 既存顧客との関係を深める
        ---
        """)
        // One diagnostic per folder, not per file.
        let diagnostic = assertSingle(outcome, .unknownUnit, at: "2026-Q3/sals/a.md:1:1")
        RuleSite.assertMessage(diagnostic, contains: "unit folder 'sals' is not a unit in org.yaml", "did you mean 'sales'?")
    }

    func testUnknownUnitFolderWithoutCloseMatch() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
        -- 2026-Q3/marketing/a.md --
        ---
        title: 新規顧客基盤を拡大する
        ---
        """)
        let diagnostic = assertSingle(outcome, .unknownUnit, at: "2026-Q3/marketing/a.md:1:1")
        RuleSite.assertMessage(diagnostic, contains: "add it under 'units:'")
    }

    func testUnknownUnitAsParent() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
          - id: sales
            parent: compnay
        """)
        let diagnostic = assertSingle(outcome, .unknownUnit, at: "org.yaml:4:13")
        RuleSite.assertMessage(diagnostic, contains: "parent 'compnay' of unit 'sales' is not a unit", "did you mean 'company'?")
    }

    /// One typo in a parent is one problem: it must not also be reported as a second root unit,
    /// whose message ("give 'sales' a 'parent'") is wrong because 'sales' has one.
    func testUnknownParentIsNotAlsoReportedAsASecondRoot() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
          - id: sales
            parent: compnay
        """)
        XCTAssertEqual(outcome.diagnostics(.unitTree).map(\.message), [], "\(outcome.summaries)")
    }

    func testUnknownUnitOfAPerson() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
          - id: sales
            parent: company
        people:
          - id: tanaka
            name: 田中 太郎
            unit: sale
        """)
        let diagnostic = assertSingle(outcome, .unknownUnit, at: "org.yaml:8:11")
        RuleSite.assertMessage(diagnostic, contains: "unit 'sale' of person 'tanaka' is not a unit", "did you mean 'sales'?")
    }

    // MARK: - unit-tree

    func testUnitTreeWithTwoRoots() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
          - id: holdings
          - id: sales
            parent: company
        """)
        let diagnostic = assertSingle(outcome, .unitTree, at: "org.yaml:3:5")
        RuleSite.assertMessage(diagnostic, contains: "2 root units (company, holdings)", "give 'holdings' a 'parent'")
    }

    static let parentCycle = """
    -- org.yaml --
    units:
      - id: company
      - id: sales
        parent: sales-enterprise
      - id: sales-enterprise
        parent: sales
    """

    func testUnitTreeWithAParentCycle() throws {
        let outcome = try RuleSite.check(Self.parentCycle)
        let cycles = outcome.diagnostics(.unitTree).filter { $0.message.contains("cycle") }
        XCTAssertEqual(cycles.map(\.location.description), ["org.yaml:6:13"], "\(outcome.summaries)")
        RuleSite.assertMessage(cycles.first, contains: "units form a cycle: sales → sales-enterprise → sales", "another parent")
    }

    /// A cycle is one problem: cutting it must not leave a second root that is then reported as well,
    /// with advice ("give 'sales-enterprise' a 'parent'") for a unit that has one.
    func testParentCycleIsNotAlsoReportedAsASecondRoot() throws {
        let outcome = try RuleSite.check(Self.parentCycle)
        XCTAssertEqual(outcome.diagnostics(.unitTree).count, 1, "\(outcome.diagnostics(.unitTree).map(\.message))")
    }

    func testUnitTreeOfOnlyACycle() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: a
            parent: c
          - id: b
            parent: a
          - id: c
            parent: b
        """)
        let diagnostic = assertSingle(outcome, .unitTree, at: "org.yaml:5:13")
        RuleSite.assertMessage(diagnostic, contains: "a → c → b → a")
    }

    func testUnitTreeWithoutUnits() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units: []
        people:
          - id: tanaka
        """)
        let diagnostic = assertSingle(outcome, .unitTree, at: "org.yaml:1:1")
        RuleSite.assertMessage(diagnostic, contains: "lists no units")
    }

    // MARK: - unknown-person

    func testUnknownPersonAsUnitLead() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
          - id: sales
            parent: company
            lead: tanakaa
        people:
          - id: tanaka
            name: 田中 太郎
            unit: sales
        """)
        let diagnostic = assertSingle(outcome, .unknownPerson, at: "org.yaml:5:11")
        RuleSite.assertMessage(diagnostic, contains: "lead 'tanakaa' of unit 'sales' is not a person", "did you mean 'tanaka'?")
    }

    func testUnknownPersonAsLeadWithoutPeople() throws {
        let outcome = try RuleSite.check("""
        -- org.yaml --
        units:
          - id: company
            lead: suzuki
        """)
        let diagnostic = assertSingle(outcome, .unknownPerson, at: "org.yaml:3:11")
        RuleSite.assertMessage(diagnostic, contains: "add them under 'people:'")
    }

    // MARK: - dangling-reference

    func testDanglingReferenceToAMissingObjective() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/company/growth.md --
        ---
        title: 新しい市場で存在感を確立する
        ---
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [company/growth, company/brand]
        ---
        """)
        let diagnostic = assertSingle(outcome, .danglingReference, at: "2026-Q3/sales/a.md:3:29")
        RuleSite.assertMessage(diagnostic, contains: "'company/brand'", "no file 2026-Q3/company/brand.md exists")
    }

    func testDanglingReferenceSuggestsAnObjective() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/company/growth.md --
        ---
        title: 新しい市場で存在感を確立する
        ---
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to:
          - company/grwoth
        ---
        """)
        let diagnostic = assertSingle(outcome, .danglingReference, at: "2026-Q3/sales/a.md:4:5")
        RuleSite.assertMessage(diagnostic, contains: "did you mean 'company/growth'?")
    }

    func testDanglingReferenceToAnotherPeriodWithoutThePeriod() throws {
        let outcome = try RuleSite.check("""
        -- 2026/company/growth.md --
        ---
        title: 新しい市場で存在感を確立する
        ---
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [company/growth]
        ---
        """)
        let diagnostic = assertSingle(outcome, .danglingReference, at: "2026-Q3/sales/a.md:3:13")
        RuleSite.assertMessage(diagnostic, contains: "did you mean '2026/company/growth'")
    }

    func testDanglingReferenceWithBadSyntax() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [company]
        ---
        """)
        let diagnostic = assertSingle(outcome, .danglingReference, at: "2026-Q3/sales/a.md:3:13")
        RuleSite.assertMessage(diagnostic, contains: "'aligns_to' entry 'company' is not a reference", "'unit/slug'")
    }

    func testDanglingReferenceWrittenAsAFileName() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [company/growth.md]
        ---
        """)
        let diagnostic = assertSingle(outcome, .danglingReference, at: "2026-Q3/sales/a.md:3:13")
        RuleSite.assertMessage(diagnostic, contains: "drop '.md'")
    }

    func testDanglingReferenceToAnUnknownPeriod() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [fy2026/company/growth]
        ---
        """)
        let diagnostic = assertSingle(outcome, .danglingReference, at: "2026-Q3/sales/a.md:3:13")
        RuleSite.assertMessage(diagnostic, contains: "names period 'fy2026', which does not exist")
    }

    func testDanglingReferenceNamesThePeriodAsWritten() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [2026-Q9/company/growth]
        ---
        """)
        let diagnostic = assertSingle(outcome, .danglingReference, at: "2026-Q3/sales/a.md:3:13")
        RuleSite.assertMessage(diagnostic, contains: "period '2026-Q9'", "does not exist")
    }

    func testDanglingReferenceInContributesTo() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            contributes_to: [marketing/brand]
        ---
        """)
        let diagnostic = assertSingle(outcome, .danglingReference, at: "2026-Q3/sales/a.md:6:22")
        RuleSite.assertMessage(diagnostic, contains: "'contributes_to' names 'marketing/brand'")
    }

    func testReferenceToADraftIsNotDangling() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/company/growth.md --
        ---
        title: 新しい市場で存在感を確立する
        draft: true
        ---
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [company/growth]
        ---
        """)
        XCTAssertEqual(outcome.diagnostics(.danglingReference).count, 0, "\(outcome.summaries)")
        XCTAssertEqual(outcome.content.draftIDs.map(\.path), ["2026-Q3/company/growth"])
    }

    // MARK: - self-reference

    func testSelfReferenceInAlignsTo() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [sales/a]
        ---
        """)
        let diagnostic = assertSingle(outcome, .selfReference, at: "2026-Q3/sales/a.md:3:13")
        RuleSite.assertMessage(diagnostic, contains: "names this objective itself", "supports")
        XCTAssertTrue(outcome.diagnostics(.alignmentCycle).isEmpty, "\(outcome.summaries)")
    }

    func testSelfReferenceInContributesTo() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規顧客を獲得する
            target: 30
            contributes_to: [2026-Q3/sales/a]
        ---
        """)
        let diagnostic = assertSingle(outcome, .selfReference, at: "2026-Q3/sales/a.md:6:22")
        RuleSite.assertMessage(diagnostic, contains: "'contributes_to' names this objective itself", "feeds")
    }

    // MARK: - alignment-cycle

    func testAlignmentCycleOfThreeObjectivesListsTheWholeCycle() throws {
        let outcome = try RuleSite.check("""
        -- 2026-Q3/sales/a.md --
        ---
        title: 新規顧客基盤を拡大する
        aligns_to: [sales/b]
        ---
        -- 2026-Q3/sales/b.md --
        ---
        title: 既存顧客との関係を深める
        aligns_to: [sales/c]
        ---
        -- 2026-Q3/sales/c.md --
        ---
        title: 営業の生産性を高める
        aligns_to: [sales/a]
        ---
        """)
        let diagnostic = assertSingle(outcome, .alignmentCycle, at: "2026-Q3/sales/c.md:3:13")
        RuleSite.assertMessage(diagnostic, contains:
            "2026-Q3/sales/a → 2026-Q3/sales/b → 2026-Q3/sales/c → 2026-Q3/sales/a", "remove one of these links")
    }

    // MARK: - DiagnosticFormatter

    static let formatterSample = [
        Diagnostic(.unknownKey, at: SourceLocation(file: "2026-Q3/sales/a.md", line: 7, column: 5),
                   "unknown key 'taget' in key result 1 — did you mean 'target'?"),
        Diagnostic(.lowConfidence, at: SourceLocation(file: "2026-Q3/営業, 東京/b.md", line: 12, column: 9),
                   "latest confidence is 0.2: \"discuss\" 50% of it\nnext line"),
    ]

    func testTextFormat() {
        let output = DiagnosticFormatter(contentDirectory: "content/").format(Self.formatterSample, fileCount: 3, as: .text)
        XCTAssertEqual(output, """
        content/2026-Q3/sales/a.md:7:5: error: unknown key 'taget' in key result 1 — did you mean 'target'? [unknown-key]
        content/2026-Q3/営業, 東京/b.md:12:9: warning: latest confidence is 0.2: "discuss" 50% of it
        next line [low-confidence]
        1 error, 1 warning in 3 files

        """)
    }

    func testTextFormatWithoutDiagnosticsAndForTheCurrentFolder() {
        let formatter = DiagnosticFormatter(contentDirectory: ".")
        XCTAssertEqual(formatter.format([], fileCount: 1, as: .text), "0 errors, 0 warnings in 1 file\n")
        XCTAssertEqual(formatter.displayPath("2026-Q3/sales/a.md"), "2026-Q3/sales/a.md")
        XCTAssertEqual(DiagnosticFormatter(contentDirectory: "/").displayPath("org.yaml"), "/org.yaml")
    }

    func testJSONFormat() {
        let output = DiagnosticFormatter(contentDirectory: "content").format(Self.formatterSample, fileCount: 3, as: .json)
        XCTAssertEqual(output, #"""
        {
          "schema": "okra-check/1",
          "content": "content",
          "files": 3,
          "errors": 1,
          "warnings": 1,
          "diagnostics": [
            {
              "severity": "error",
              "rule": "unknown-key",
              "file": "content/2026-Q3/sales/a.md",
              "path": "2026-Q3/sales/a.md",
              "line": 7,
              "column": 5,
              "message": "unknown key 'taget' in key result 1 — did you mean 'target'?"
            },
            {
              "severity": "warning",
              "rule": "low-confidence",
              "file": "content/2026-Q3/営業, 東京/b.md",
              "path": "2026-Q3/営業, 東京/b.md",
              "line": 12,
              "column": 9,
              "message": "latest confidence is 0.2: \"discuss\" 50% of it\nnext line"
            }
          ]
        }

        """#)
        // It is real JSON.
        let parsed = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
        XCTAssertEqual((parsed?["diagnostics"] as? [[String: Any]])?.last?["message"] as? String,
                       "latest confidence is 0.2: \"discuss\" 50% of it\nnext line")
    }

    func testJSONFormatWithoutDiagnostics() {
        let output = DiagnosticFormatter(contentDirectory: "content").format([], fileCount: 0, as: .json)
        XCTAssertEqual(output, """
        {
          "schema": "okra-check/1",
          "content": "content",
          "files": 0,
          "errors": 0,
          "warnings": 0,
          "diagnostics": []
        }

        """)
    }

    func testGitHubFormatEscapesDataAndProperties() {
        let output = DiagnosticFormatter(contentDirectory: "content").format(Self.formatterSample, fileCount: 3, as: .github)
        XCTAssertEqual(output, """
        ::error file=content/2026-Q3/sales/a.md,line=7,col=5,title=unknown-key::unknown key 'taget' in key result 1 — did you mean 'target'?
        ::warning file=content/2026-Q3/営業%2C 東京/b.md,line=12,col=9,title=low-confidence::latest confidence is 0.2: "discuss" 50%25 of it%0Anext line
        1 error, 1 warning in 3 files

        """)
    }
}

// MARK: - Support

/// Runs mini-sites for the rule tests and checks messages.
enum RuleSite {
    /// Writes `archive` as a content folder, checks it as of `today`, and removes it again.
    static func check(_ archive: String, today: String = "2026-11-24") throws -> CheckOutcome {
        let site = try MiniSite(archive)
        defer { site.remove() }
        return try site.check(today: today)
    }

    /// Asserts that the message of `diagnostic` contains each of `words`.
    static func assertMessage(_ diagnostic: Diagnostic?, contains words: String...,
                              file: StaticString = #filePath, line: UInt = #line) {
        guard let diagnostic else { return }  // assertSingle has already failed
        for word in words {
            XCTAssertTrue(diagnostic.message.contains(word), "message lacks '\(word)': \(diagnostic.message)", file: file, line: line)
        }
    }
}
