import Foundation
import XCTest
@testable import OkraKit

/// `okra build` end to end: pages, links, safety of the output folder, and the data files.
final class SiteBuildTests: XCTestCase {
    static let fixtureSite = ExampleContentTests.repositoryRoot.appendingPathComponent("Tests/OkraKitTests/Fixtures/site").path

    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("okra-build-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: scratch) }

    @discardableResult
    func build(_ content: String, output: String? = nil, theme: Theme? = nil, today: String = "2026-11-24") throws -> BuildOutcome {
        try Pipeline.build(
            PipelineOptions(contentDirectory: content, today: Day(iso: today)!),
            theme: try theme ?? Theme.load(directory: nil),
            output: output ?? scratch.appendingPathComponent("public").path)
    }

    var output: SiteInspector { SiteInspector(root: scratch.appendingPathComponent("public")) }

    func testExampleSiteHasEveryPageAndNoBrokenLinks() throws {
        let outcome = try build(ExampleContentTests.contentDirectory)
        XCTAssertTrue(outcome.succeeded)
        let files = Set(output.files)
        for page in ["index.html", "archive.html", "2026-Q3/index.html", "2026-Q3/alignment.html", "2026-Q2/index.html",
                     "2026/index.html", "2026-Q3/sales/index.html", "2026-Q3/sales-enterprise/index.html", "2026-Q3/company/index.html",
                     "2026-Q3/sales/new-customers.html", "people/tanaka.html", "assets/okra.css", "okrs.json", ".okra-output"] {
            XCTAssertTrue(files.contains(page), "missing \(page)")
        }
        XCTAssertEqual(output.pages.count, outcome.pageCount)
        XCTAssertEqual(outcome.check.content.objectives.filter { files.contains(SitePaths.objective($0.id)) }.count,
                       outcome.check.content.objectives.count, "one page per objective")
        let links = try output.brokenLinks()
        XCTAssertEqual(links.broken, [], "broken internal links")
        XCTAssertEqual(links.external, [], "pages must not load anything from the network")
    }

    func testFixtureSiteLinksAndSitemap() throws {
        try build(Self.fixtureSite)
        XCTAssertEqual(try output.brokenLinks().broken, [])
        let sitemap = try output.text("sitemap.xml")
        XCTAssertTrue(sitemap.contains("<loc>https://intranet.example.com/okr/2026-Q3/sales/pipeline.html</loc>"), sitemap)
        XCTAssertFalse(sitemap.contains("okr//"))
        let page = try output.text("2026-Q3/sales/pipeline.html")
        XCTAssertTrue(page.contains("href=\"../marketing/leads.html#background\"") || page.contains("href=\"../marketing/leads.html\""), "body .md link rewritten")
    }

    func testEveryInternalLinkIsRelative() throws {
        try build(Self.fixtureSite)
        for page in output.pages {
            for link in SiteInspector.links(in: try output.text(page)) {
                XCTAssertFalse(link.hasPrefix("/"), "\(page): \(link)")
            }
        }
    }

    func testErrorsStopTheBuildAndKeepThePreviousOutput() throws {
        let site = try MiniSite("""
        -- 2026-Q3/sales/a.md --
        ---
        title: Fine
        key_results:
          - { title: a, target: 2 }
          - { title: b, target: 2 }
        ---
        """)
        defer { site.remove() }
        try build(site.directory.path)
        let before = try output.text("2026-Q3/sales/a.html")
        try site.write("2026-Q3/sales/a.md", Data("---\ntitle: Broken\nkey_results:\n  - { title: a, taget: 2 }\n---\n".utf8))
        let failed = try build(site.directory.path)
        XCTAssertFalse(failed.succeeded)
        XCTAssertEqual(failed.check.diagnostics(.unknownKey).count, 1)
        XCTAssertEqual(try output.text("2026-Q3/sales/a.html"), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path), ["public"], "no temporary folder left behind")
    }

