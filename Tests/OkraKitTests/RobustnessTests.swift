import Foundation
import XCTest
@testable import OkraKit

/// Truncated or random bytes in any file give diagnostics, never a crash.
final class RobustnessTests: XCTestCase {
    private static let validObjective = """
    ---
    title: 〇〇業界で存在感を確立する
    owner: tanaka
    aligns_to: [2026/company/growth]
    tags: [新規開拓, "a, b"]
    key_results:
      - id: new-customers
        title: 新規顧客を30社獲得する
        target: 30
        unit: 社
        contributes_to: [marketing/brand]
        checkins:
          - { date: 2026-10-09, value: 4, confidence: 0.8, note: "展示会: 2社" }
          - { date: 2026-10-16, value: 7 }
      - title: 提案から受注までの期間を短縮する
        start: 45
        target: 30
        current: 38
      - { title: CRM導入, type: milestone, done: false }
    ---
    背景と戦略。[マーケ](../marketing/brand.md)

    ## アクション
    - [x] 出展を決める
    - [ ] リストを作る
    """

    private static let organisation = """
    units:
      - id: company
        name: 本社
      - id: sales
        name: 営業部
        parent: company
        lead: tanaka
    people:
      - { id: tanaka, name: 田中 太郎, unit: sales }
    """

    private static let settings = """
    title: OKR
    language: ja
    fiscal_year_start: 4
    periods:
      - { id: sprint-1, label: Sprint, start: 2026-10-01, end: 2026-10-14 }
    """

    /// Every prefix of a valid file (at a stride) is checked without crashing.
    func testTruncatedFilesNeverCrash() throws {
        for (path, text) in [("2026-Q3/sales/x.md", Self.validObjective), ("org.yaml", Self.organisation), ("site.yaml", Self.settings)] {
            let bytes = Array(text.utf8)
            let site = try MiniSite("")
            defer { site.remove() }
            for length in stride(from: 0, through: bytes.count, by: 7) {
                try site.write(path, Data(bytes[0..<length]))
                _ = try site.check()
            }
        }
    }

    /// Random bytes, random byte flips and random line shuffles in every kind of file.
    func testRandomBytesNeverCrash() throws {
        var generator = SeededGenerator(seed: 2026)
        let site = try MiniSite("")
        defer { site.remove() }
        let originals = [("2026-Q3/sales/x.md", Self.validObjective), ("org.yaml", Self.organisation), ("site.yaml", Self.settings)]
        for round in 0..<150 {
            for (path, text) in originals {
                var bytes = Array(text.utf8)
                switch round % 3 {
                case 0:
                    bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                case 1:
                    for _ in 0..<Int.random(in: 1...12, using: &generator) {
                        bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                    }
                default:
                    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                    lines.shuffle(using: &generator)
                    bytes = Array(lines.joined(separator: "\n").utf8)
                }
                try site.write(path, Data(bytes))
            }
            let outcome = try site.check()
            for diagnostic in outcome.diagnostics {
                XCTAssertGreaterThanOrEqual(diagnostic.location.line, 1)
                XCTAssertFalse(diagnostic.message.isEmpty)
            }
        }
    }

    func testInvalidUTF8IsReportedWithItsPlace() throws {
        let site = try MiniSite("")
        defer { site.remove() }
        var bytes = Array("---\ntitle: ok\nowner: ca".utf8)
        bytes += [0xE9, 0x0A]
        bytes += Array("---\n".utf8)
        try site.write("2026-Q3/sales/x.md", Data(bytes))
        let outcome = try site.check()
        assertSingle(outcome, .invalidUTF8, at: "2026-Q3/sales/x.md:3:10")
    }

    func testCRLFAndBOMAreAccepted() throws {
        let site = try MiniSite("")
        defer { site.remove() }
        let text = "\u{FEFF}" + Self.validObjective.replacingOccurrences(of: "\n", with: "\r\n")
        try site.write("2026-Q3/sales/x.md", Data(text.utf8))
        try site.write("org.yaml", Data(Self.organisation.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let outcome = try site.check()
        XCTAssertEqual(outcome.diagnostics.filter { $0.severity == .error }.map(\.rule), [.danglingReference, .danglingReference],
                       outcome.summaries.joined(separator: "\n"))
        let objective = try XCTUnwrap(outcome.content.objectives.first)
        XCTAssertEqual(objective.title, "〇〇業界で存在感を確立する")
        XCTAssertEqual(objective.keyResults.count, 3)
        XCTAssertEqual(objective.actions.map(\.done), [true, false])
        XCTAssertEqual(objective.keyResults[0].checkins[0].note, "展示会: 2社")
    }

    /// A linked unit folder is read like any other; a named pipe (which would block a reader forever) and
    /// names starting with `.` or `_` are skipped.
    func testLinkedFoldersAreFollowedAndPipesSkipped() throws {
        let site = try MiniSite("""
        -- shared/sales/x.md --
        ---
        title: From a linked folder
        ---
        """)
        defer { site.remove() }
        let period = site.directory.appendingPathComponent("2026-Q3")
        try FileManager.default.createDirectory(at: period, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: period.appendingPathComponent("sales"),
                                                   withDestinationURL: site.directory.appendingPathComponent("shared/sales"))
        XCTAssertEqual(mkfifo(period.appendingPathComponent("pipe.md").path, 0o644), 0)
        try site.write("2026-Q3/.hidden/y.md", Data("---\ntitle: hidden\n---\n".utf8))
        let files = ContentLoader.listFiles(in: site.directory)
        XCTAssertTrue(files.contains("2026-Q3/sales/x.md"), "\(files)")
        XCTAssertFalse(files.contains("2026-Q3/pipe.md"))
        XCTAssertFalse(files.contains { $0.contains(".hidden") })
        let outcome = try site.check()
        XCTAssertEqual(outcome.content.objectives.map(\.title).filter { $0 == "From a linked folder" }.count, 1)
    }

    /// A linked folder that leads back to a folder it sits in is not followed: the tree is listed once.
    func testLinkedFolderLoopsAreListedOnce() throws {
        let site = try MiniSite("""
        -- 2026-Q3/sales/x.md --
        ---
        title: Once
        ---
        """)
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(at: site.directory.appendingPathComponent("2026-Q3/sales/up"),
                                                   withDestinationURL: site.directory.appendingPathComponent("2026-Q3"))
        try FileManager.default.createSymbolicLink(at: site.directory.appendingPathComponent("2026-Q3/root"),
                                                   withDestinationURL: site.directory)
        XCTAssertEqual(ContentLoader.listFiles(in: site.directory).filter { $0.hasSuffix(".md") }, ["2026-Q3/sales/x.md"])
    }
}

/// A small deterministic random number generator (SplitMix64), so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
