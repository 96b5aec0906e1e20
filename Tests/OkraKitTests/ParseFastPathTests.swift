import Foundation
import XCTest
@testable import OkraKit

/// The parse step's fast paths give the same answers as the general ones they skip.
final class ParseFastPathTests: XCTestCase {
    /// The body's lines, which place link diagnostics, are split at UTF-8 line feeds: the same lines as
    /// splitting the characters at "\n".
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

    /// A link's column is found by a byte search instead of Foundation's `range(of:)`: the same places in
    /// texts of ASCII, Japanese and emoji (only canonically equivalent spellings, which cmark does not
    /// produce from one source line, could differ).
    func testLinkSearchMatchesFoundation() {
        var generator = SeededGenerator(seed: 11)
        let pieces = ["a", "目標", "](x.md)", "x.md", "(", "]", "👩‍👩‍👧", " ", "[リンク](x.md)", "é"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let line = Substring(text)
            for needle in ["](x.md", "x.md", "目標", "é"] {
                var ours: [Int] = []
                var start = line.startIndex
                while let range = MarkdownParser.firstRange(of: needle, in: line, from: start) {
                    ours.append(line.distance(from: line.startIndex, to: range.lowerBound))
                    start = range.upperBound
                }
                var foundation: [Int] = []
                start = line.startIndex
                while let range = line.range(of: needle, range: start..<line.endIndex) {
                    foundation.append(line.distance(from: line.startIndex, to: range.lowerBound))
                    start = range.upperBound
                }
                XCTAssertEqual(ours, foundation, "\(needle) in \(text.debugDescription)")
            }
        }
    }

    /// Plain numbers go straight to `Double`; numbers with separators take the general path.
    func testNumbers() {
        let cases: [(String, Double?)] = [
            ("30", 30), ("-1.5", -1.5), ("1e3", 1000), ("+2", 2), ("0.25", 0.25), ("1_000", 1000), ("12 500", 12500),
            ("", nil), ("1,000", nil), ("0x10", nil), ("inf", nil), ("nan", nil), ("1e400", nil), ("30社", nil), ("-", nil), ("_", nil),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(MappingReader.parseNumber(text), expected, text)
        }
    }

    /// Body links in ASCII resolve on bytes to the same objective file (or none) as on characters.
    func testASCIILinkTargetsMatchTheGeneralPath() {
        var generator = SeededGenerator(seed: 13)
        let pieces = ["..", ".", "/", "//", "a", "b.md", "c.MD", ".md", "#x", "?q=1", "%20", "://", "mailto:", "MAILTO:x", "2026-Q3", "sales", "x.md#y", " "]
        let files = ["2026-Q3/sales/new.md", "a/b/c.md", "x.md", "/lead/x.md", "2026-Q3//sales/new.md"]
        var handled = 0
        for _ in 0..<20000 {
            let destination = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let file = files.randomElement(using: &generator)!
            guard let fast = LinkTarget.asciiMarkdownPath(of: destination, from: file) else { continue }
            handled += 1
            XCTAssertEqual(fast, LinkTarget.generalMarkdownPath(of: destination, from: file), "\(destination) from \(file)")
        }
        XCTAssertGreaterThan(handled, 10000)
        XCTAssertTrue(LinkTarget.asciiMarkdownPath(of: "目標.md", from: "a/b/c.md") == nil, "non-ASCII links take the general path")
        XCTAssertTrue(LinkTarget.asciiMarkdownPath(of: "a%20b.md", from: "a/b/c.md") == nil, "percent escapes take the general path")
        XCTAssertEqual(LinkTarget.markdownPath(of: "../../2025-Q4/ops/x.md#kr", from: "2026-Q1/sales/y.md"), .inside("2025-Q4/ops/x.md"))
    }

    /// Plain decimals are converted without `Double(_:)`, to the same bits (sign of zero included).
    func testPlainDecimalsConvertAsDoubleDoes() {
        var generator = SeededGenerator(seed: 5)
        var samples = ["0", "-0", "+0", "0.0", "-0.0", "1.", ".5", "-.5", "0.1", "0.55", "0.3", "2.675", "999999999999999",
                       "123456789012.345", "0.000000000000001", "9007199254740993", "1.0000000000000002", "00012.50"]
        let digits = Array("0123456789")
        for _ in 0..<20000 {
            let whole = String((0..<Int.random(in: 0...8, using: &generator)).map { _ in digits.randomElement(using: &generator)! })
            let fraction = String((0..<Int.random(in: 0...8, using: &generator)).map { _ in digits.randomElement(using: &generator)! })
            let sign = ["", "-", "+"].randomElement(using: &generator)!
            samples.append(sign + whole + (Bool.random(using: &generator) ? "." + fraction : fraction))
        }
        var converted = 0
        for text in samples {
            guard let fast = MappingReader.plainDecimal(text) else { continue }
            converted += 1
            XCTAssertEqual(fast.bitPattern, Double(text)?.bitPattern, text)
        }
        XCTAssertGreaterThan(converted, 15000)
        for text in ["", ".", "-", "+", "1e3", "1_000", "1,000", "--1", "1-", "1.2.3", "0x10", "1234567890123456"] {
            XCTAssertNil(MappingReader.plainDecimal(text), text)
        }
    }

    /// Trimming answers ASCII white space without Unicode's property lookup, and still trims the rest.
    func testTrimming() {
        XCTAssertEqual(" \t目標\n".trimmed, "目標")
        XCTAssertEqual("\u{3000}全角\u{3000}".trimmed, "全角")
        XCTAssertEqual("\u{A0}x\u{2029}".trimmed, "x")
        XCTAssertEqual("\u{1C}x\u{1F}".trimmed, "\u{1C}x\u{1F}", "U+001C…U+001F are not white space in Unicode")
        XCTAssertEqual("\u{0B}\u{0C}x\r".trimmed, "x")
        XCTAssertEqual("   ".trimmed, "")
        XCTAssertEqual("".trimmed, "")
    }
}
