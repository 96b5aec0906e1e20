import Foundation
import XCTest
@testable import OkraKit

/// Search (`search.html`, `search-index.js`) and the objective filter on period dashboards.
final class SearchTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("okra-search-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: scratch) }

    @discardableResult
    func build(_ content: String, theme: Theme? = nil) throws -> (BuildOutcome, SiteInspector) {
        let output = scratch.appendingPathComponent("public")
        let outcome = try Pipeline.build(PipelineOptions(contentDirectory: content, today: Day(iso: "2026-11-24")!),
                                         theme: try theme ?? Theme.load(directory: nil), output: output.path)
        XCTAssertTrue(outcome.succeeded)
        return (outcome, SiteInspector(root: output))
    }

    /// The JSON inside `search-index.js`.
    static func searchIndex(_ site: SiteInspector) throws -> [String: Any] {
        let script = try site.text(SitePaths.searchIndex)
        let prefix = "window.okraSearchIndex = ", suffix = ";\n"
        XCTAssertTrue(script.hasPrefix(prefix), "assigns the global")
        XCTAssertTrue(script.hasSuffix(suffix))
        let json = script.dropFirst(prefix.count).dropLast(suffix.count)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// Resolves a relative link written on the page at `page` to a path from the site root.
    static func resolve(_ link: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for component in link.split(separator: "#")[0].split(separator: "/") {
            if component == ".." { parts.removeLast() } else if component != "." { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }

    func testTheIndexHasEveryObjectiveOnceWithWorkingURLs() throws {
        let (outcome, site) = try build(SiteBuildTests.fixtureSite)
        let index = try Self.searchIndex(site)
        XCTAssertEqual(index["schema"] as? String, "okra-search/1")
        XCTAssertEqual(index["language"] as? String, "en")
        XCTAssertEqual((index["periods"] as? [[String]])?.map { $0[0] }, ["2026-Q3", "2026-Q2"], "newest first")
        XCTAssertEqual((index["units"] as? [String: String])?["sales"], "Sales")
        XCTAssertEqual((index["health"] as? [String: String])?["at_risk"], "at risk")
        XCTAssertEqual((index["bands"] as? [String: String])?["yellow"], "yellow")
        let objectives = try XCTUnwrap(index["objectives"] as? [[String: Any]])
        XCTAssertEqual(objectives.compactMap { $0["i"] as? String }.sorted(), outcome.check.content.objectives.map(\.id.path).sorted())
        let files = Set(site.files)
        for objective in objectives {
            let url = try XCTUnwrap(objective["r"] as? String)
            XCTAssertTrue(files.contains(url), "\(url) exists")
            let page = try site.text(url)
            for keyResult in objective["k"] as? [[String]] ?? [] {
                XCTAssertTrue(page.contains("id=\"kr-\(keyResult[0])\""), "\(url) has the anchor of \(keyResult[0])")
            }
        }
        let pipeline = try XCTUnwrap(objectives.first { $0["i"] as? String == "2026-Q3/sales/pipeline" })
        XCTAssertEqual(pipeline["t"] as? String, "Grow a healthy pipeline for the new service")
        XCTAssertEqual(pipeline["p"] as? String, "2026-Q3")
        XCTAssertEqual(pipeline["u"] as? String, "sales")
        XCTAssertEqual(pipeline["o"] as? String, "Ann Seller", "owner by name")
        XCTAssertNil(pipeline["g"], "no tags, no key")
        XCTAssertEqual(pipeline["k"] as? [[String]], [["meetings", "Hold meetings with decision makers"],
                                                    ["lead-time", "Cut proposal-to-close time", "Bob Brand"]], "a key result's own owner only when it differs")
        XCTAssertEqual(pipeline["n"] as? Int, 44)
        XCTAssertEqual(pipeline["b"] as? String, "yellow")
        let growth = try XCTUnwrap(objectives.first { $0["i"] as? String == "2026-Q3/company/growth" })
        XCTAssertEqual(growth["g"] as? [String], ["growth"])
        let archived = try XCTUnwrap(objectives.first { $0["i"] as? String == "2026-Q2/sales/pipeline" })
        XCTAssertEqual(archived["s"] as? Int, 65, "the final score")
        // One objective per line keeps the file diffable; the whole stays small.
        XCTAssertEqual(try site.text(SitePaths.searchIndex).split(separator: "\n").filter { $0.hasPrefix("{\"i\":") }.count, 4)
    }

    func testTheExampleIndexKeepsJapaneseTextAsWritten() throws {
        let (outcome, site) = try build(ExampleContentTests.contentDirectory)
        let index = try Self.searchIndex(site)
        let objectives = try XCTUnwrap(index["objectives"] as? [[String: Any]])
        XCTAssertEqual(objectives.count, outcome.check.content.objectives.count)
        XCTAssertEqual(Set(objectives.compactMap { $0["i"] as? String }).count, objectives.count, "each objective once")
        // Text is stored as written (the script normalises); periods carry their Japanese labels.
        XCTAssertEqual((index["periods"] as? [[String]])?.first { $0[0] == "2026-Q3" }?[1], "2026年度 第3四半期")
        let titles = Set(objectives.compactMap { $0["t"] as? String })
        XCTAssertEqual(titles, Set(outcome.check.content.objectives.map(\.title)))
        let size = try site.text(SitePaths.searchIndex).utf8.count
        XCTAssertLessThan(size, 1_000 * objectives.count, "about half a kilobyte per objective")
    }

    func testTheSearchPageIsLinkedFromEveryPageHeader() throws {
        let (_, site) = try build(SiteBuildTests.fixtureSite)
        XCTAssertTrue(site.files.contains(SitePaths.search))
        XCTAssertTrue(site.files.contains(SitePaths.script))
        let form = try NSRegularExpression(pattern: #"<form class="site-search" role="search" action="([^"]*)" method="get">"#)
        let root = try NSRegularExpression(pattern: #"<html lang="en" data-root="([^"]*)""#)
        for page in site.pages {
            let html = try site.text(page)
            func first(_ pattern: NSRegularExpression) -> String? {
                pattern.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)).flatMap { Range($0.range(at: 1), in: html) }.map { String(html[$0]) }
            }
            let action = try XCTUnwrap(first(form), "\(page) has the header's search form")
            XCTAssertEqual(Self.resolve(action, from: page), SitePaths.search, page)
            XCTAssertTrue(html.contains(#"<input type="search" id="site-search-q" name="q""#), page)
            let rootHref = try XCTUnwrap(first(root), page)
            XCTAssertEqual(Self.resolve(rootHref + SitePaths.home, from: page), SitePaths.home, "\(page): data-root leads to the root")
            XCTAssertTrue(html.contains("<script src=\"\(rootHref)\(SitePaths.script)\" defer></script>"), page)
        }
        let search = try site.text(SitePaths.search)
        XCTAssertTrue(search.contains(#"<script src="search-index.js"></script>"#))
        XCTAssertTrue(search.contains(#"<label for="search-q">"#), "a labelled field")
        XCTAssertTrue(search.contains(#"aria-live="polite""#))
        XCTAssertTrue(search.contains(#"<section class="section search-results" aria-labelledby="search-results-heading" hidden>"#),
                      "results stay hidden without JavaScript")
        // Without JavaScript: a note and every period's dashboard.
        let noscript = try XCTUnwrap(search.range(of: "<noscript>").flatMap { start in search.range(of: "</noscript>").map { String(search[start.upperBound..<$0.lowerBound]) } })
        XCTAssertTrue(noscript.contains("Search needs JavaScript"))
        XCTAssertTrue(noscript.contains(#"href="2026-Q3/index.html""#))
        XCTAssertTrue(noscript.contains(#"href="2026-Q2/index.html""#))
        XCTAssertEqual(try site.brokenLinks().broken, [])
    }

    func testDashboardsListEveryObjectiveWithFilterAttributes() throws {
        let (outcome, site) = try build(SiteBuildTests.fixtureSite)
        let html = try site.text("2026-Q3/index.html")
        XCTAssertTrue(html.contains(#"<form class="objective-filter" data-filter-list="all-objectives-list" hidden>"#), "hidden until the script runs")
        XCTAssertTrue(html.contains(#"<table class="objective-table" id="all-objectives-list">"#))
        XCTAssertTrue(html.contains(#"<p class="filter-status" aria-live="polite""#))
        let rows = try NSRegularExpression(pattern: #"<tr data-unit="([a-z0-9_-]+)" data-health="([a-z-]+)" data-band="([a-z]+)"><th scope="row"><a href="([^"]+)">"#)
        let found = rows.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            (1...4).map { String(html[Range(match.range(at: $0), in: html)!]) }
        }
        let period = outcome.check.content.objectives(inPeriod: "2026-Q3")
        XCTAssertEqual(found.count, period.count, "one row per objective of the period")
        for objective in period {
            let score = try XCTUnwrap(outcome.check.scorecard.score(of: objective.id))
            let row = found.first { Self.resolve($0[3], from: "2026-Q3/index.html") == SitePaths.objective(objective.id) }
            XCTAssertEqual(row?[0], objective.id.unit)
            XCTAssertEqual(row?[1], score.health.rawValue.replacingOccurrences(of: "_", with: "-"))
            XCTAssertEqual(row?[2], score.band.rawValue)
        }
        XCTAssertEqual(found.map { $0[0] }, ["company", "sales", "marketing"], "in the order of the unit tree")
        // A unit option selects the unit and the units below it.
        XCTAssertTrue(html.contains(#"<option value="company" data-units="company sales marketing">Acme Inc. (3)</option>"#), html)
        XCTAssertTrue(html.contains("<option value=\"sales\" data-units=\"sales\">\u{00A0}\u{00A0}Sales (1)</option>"), "indented by depth")
        XCTAssertTrue(try site.text("index.html").contains(#"id="all-objectives-list""#), "the home page is the current dashboard")
    }

    func testTheScriptIsPartOfTheThemeAndCanBeOverridden() throws {
        let builtIn = try Theme.load(directory: nil)
        XCTAssertTrue(builtIn.script.contains("'use strict'"))
        XCTAssertFalse(builtIn.script.contains("innerHTML"), "text goes in with textContent")
        XCTAssertFalse(builtIn.script.contains("fetch("), "no network, works from file://")
        let templates = scratch.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("/* mine */".utf8).write(to: templates.appendingPathComponent("assets/okra.js"))
        let theme = try Theme.load(directory: templates.path, required: true)
        XCTAssertEqual(theme.overriddenFiles, ["assets/okra.js"])
        let (_, site) = try build(SiteBuildTests.fixtureSite, theme: theme)
        XCTAssertEqual(try site.text(SitePaths.script), "/* mine */")
    }

    /// The script's matching, run with Node on the example company's index: NFKC, case, every word, key results.
    func testTheScriptFindsWhatTheDocsSay() throws {
        let node = ["/usr/bin/node", "/usr/local/bin/node", "/opt/homebrew/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let node else { throw XCTSkip("node is not installed; the browser tests cover the script") }
        let (_, site) = try build(ExampleContentTests.contentDirectory)
        let program = """
        const fs = require('fs'), vm = require('vm');
        global.window = {};
        vm.runInThisContext(fs.readFileSync(process.argv[1], 'utf8'));
        vm.runInThisContext(fs.readFileSync(process.argv[2], 'utf8'));
        const entries = window.okra.prepare(window.okraSearchIndex);
        const out = {};
        for (const q of JSON.parse(process.argv[3])) {
          out[q] = window.okra.find(entries, q).map(h => [h.entry.o.i].concat(h.keyResults.map(k => k.id)));
        }
        console.log(JSON.stringify(out));
        """
        let queries = ["ＯＫＲ", "OKR", "okr", "ｶｽﾀﾏｰｻｸｾｽ", "ＮＰＳ　木村", "田中 新規", "存在しない語", "", "2026-q1"]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", program, site.root.appendingPathComponent(SitePaths.searchIndex).path,
                             site.root.appendingPathComponent(SitePaths.script).path,
                             String(decoding: try JSONSerialization.data(withJSONObject: queries), as: UTF8.self)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let results = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: [[String]]])
        let ids = { (query: String) in results[query]?.map { $0[0] } ?? [] }
        XCTAssertEqual(ids("ＯＫＲ"), ["2026-Q3/management/okr-rhythm"], "full-width finds half-width")
        XCTAssertEqual(ids("ＯＫＲ"), ids("okr"))
        XCTAssertEqual(ids("OKR"), ids("okr"), "case does not matter")
        XCTAssertEqual(ids("ｶｽﾀﾏｰｻｸｾｽ").count, 6, "half-width katakana finds the unit カスタマーサクセス部")
        XCTAssertEqual(ids("ＮＰＳ　木村"), ["2026/company/brand-loyalty", "2026-Q3/cs/retention", "2026-Q2/cs/retention"],
                       "every word, ideographic space, all periods newest first")
        XCTAssertEqual(results["ＮＰＳ　木村"]?.first, ["2026/company/brand-loyalty", "nps"], "the matching key result")
        XCTAssertTrue(ids("田中 新規").contains("2026-Q3/sales/new-customers"), "owner and title words together")
        XCTAssertEqual(ids("存在しない語"), [])
        XCTAssertEqual(ids(""), [])
        XCTAssertEqual(Set(ids("2026-q1").map { String($0.prefix(7)) }), ["2026-Q1"], "the period id")
    }
}