    func testPagesOfDeletedObjectivesDisappear() throws {
        let site = try MiniSite("""
        -- 2026-Q3/sales/a.md --
        ---
        title: A
        ---
        -- 2026-Q3/sales/b.md --
        ---
        title: B
        ---
        """)
        defer { site.remove() }
        try build(site.directory.path)
        XCTAssertTrue(output.files.contains("2026-Q3/sales/b.html"))
        try FileManager.default.removeItem(at: site.directory.appendingPathComponent("2026-Q3/sales/b.md"))
        try build(site.directory.path)
        XCTAssertFalse(output.files.contains("2026-Q3/sales/b.html"))
        XCTAssertTrue(output.files.contains("2026-Q3/sales/a.html"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path), ["public"], "the previous output is removed")
    }

    /// Files are written one by one while pages are rendered; a failure half way must leave the previous
    /// output as it was and no staging folder behind.
    func testAFailedWriteHalfWayKeepsThePreviousOutput() throws {
        try build(Self.fixtureSite)
        let before = output.files
        let index = try String(contentsOf: scratch.appendingPathComponent("public/index.html"), encoding: .utf8)

        let staged = try StagedOutput(output: scratch.appendingPathComponent("public").path, contentDirectory: Self.fixtureSite)
        try staged.write(OutputFile(path: "index.html", contents: .text("new")))
        try staged.write(OutputFile(path: "2026-Q3/new/page.html", contents: .text("new")))
        XCTAssertThrowsError(try staged.write(OutputFile(path: "../escape.html", contents: .text("x")))) { error in
            XCTAssertTrue("\(error)".contains("outside the output folder"), "\(error)")
        }
        staged.discard()

        XCTAssertEqual(output.files, before)
        XCTAssertEqual(try String(contentsOf: scratch.appendingPathComponent("public/index.html"), encoding: .utf8), index)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("escape.html").path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path), ["public"])
    }

    /// The streamed build writes exactly the files that rendering in memory produces, byte for byte.
    func testStreamedBuildEqualsTheSiteRenderedInMemory() throws {
        try build(Self.fixtureSite)
        let outcome = try Pipeline.check(PipelineOptions(contentDirectory: Self.fixtureSite, today: Day(iso: "2026-11-24")!))
        let files = SiteRenderer.render(outcome, theme: try Theme.load(directory: nil), assets: outcome.assetFiles)
        XCTAssertEqual(Set(files.map(\.path)), Set(output.files).subtracting([OutputWriter.marker]))
        for file in files {
            let written = try Data(contentsOf: scratch.appendingPathComponent("public").appendingPathComponent(file.path))
            switch file.contents {
            case .text, .utf8, .stream: XCTAssertEqual(written, Data(try XCTUnwrap(file.text).utf8), file.path)
            case .copy(let source): XCTAssertEqual(written, try Data(contentsOf: URL(fileURLWithPath: Self.fixtureSite + "/" + source)), file.path)
            }
        }
    }

    func testRefusesToReplaceFoldersOkraDidNotWrite() throws {
        let foreign = scratch.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        XCTAssertThrowsError(try build(Self.fixtureSite)) { error in
            XCTAssertTrue("\(error)".contains("did not write"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOf: foreign.appendingPathComponent("notes.txt"), encoding: .utf8), "keep me")
    }

    func testRefusesAnOutputThatOverlapsTheContent() throws {
        let site = try MiniSite("-- 2026-Q3/sales/a.md --\n---\ntitle: A\n---\n")
        defer { site.remove() }
        XCTAssertThrowsError(try build(site.directory.path, output: site.directory.path))
        XCTAssertThrowsError(try build(site.directory.path, output: site.directory.appendingPathComponent("public").path))
        XCTAssertThrowsError(try build(site.directory.path, output: site.directory.deletingLastPathComponent().path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.directory.appendingPathComponent("2026-Q3/sales/a.md").path))
    }

    func testAssetsAreCopiedNextToObjectivePages() throws {
        let site = try MiniSite("""
        -- 2026-Q3/sales/a.md --
        ---
        title: A
        ---
        ![chart](funnel.png)
        """)
        defer { site.remove() }
        try site.write("2026-Q3/sales/funnel.png", Data([0x89, 0x50, 0x4E, 0x47]))
        try build(site.directory.path)
        XCTAssertTrue(output.files.contains("2026-Q3/sales/funnel.png"))
        XCTAssertEqual(try output.brokenLinks().broken, [])
    }

    func testSiteDataHasEveryObjectiveAndItsNumbers() throws {
        try build(Self.fixtureSite)
        let data = try Data(contentsOf: scratch.appendingPathComponent("public/okrs.json"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(json["schema"] as? String, "okra-site/1")
        let objectives = try XCTUnwrap(json["objectives"] as? [[String: Any]])
        XCTAssertEqual(objectives.count, 4)
        let pipeline = try XCTUnwrap(objectives.first { $0["id"] as? String == "2026-Q3/sales/pipeline" })
        XCTAssertEqual(pipeline["url"] as? String, "2026-Q3/sales/pipeline.html")
        XCTAssertEqual(pipeline["aligns_to"] as? [String], ["2026-Q3/company/growth"])
        let keyResults = try XCTUnwrap(pipeline["key_results"] as? [[String: Any]])
        XCTAssertEqual(keyResults[0]["progress"] as? Double, 0.62)
        XCTAssertEqual(try XCTUnwrap(keyResults[1]["progress"] as? Double), 4.0 / 15.0, accuracy: 1e-6)
        XCTAssertEqual(keyResults[1]["stale"] as? Bool, true)
        XCTAssertEqual(try XCTUnwrap(pipeline["progress"] as? Double), (0.62 + 4.0 / 15.0) / 2, accuracy: 1e-6)
        let archived = try XCTUnwrap(objectives.first { $0["id"] as? String == "2026-Q2/sales/pipeline" })
        XCTAssertEqual(archived["score"] as? Double, 0.65)
        XCTAssertEqual(archived["score_is_final"] as? Bool, true)
        XCTAssertEqual(archived["band"] as? String, "yellow")
    }

    func testATemplatesFolderOverridesTheBuiltInTheme() throws {
        let templates = scratch.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("{{<layout}}{{$content}}<p class=\"custom\">{{personName}}</p>{{/content}}{{/layout}}".utf8)
            .write(to: templates.appendingPathComponent("person.mustache"))
        try Data("body { color: rebeccapurple; }".utf8).write(to: templates.appendingPathComponent("assets/okra.css"))
        try build(Self.fixtureSite, theme: try Theme.load(directory: templates.path, required: true))
        XCTAssertTrue(try output.text("people/ann.html").contains("<p class=\"custom\">Ann Seller</p>"))
        XCTAssertTrue(try output.text("assets/okra.css").hasPrefix("body { color: rebeccapurple; }"))
        XCTAssertTrue(try output.text("index.html").contains("<main id=\"main\">"), "files the folder lacks come from the built-in theme")
    }

    func testABrokenTemplateIsReportedWithItsFile() throws {
        let templates = scratch.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("{{#open}} never closed".utf8).write(to: templates.appendingPathComponent("unit.mustache"))
        XCTAssertThrowsError(try Theme.load(directory: templates.path)) { error in
            XCTAssertTrue("\(error)".contains("unit.mustache"), "\(error)")
        }
    }

    func testBuiltInThemeMatchesTheTemplatesFolder() throws {
        let folder = ExampleContentTests.repositoryRoot.appendingPathComponent("templates")
        let onDisk = ContentLoader.listFiles(in: folder)
        XCTAssertEqual(Set(onDisk), Set(DefaultTheme.files.keys), "run scripts/embed-theme.py")
        for path in onDisk {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            XCTAssertEqual(DefaultTheme.files[path], text, "\(path) differs from the built-in theme: run scripts/embed-theme.py")
        }
    }
}
