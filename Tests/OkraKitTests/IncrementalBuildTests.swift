import Foundation
import XCTest
@testable import OkraKit

/// `okra watch`'s incremental build: after every edit the output folder must equal a full build of the
/// same content, byte for byte, whether the edit was rebuilt incrementally or as a whole.
final class IncrementalBuildTests: XCTestCase {
    private var scratch: URL!
    private var content: URL { scratch.appendingPathComponent("content") }
    private let today = Day(iso: "2026-11-24")!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("okra-incremental-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: ExampleContentTests.contentDirectory, toPath: content.path)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: scratch) }

    // MARK: Helpers

    private func makeSite() throws -> IncrementalBuild {
        IncrementalBuild(options: PipelineOptions(contentDirectory: content.path, today: today),
                         theme: try Theme.load(directory: nil), output: scratch.appendingPathComponent("live").path)
    }

    /// Rebuilds, then builds the same content from scratch and asserts that both folders hold the same bytes.
    @discardableResult
    private func rebuildAndCompare(_ site: IncrementalBuild, _ edit: String, file: StaticString = #filePath, line: UInt = #line) throws -> IncrementalBuild.Report {
        let report = try site.build()
        site.finishBuild()
        XCTAssertNotEqual(report.kind, .stopped, "\(edit): \(report.check?.diagnostics.filter { $0.severity == .error } ?? [])", file: file, line: line)
        let full = scratch.appendingPathComponent("full").path
        let outcome = try Pipeline.build(PipelineOptions(contentDirectory: content.path, today: today), theme: try Theme.load(directory: nil), output: full)
        XCTAssertTrue(outcome.succeeded, edit, file: file, line: line)
        if let check = report.check {
            XCTAssertEqual(check.diagnostics, outcome.check.diagnostics, "\(edit): the warnings differ from a full build's", file: file, line: line)
        }
        assertSameFiles(scratch.appendingPathComponent("live"), URL(fileURLWithPath: full), edit, file: file, line: line)
        return report
    }

    private func assertSameFiles(_ live: URL, _ full: URL, _ edit: String, file: StaticString, line: UInt) {
        let liveFiles = Self.files(in: live), fullFiles = Self.files(in: full)
        XCTAssertEqual(liveFiles.keys.sorted(), fullFiles.keys.sorted(), "\(edit): different files", file: file, line: line)
        for (path, bytes) in fullFiles where liveFiles[path] != bytes {
            XCTFail("\(edit): \(path) differs from a full build's", file: file, line: line)
        }
    }

    private static func files(in folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            result[String(url.path.dropFirst(folder.path.count + 1))] = try? Data(contentsOf: url)
        }
        return result
    }

    private func edit(_ path: String, named name: String = "", _ change: (String) -> String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = content.appendingPathComponent(path)
        let before = try String(contentsOf: url, encoding: .utf8)
        let after = change(before)
        XCTAssertTrue(before != after, "the edit \(name) of \(path) changed nothing", file: file, line: line)
        try after.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Replaces the first match of `pattern` (its first group when it has one) by `replacement(match)`.
    private static func replacingFirst(_ pattern: String, in text: String, _ replacement: (String) -> String) -> String {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        guard let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return text }
        let range = Range(match.range(at: match.numberOfRanges > 1 ? 1 : 0), in: text)!
        return text.replacingCharacters(in: range, with: replacement(String(text[range])))
    }

    private static func bumpNumber(_ text: String) -> String {
        let value = Double(text) ?? 0
        return value == value.rounded() ? String(Int(value) + 1) : String(value + 0.5)
    }

    // MARK: Edits of the example site

