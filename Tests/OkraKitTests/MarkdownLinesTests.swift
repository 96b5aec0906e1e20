import XCTest
@testable import OkraKit

/// The body's lines, which place link diagnostics, are split at UTF-8 line feeds: the same lines as
/// splitting the characters at "\n".
final class MarkdownLinesTests: XCTestCase {
    func testLinesMatchSplittingCharactersAtLineFeeds() {
        var generator = SeededGenerator(seed: 7)
        let pieces = ["\n", "\n\n", "a", "目標", "\u{301}", "e\u{301}", "👩‍👩‍👧", "🇯🇵", " ", "\t", "[x](../b.md)", "\u{200D}", "\n\u{301}"]
        var samples = ["", "\n", "\n\n", "a", "a\n", "\nb", "一行目\n二行目\n"]
        for _ in 0..<500 {
            samples.append((0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in samples {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(MarkdownParser.lines(of: text), expected, "lines of \(text.debugDescription)")
        }
    }
}
