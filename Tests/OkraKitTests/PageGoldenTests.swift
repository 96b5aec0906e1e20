import Foundation
import XCTest
@testable import OkraKit

/// Whole pages of the committed fixture site, compared byte for byte with golden files.
/// `OKRA_UPDATE_GOLDEN=1 swift test --filter PageGoldenTests` rewrites them after an intended change.
final class PageGoldenTests: XCTestCase {
    static let goldenFolder = ExampleContentTests.repositoryRoot.appendingPathComponent("Tests/OkraKitTests/Fixtures/golden/pages")
    static let pages = [
        "index.html", "archive.html", "2026-Q3/index.html", "2026-Q3/alignment.html", "2026-Q3/sales/index.html",
        "2026-Q3/sales/pipeline.html", "2026-Q2/sales/pipeline.html", "people/ann.html", "okrs.json", "sitemap.xml",
        "search.html", "search-index.js",
    ]

    func testPagesMatchGoldenFiles() throws {
        let outcome = try Pipeline.check(PipelineOptions(contentDirectory: SiteBuildTests.fixtureSite, today: Day(iso: "2026-11-24")!))
        let files = SiteRenderer.render(outcome, theme: try Theme.load(directory: nil), assets: outcome.assetFiles)
        for page in Self.pages {
            guard let file = files.first(where: { $0.path == page }), let text = file.text else {
                XCTFail("\(page) was not rendered")
                continue
            }
            try GoldenFile.assertMatches(text, golden: Self.goldenFolder.appendingPathComponent(page.replacingOccurrences(of: "/", with: "__")),
                                         tests: "PageGoldenTests")
        }
    }

    func testRenderingIsDeterministic() throws {
        let outcome = try Pipeline.check(PipelineOptions(contentDirectory: ExampleContentTests.contentDirectory, today: Day(iso: "2026-11-24")!))
        let theme = try Theme.load(directory: nil)
        func texts() -> [String: String] {
            var result: [String: String] = [:]
            for file in SiteRenderer.render(outcome, theme: theme, assets: []) {
                if let text = file.text { result[file.path] = text }
            }
            return result
        }
        XCTAssertEqual(texts(), texts())
    }
}
