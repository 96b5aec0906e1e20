import XCTest
@testable import OkraKit

/// `okra watch` keeps the rendered rows of its largest pages (``RowCache``): a kept row must render exactly as
/// its data would, be copied while nothing it shows changed, and be rendered again when something did.
final class RowCacheTests: XCTestCase {
    /// Makes link rows from a table of titles that the test edits, counting how often it is asked.
    private final class TitleMaker: RowMaker {
        let titles = Locked<[ObjectiveID: String]>([:])
        let calls = Locked(0)

        func data(for recipe: RowRecipe) -> TemplateData {
            calls.withValue { $0 += 1 }
            guard case .link(let id) = recipe else { return [:] }
            return ["title": titles.withValue { $0[id] ?? "?" }, "slug": id.slug]
        }
    }

    private let ids = (1...3).map { ObjectiveID(period: "2026-Q3", unit: "sales", slug: "goal-\($0)") }
    private let maker = TitleMaker()
    private let cache = RowCache()
    private var library = TemplateLibrary()

    override func setUpWithError() throws {
        try library.register("<ul>\n{{#rows}}<li id=\"{{slug}}\">{{title}}{{#draft}} {{t.draft}}{{/draft}} {{t.suffix}}</li>\n{{/rows}}</ul>\n{{#rows}}{{slug}} {{/rows}}", named: "page")
        try library.register("<ol>{{#rows}}<li>{{title}}</li>{{/rows}}</ol>{{#last(rows)}}{{title}}{{/last(rows)}}", named: "other")
        maker.titles.withValue { titles in
            for (index, id) in ids.enumerated() { titles[id] = "目標 \(index + 1) <&>" }
        }
    }

    private func pageData(suffix: String) -> TemplateData {
        ["rows": ids.map { TemplateValue.kept(KeptRow(recipe: .link($0), maker: maker)) }, "t": ["suffix": suffix, "draft": "下書き"]]
    }

    /// Renders the page with its kept rows, as `okra watch` does.
    private func render(template: String = "page", suffix: String = "（更新）") -> String {
        var rows: PageRows? = cache.take("page.html", template: template)
        let text = library.renderUTF8(pageData(suffix: suffix), withTemplate: template, rows: &rows).text
        if let rows { cache.put(rows, for: "page.html") }
        return text
    }

    /// The same page rendered with every row's data made at once, as `okra build` does.
    private func plainRender(template: String = "page", suffix: String = "（更新）") -> String {
        var data = pageData(suffix: suffix)
        data["rows"] = ids.map { TemplateValue.object(maker.data(for: .link($0))) }
        return library.render(data, withTemplate: template)
    }

    private var calls: Int { maker.calls.withValue { $0 } }

    func testKeptRowsRenderLikeTheirDataAndAreCopiedAfterwards() {
        let expected = plainRender()
        let made = calls
        XCTAssertTrue(expected.contains("<li id=\"goal-2\">目標 2 &lt;&amp;&gt; （更新）</li>"), expected)
        XCTAssertEqual(render(), expected)
        XCTAssertEqual(calls - made, 6, "each row is made once for each of the two sections it appears in")
        cache.startBuild(changed: [])
        XCTAssertEqual(render(), expected)
        XCTAssertEqual(calls - made, 6, "nothing changed: every row is copied")
        XCTAssertEqual(cache.reusedInBuild, 6)
    }

    func testTheRowsOfAnEditedObjectiveAreRenderedAgain() {
        _ = render()
        let made = calls
        maker.titles.withValue { $0[ids[1]] = "改訂した目標" }
        cache.startBuild(changed: [ids[1]])
        let text = render()
        XCTAssertEqual(calls - made, 2, "only the edited objective's two rows are made again")
        XCTAssertEqual(text, plainRender())
        XCTAssertTrue(text.contains("改訂した目標"))
    }

    func testAnEditMadeWhileThePageWasNotRenderedIsNotMissed() {
        _ = render()
        maker.titles.withValue { $0[ids[0]] = "先週の改訂" }
        cache.startBuild(changed: [ids[0]])
        // This build does not render the page; the next one, for another objective, does.
        cache.startBuild(changed: [ids[2]])
        XCTAssertEqual(render(), plainRender())
        XCTAssertTrue(render().contains("先週の改訂"))
    }

    func testARowIsRenderedAgainWhenANameOutsideItsDataChanges() {
        _ = render(suffix: "（旧）")
        cache.startBuild(changed: [])
        let made = calls
        let text = render(suffix: "（新）")
        XCTAssertEqual(calls - made, 3, "the three rows of the section that looks up `t.suffix` are made again, the others copied")
        XCTAssertEqual(text, plainRender(suffix: "（新）"))
        XCTAssertFalse(text.contains("（旧）"))
    }

    func testRowsAreNotCopiedIntoAnotherTemplate() {
        _ = render()
        cache.startBuild(changed: [])
        let text = render(template: "other")
        XCTAssertEqual(text, plainRender(template: "other"))
        XCTAssertTrue(text.hasSuffix("</ol>目標 3 &lt;&amp;&gt;"), "a kept row outside a list's items stands for its data: \(text)")
        XCTAssertEqual(cache.reusedInBuild, 0)
    }

    func testAFullBuildForgetsEveryRow() {
        _ = render()
        cache.forgetAll()
        let made = calls
        _ = render()
        XCTAssertEqual(calls - made, 6)
    }
}
