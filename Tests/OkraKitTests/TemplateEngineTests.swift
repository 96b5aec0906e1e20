import Foundation
import Mustache
import XCTest
@testable import OkraKit

/// Okra renders its templates with its own Mustache engine; hummingbird-project/swift-mustache is the
/// reference it must agree with, page for page.
final class TemplateEngineTests: XCTestCase {
    func testEveryPageMatchesSwiftMustache() throws {
        for (content, today) in [(SiteBuildTests.fixtureSite, "2026-11-24"), (ExampleContentTests.contentDirectory, "2026-11-24")] {
            let outcome = try Pipeline.check(PipelineOptions(contentDirectory: content, today: Day(iso: today)!))
            let theme = try Theme.load(directory: nil)
            var reference = MustacheLibrary()
            for (name, text) in theme.templateTexts { try reference.register(text, named: name) }
            let builder = PageBuilder(outcome: outcome)
            for page in builder.allPages() {
                let ours = theme.render(page)
                let theirs = reference.render(page.data.plainValue, withTemplate: page.template) ?? "<nothing>"
                if ours != theirs {
                    let a = ours.split(separator: "\n", omittingEmptySubsequences: false)
                    let b = theirs.split(separator: "\n", omittingEmptySubsequences: false)
                    let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
                    XCTFail("\(page.path) differs at line \(line + 1):\nokra:          \(line < a.count ? a[line] : "<end>")\nswift-mustache: \(line < b.count ? b[line] : "<end>")")
                    return
                }
            }
        }
    }

    func testSpecBasics() throws {
        var library = TemplateLibrary()
        try library.register("""
        {{! a comment }}
        Hello {{name}} & {{{raw}}} {{&raw}}
        {{#items}}
          - {{label}}{{#last}} (last){{/last}}
        {{/items}}
        {{^items}}none{{/items}}
        {{#empty(none)}}empty{{/empty(none)}}
        {{#nested}}{{inner.value}}{{/nested}}{{missing}}
        """, named: "page")
        let output = library.render([
            "name": "<b>\"x\"</b>", "raw": "<i>", "items": [["label": "a"], ["label": "b", "last": true]] as [TemplateData],
            "none": [TemplateData](), "nested": ["inner": ["value": 42] as TemplateData] as TemplateData,
        ], withTemplate: "page")
        XCTAssertEqual(output, """
        Hello &lt;b&gt;&quot;x&quot;&lt;/b&gt; & <i> <i>
          - a
          - b (last)

        empty
        42
        """, "the inverted section is not standalone (it holds text), so its line stays, empty")
    }

    /// Markup kept as bytes (a chart) is written as it is by `{{{…}}}` and `{{&…}}`, escaped by `{{…}}`,
    /// and opens a section like text does.
    func testMarkupBytesRenderLikeText() throws {
        var library = TemplateLibrary()
        try library.register("{{{svg}}}|{{&svg}}|{{svg}}|{{#svg}}shown{{/svg}}{{^svg}}hidden{{/svg}}", named: "page")
        var buffer = TextBuffer()
        buffer.append("<svg><title>目標 & \"x\"</title></svg>")
        let output = library.render(["svg": buffer.finish()], withTemplate: "page")
        XCTAssertEqual(output, "<svg><title>目標 & \"x\"</title></svg>|<svg><title>目標 & \"x\"</title></svg>|"
                       + "&lt;svg&gt;&lt;title&gt;目標 &amp; &quot;x&quot;&lt;/title&gt;&lt;/svg&gt;|shown")
    }

    func testKeysAreSetReplacedRemovedAndHidden() throws {
        var library = TemplateLibrary()
        try library.register("{{#inner}}[{{name}}|{{kept}}|{{t.hello}}]{{/inner}}{{count(items)}}{{#first(items)}}{{.}}{{/first(items)}}", named: "page")
        var inner: TemplateData = ["name": "inner", "kept": "inner"]
        inner["name"] = TemplateValue.nothing
        inner["kept"] = nil
        var data: TemplateData = ["name": "outer", "kept": "outer", "t": ["hello": "こんにちは"], "items": ["a", "b"]]
        data.merge(["inner": inner, "items": ["x", "y", "z"]])
        XCTAssertEqual(data.count, 5, "merge replaces keys that are present")
        XCTAssertEqual(library.render(data, withTemplate: "page"), "[|outer|こんにちは]3x",
                       "nothing hides the outer name; a removed key lets the outer one through")
    }

    func testInheritanceAndPartials() throws {
        var library = TemplateLibrary()
        try library.register("<main>{{$content}}default{{/content}}</main>{{$footer}}F{{/footer}}", named: "layout")
        try library.register("<li>{{title}}</li>", named: "item")
        try library.register("{{<layout}}{{$content}}{{#items}}{{> item}}{{/items}}{{/content}}{{/layout}}", named: "page")
        XCTAssertEqual(library.render(["items": [["title": "x"], ["title": "y"]] as [TemplateData]], withTemplate: "page"),
                       "<main><li>x</li><li>y</li></main>F")
    }

    func testSyntaxErrorsNameTheLine() {
        var library = TemplateLibrary()
        XCTAssertThrowsError(try library.register("ok\n{{#open}}\nnever closed", named: "bad")) { error in
            XCTAssertEqual((error as? TemplateSyntaxError)?.line, 2)
        }
        XCTAssertThrowsError(try library.register("{{/stray}}", named: "bad"))
        XCTAssertThrowsError(try library.register("{{unclosed", named: "bad"))
    }
}
