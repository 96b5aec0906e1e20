import XCTest
@testable import OkraKit

final class MarkdownDocumentTests: XCTestCase {
    func testRetrospectiveIsAHeadingOfItsOwn() {
        let cases: [(String, Bool)] = [
            ("## 振り返り\n\n学び。", true),
            ("# 背景\n\n本文。\n\n### ふりかえり\n", true),
            ("##  Retrospective  \n\ntext", true),
            ("## RETRO\n", true),
            ("## 振り返りメモ\n\n続く。", false),
            ("振り返り\n\n段落の中だけ。", false),
            ("", false),
        ]
        for (body, expected) in cases {
            XCTAssertEqual(MarkdownParser.parse(body).hasRetrospective, expected, body)
        }
    }

    func testSectionEndsAtTheNextHeadingOfItsLevel() {
        let document = MarkdownParser.parse("## 振り返り\n\n一つ目。\n\n### 詳細\n\n二つ目。\n\n## 次の四半期\n\n含まれない。")
        let section = document.section(titled: MarkdownDocument.retrospectiveTitles)
        XCTAssertEqual(section?.map(\.plainText), ["一つ目。", "詳細", "二つ目。"])
    }
}
