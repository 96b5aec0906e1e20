import Foundation
import XCTest
@testable import OkraKit

/// User text in every field comes out escaped: no markup, no template syntax, no script.
final class HostileTextTests: XCTestCase {
    static let evil = #"<script>alert("x")</script> ' " & {{t.home}} "# + "\u{202E}evil\u{202C}"
    /// `evil` as a single-quoted YAML scalar.
    static let yaml = "'" + evil.replacingOccurrences(of: "'", with: "''") + "'"
    static let longWord = String(repeating: "長い単語", count: 60) + String(repeating: "a", count: 200)

    static let site = """
    -- site.yaml --
    title: \(yaml)
    language: en
    -- org.yaml --
    units:
      - { id: company, name: \(yaml), lead: eve }
      - { id: sales, name: \(yaml), parent: company, lead: eve }
    people:
      - { id: eve, name: \(yaml), unit: sales }
    -- 2026-Q3/company/top.md --
    ---
    title: \(yaml)
    owner: \(yaml)
    tags: [\(yaml), "\(longWord)"]
    key_results:
      - title: \(yaml)
        owner: eve
        target: 10
        unit: \(yaml)
        checkins:
          - { date: 2026-10-02, value: 3, confidence: 0.5, note: \(yaml) }
      - { title: "\(longWord)", type: milestone, done: false }
    ---
    <script>alert("body")</script>

    <div onclick="x()">raw block</div>

    A [bad link](javascript:alert(1)) and <img src=x onerror=alert(1)> and {{t.home}}.

    - [ ] \(evil)
    -- 2026-Q3/sales/child.md --
    ---
    title: \(yaml)
    aligns_to: [company/top]
    key_results:
      - { title: \(yaml), target: 5, contributes_to: [company/top] }
      - { title: \(yaml), target: 5 }
    ---
    """

    func testEveryPageEscapesUserText() throws {
        let site = try MiniSite(Self.site)
        defer { site.remove() }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("okra-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let outcome = try Pipeline.build(PipelineOptions(contentDirectory: site.directory.path, today: Day(iso: "2026-11-01")!),
                                         theme: try Theme.load(directory: nil), output: output.path)
        XCTAssertTrue(outcome.succeeded, outcome.check.summaries.joined(separator: "\n"))
        let inspector = SiteInspector(root: output)
        XCTAssertGreaterThan(inspector.pages.count, 5)
        for page in inspector.pages {
            // The only scripts are the theme's own files (and the search index on the search page), never inline.
            let html = try inspector.text(page).replacingOccurrences(of: #"<script src="(\.\./)*(assets/okra|search-index)\.js"( defer)?></script>"#,
                                                                       with: "", options: .regularExpression)
            XCTAssertFalse(html.contains("<script"), "\(page) contains a script element")
            XCTAssertFalse(html.contains("alert(\"x\")</"), "\(page) has unescaped user text")
            XCTAssertFalse(html.contains("onerror="), "\(page) passes raw HTML through")
            XCTAssertFalse(html.contains("onclick="), "\(page) passes raw HTML through")
            XCTAssertFalse(html.lowercased().contains("javascript:"), "\(page) keeps a javascript: URL")
            XCTAssertTrue(html.contains("{{t.home}}"), "\(page): the site title's template syntax must stay literal text")
            XCTAssertFalse(html.contains(#"alert(&quot;x&quot;)</script>"#), "\(page)")
        }
        let objective = try inspector.text("2026-Q3/company/top.html")
        XCTAssertTrue(objective.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39; &quot; &amp; {{t.home}}"), "escaped title")
        XCTAssertTrue(objective.contains("<!-- raw HTML omitted -->"))
        XCTAssertTrue(objective.contains("\u{202E}evil\u{202C}"), "bidirectional marks are kept as text")
        XCTAssertEqual(try inspector.brokenLinks().broken, [])
        // The search index is JSON in a script: user text must come back exactly, as data.
        let index = try SearchTests.searchIndex(inspector)
        let titles = (index["objectives"] as? [[String: Any]] ?? []).compactMap { $0["t"] as? String }
        XCTAssertEqual(titles.count, 2)
        XCTAssertTrue(titles.allSatisfy { $0 == Self.evil }, "\(titles)")
        let css = try inspector.text("assets/okra.css")
        XCTAssertTrue(css.contains("overflow-wrap: anywhere"), "long words wrap instead of widening the page")
    }

    func testMarkdownRendererDropsRawHTMLAndUnsafeURLs() {
        let document = MarkdownParser.parse("""
        <b>raw</b> [x](javascript:alert(1)) [y](https://example.com/?a=1&b="2") ![i](data:image/png;base64,AAAA) ![j](data:text/html,x)

        <div>block</div>
        """)
        let html = MarkdownRenderer().html(document)
        XCTAssertEqual(html, """
        <p><!-- raw HTML omitted -->raw<!-- raw HTML omitted --> <a href="">x</a> <a href="https://example.com/?a=1&amp;b=&quot;2&quot;">y</a> <img src="data:image/png;base64,AAAA" alt="i" loading="lazy"> <img src="" alt="j" loading="lazy"></p>
        <!-- raw HTML omitted -->

        """)
    }
}