    func testEveryKindOfEditMatchesAFullBuild() throws {
        let site = try makeSite()
        XCTAssertEqual(try site.build().kind, .full)
        let objective = "2026-Q3/cs/retention.md"
        let edits: [(String, String, IncrementalBuild.Report.Kind, (String) -> String)] = [
            ("check-in value", objective, .incremental, { Self.replacingFirst(#"value: ([0-9.]+)"#, in: $0, Self.bumpNumber) }),
            ("confidence", objective, .incremental, { Self.replacingFirst(#"confidence: ([0-9.]+)"#, in: $0) { $0 == "0.5" ? "0.9" : "0.5" } }),
            ("check-in note", "2026-Q3/sales/upsell.md", .incremental, { Self.replacingFirst(#"(- \{ date: [0-9-]+, value: [0-9.]+)"#, in: $0) { $0 + ", note: 新しいメモ" } }),
            ("objective title", "2026-Q3/sales/upsell.md", .incremental, { Self.replacingFirst(#"^title: (.*)$"#, in: $0) { $0 + "（改訂）" } }),
            ("key result title", objective, .incremental, { Self.replacingFirst(#"^    title: (.*)$"#, in: $0) { $0 + "（改訂）" } }),
            ("contributing key result's title", "2026-Q3/cs/voice-of-customer.md", .incremental,
             { Self.replacingFirst(#"^  - title: (.*)$"#, in: $0) { $0 + "（改訂）" } }),
            ("company objective's target", "2026/company/brand-loyalty.md", .incremental, { Self.replacingFirst(#"target: ([0-9.]+)"#, in: $0, Self.bumpNumber) }),
            ("body paragraph", objective, .incremental, { $0 + "\n追記した段落。\n" }),
            ("retrospective section", "2026-Q2/cs/support-speed.md", .incremental, { $0 + "\n## 振り返り\n\n応答時間の改善は仕組み化できた。\n" }),
            ("task list item", "2026-Q3/stores/reviews.md", .incremental, { $0 + "\n- [x] 口コミ返信のテンプレートを作る\n- [ ] 店長会で共有する\n" }),
            ("manual health", "2026-Q3/marketing/mql.md", .incremental, { Self.replacingFirst(#"^(title: .*)$"#, in: $0) { $0 + "\nhealth: off_track" } }),
            ("owner", "2026-Q3/marketing/mql.md", .incremental, { Self.replacingFirst(#"^owner: (.*)$"#, in: $0) { $0 == "hayashi" ? "kimura" : "hayashi" } }),
            ("check-in in the future (a warning)", objective, .incremental, { Self.replacingFirst(#"date: ([0-9-]+)"#, in: $0) { _ in "2026-12-20" } }),
            ("key result owner", objective, .incremental, { Self.replacingFirst(#"^    owner: (.*)$"#, in: $0) { $0 == "ito" ? "sasaki" : "ito" } }),
            ("alignment", "2026-Q3/marketing/mql.md", .full, { Self.replacingFirst(#"^aligns_to: (.*)$"#, in: $0) { _ in "[2026/company/brand-loyalty]" } }),
            ("site title", "site.yaml", .full, { Self.replacingFirst(#"^title: (.*)$"#, in: $0) { $0 + " 2026" } }),
            ("unit name", "org.yaml", .full, { Self.replacingFirst(#"name: (カスタマーサクセス部)"#, in: $0) { _ in "顧客成功部" } }),
        ]
        for (name, path, kind, change) in edits {
            try edit(path, named: name, change)
            let report = try rebuildAndCompare(site, name)
            XCTAssertEqual(report.kind, kind, name)
            XCTAssertEqual(report.changedFiles, [path], name)
            if name == "body paragraph" { XCTAssertEqual(report.filesWritten, 1, "a body edit rewrites only the objective's page") }
            if name == "check-in value" {
                XCTAssertGreaterThan(site.rowCache.reusedInBuild, 100, "the largest pages copy the rows of the objectives the edit did not change")
            }
        }
    }

    /// An incremental build leaves the files it replaced under hidden names, for the caller to remove after
    /// reporting; they are gone after `finishBuild()`, or at the start of the next build.
    func testReplacedFilesStayUntilRemoved() throws {
        let site = try makeSite()
        let live = scratch.appendingPathComponent("live")
        try site.build()
        let objective = "2026-Q3/cs/retention.md"
        let hidden = { Self.files(in: live).keys.filter { $0.split(separator: "/").last!.hasPrefix(".okra-partial-") } }

        try edit(objective) { Self.replacingFirst(#"value: ([0-9.]+)"#, in: $0, Self.bumpNumber) }
        let report = try site.build()
        XCTAssertEqual(report.kind, .incremental)
        XCTAssertEqual(hidden().count, report.filesWritten, "every file written replaced one")
        XCTAssertTrue(hidden().contains { $0.hasPrefix(".okra-partial-") }, "the data files at the root (okrs.json, search-index.js) are among them")
        site.finishBuild()
        XCTAssertEqual(hidden(), [])

        try edit(objective) { Self.replacingFirst(#"value: ([0-9.]+)"#, in: $0, Self.bumpNumber) }
        try site.build()
        XCTAssertFalse(hidden().isEmpty)
        try edit(objective) { Self.replacingFirst(#"confidence: ([0-9.]+)"#, in: $0) { $0 == "0.5" ? "0.9" : "0.5" } }
        let next = try site.build()
        XCTAssertEqual(hidden().count, next.filesWritten, "the next build removes the earlier build's replaced files first")
    }

    /// The model and the graph of an edit that keeps every reference are the earlier ones with the objective
    /// replaced: the warnings about its references must still point at the lines where they are now.
    func testWarningsOfAnEditedFileFollowTheirLines() throws {
        let site = try makeSite()
        try site.build()
        let path = "2026-Q3/cs/retention.md"
        try edit(path, named: "alignment to another quarter") { Self.replacingFirst(#"^aligns_to: (.*)$"#, in: $0) { _ in "[2026-Q2/cs/support-speed]" } }
        XCTAssertEqual(try rebuildAndCompare(site, "alignment to another quarter").kind, .full)
        let warningLines = { (report: IncrementalBuild.Report) in
            report.check?.diagnostics.filter { $0.rule == .alignmentOutsidePeriod && $0.location.file == path }.map(\.location.line)
        }
        try edit(path, named: "a line above aligns_to") { Self.replacingFirst(#"^(owner: .*)$"#, in: $0) { $0 + "\nweight: 2" } }
        let report = try rebuildAndCompare(site, "a line above aligns_to")
        XCTAssertEqual(report.kind, .incremental)
        XCTAssertEqual(warningLines(report), [5], "the warning moves down with its line")
    }

    /// `okra watch` passes the files inotify named: only those are looked at, unless one is a file the last build
    /// did not have and that exists now (then the folder is scanned as without them).
    func testFilesNamedByTheWatcherAreRebuiltLikeAScan() throws {
        let site = try makeSite()
        try site.build()
        let path = "2026-Q3/cs/retention.md"
        try edit(path) { Self.replacingFirst(#"value: ([0-9.]+)"#, in: $0, Self.bumpNumber) }
        var report = try site.build(changes: .files([path, "2026-Q3/cs/.retention.md.swp", "_notes/plan.md"]))
        XCTAssertEqual(report.kind, .incremental)
        XCTAssertEqual(report.changedFiles, [path])
        try rebuildAndCompare(site, "after the named file")

        report = try site.build(changes: .files(["2026-Q3/cs/.retention.md.swp"]))
        XCTAssertEqual(report.kind, .unchanged, "an editor's swap file is not content")

        // An editor that saves by writing `retention.md.tmp` and renaming it over the file: the temporary name is
        // gone by the time the build looks, so only the named file is read (an unnamed new file is not noticed,
        // as it would be by a scan of the folder).
        let unnamed = content.appendingPathComponent("2026-Q3/cs/unnamed.md")
        try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8).write(to: unnamed, atomically: true, encoding: .utf8)
        try edit(path) { Self.replacingFirst(#"value: ([0-9.]+)"#, in: $0, Self.bumpNumber) }
        report = try site.build(changes: .files([path + ".tmp", path]))
        XCTAssertEqual(report.kind, .incremental)
        XCTAssertEqual(report.changedFiles, [path])
        try FileManager.default.removeItem(at: unnamed)

        let added = "2026-Q3/cs/onboarding.md"
        try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
            .write(to: content.appendingPathComponent(added), atomically: true, encoding: .utf8)
        try edit(path) { Self.replacingFirst(#"value: ([0-9.]+)"#, in: $0, Self.bumpNumber) }
        report = try site.build(changes: .files([added]))
        XCTAssertEqual(report.kind, .full, "a file the last build did not have means a scan, which also finds the unnamed edit")
        XCTAssertEqual(report.changedFiles, [added, path])
        try rebuildAndCompare(site, "after the scan")
    }

    func testAddedAndRemovedObjectivesRebuildTheWholeSite() throws {
        let site = try makeSite()
        try site.build()
        let added = content.appendingPathComponent("2026-Q3/cs/onboarding.md")
        try """
        ---
        title: 新規顧客の立ち上がりを早める
        owner: kimura
        aligns_to: [2026/company/brand-loyalty]
        key_results:
          - title: 導入完了までの日数を30日から14日に短縮する
            start: 30
            target: 14
            unit: 日
            checkins:
              - { date: 2026-10-05, value: 28 }
        ---
        新しい目標。
        """.write(to: added, atomically: true, encoding: .utf8)
        XCTAssertEqual(try rebuildAndCompare(site, "added objective").kind, .full)
        try FileManager.default.removeItem(at: content.appendingPathComponent("2026-Q3/stores/staff-growth.md"))
        XCTAssertEqual(try rebuildAndCompare(site, "removed objective").kind, .full)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("live/2026-Q3/stores/staff-growth.html").path))
    }

    func testNothingChangedWritesNothing() throws {
        let site = try makeSite()
        try site.build()
        let page = scratch.appendingPathComponent("live/index.html").path
        let written = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date
        let report = try site.build()
        XCTAssertEqual(report.kind, .unchanged)
        XCTAssertEqual(report.filesWritten, 0)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date, written)
    }

    func testErrorsLeaveTheOutputAsItWasAndTheFixIsRebuilt() throws {
        let site = try makeSite()
        try site.build()
        let before = Self.files(in: scratch.appendingPathComponent("live"))
        let path = "2026-Q3/sales/upsell.md"
        let original = try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
        // A structural edit in org.yaml together with a broken objective: the fix must still rebuild everything.
        try edit("org.yaml") { Self.replacingFirst(#"name: (営業部)"#, in: $0) { _ in "営業本部" } }
        try edit(path) { $0.replacingOccurrences(of: "key_results:", with: "key_results: [") }
        let stopped = try site.build()
        XCTAssertEqual(stopped.kind, .stopped)
        XCTAssertGreaterThan(stopped.check?.errorCount ?? 0, 0)
        XCTAssertEqual(Self.files(in: scratch.appendingPathComponent("live")), before, "a failed build must leave the output untouched")
        try original.write(to: content.appendingPathComponent(path), atomically: true, encoding: .utf8)
        XCTAssertEqual(try rebuildAndCompare(site, "fixed after an error").kind, .full)
    }

    // MARK: A period large enough for one alignment map per company objective

    func testSeededEditsOfALargePeriodMatchAFullBuild() throws {
        let units = ["sales", "marketing", "cs", "stores", "sales-enterprise", "management"]
        let people = ["tanaka", "suzuki", "ito", "yamamoto", "sasaki", "takahashi", "matsumoto", "watanabe", "yamada", "kimura", "hayashi"]
        var generated: [String] = []
        for index in 0..<72 {
            let unit = units[index % units.count]
            let parent = index < 12 ? (index % 2 == 0 ? "2026/company/brand-loyalty" : "2026/company/new-business")
                                    : "2026-Q3/\(units[(index - 12) % units.count])/generated-\(index - 12)"
            let contribution = index >= 20 && index % 5 == 0 ? "\n    contributes_to: [2026-Q3/\(units[(index - 7) % units.count])/generated-\(index - 7)]" : ""
            let path = "2026-Q3/\(unit)/generated-\(index).md"
            try """
            ---
            title: 生成された目標 \(index)
            owner: \(people[index % people.count])
            aligns_to: [\(parent)]
            key_results:
              - title: 指標 \(index) を10から\(20 + index)に増やす
                owner: \(people[(index + 3) % people.count])
                start: 10
                target: \(20 + index)\(contribution)
                checkins:
                  - { date: 2026-10-05, value: \(11 + index % 7), confidence: 0.6 }
                  - { date: 2026-10-12, value: \(12 + index % 9) }
              - title: 施策 \(index) を完了する
                type: milestone
                done: \(index % 4 == 0)
            ---
            目標 \(index) の背景。
            """.write(to: content.appendingPathComponent(path), atomically: true, encoding: .utf8)
            generated.append(path)
        }
        let site = try makeSite()
        XCTAssertEqual(try site.build().kind, .full)
        let examples = ["2026-Q3/cs/retention.md", "2026-Q3/sales/upsell.md", "2026/company/new-business.md", "2026-Q2/cs/support-speed.md"]
        var generator = SeededGenerator(seed: 20261124)
        var kinds: [IncrementalBuild.Report.Kind] = []
        for round in 0..<24 {
            let pool = round % 3 == 0 ? examples : generated
            let path = pool[Int.random(in: 0..<pool.count, using: &generator)]
            let change: (String) -> String
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: change = { Self.replacingFirst(#"value: ([0-9.]+)"#, in: $0, Self.bumpNumber) }
            case 1: change = { Self.replacingFirst(#"^title: (.*)$"#, in: $0) { $0 + "・\(round)" } }
            case 2: change = { Self.replacingFirst(#"target: ([0-9.]+)"#, in: $0, Self.bumpNumber) }
            case 3: change = { $0 + "\n- [x] 手順 \(round)\n" }
            default: change = { Self.replacingFirst(#"^owner: (.*)$"#, in: $0) { $0 == "tanaka" ? "kimura" : "tanaka" } }
            }
            try edit(path, change)
            kinds.append(try rebuildAndCompare(site, "round \(round): \(path)").kind)
        }
        XCTAssertEqual(kinds.filter { $0 == .incremental }.count, kinds.count, "value edits are rebuilt incrementally")
    }
}
