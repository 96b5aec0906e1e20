import Foundation
import XCTest
@testable import OkraKit

/// The YAML fast path either declines a text or reads exactly what libyaml reads: the same nodes,
/// texts, styles, lines and columns.
final class CommonYAMLReaderTests: XCTestCase {
    static let samples = [
        "title: 新規顧客を増やす\nowner: tanaka\nscore: 0.7\n",
        "title: \"Quoted: with colon\"\nowner: 'single ''quoted'''\ntags: [新規開拓, \"a, b\", 'c']\n",
        "key_results:\n  - title: KR\n    start: -1.5\n    target: +2\n    checkins:\n      - { date: 2026-01-05, value: 44, confidence: 0.5 }\n      - {date: 2026-01-12, value: 44, note: \"Two big deals slipped\"}\n",
        "key_results:\n- title: indentless\n  target: 10\n- title: second\n",
        "a:\nb: 1\nc:   # comment\n  d: 2\n",
        "# leading comment\n\ntitle: x # trailing comment\nurl: https://example.com/a#b\ntime: 10:30\n",
        "escapes: \"a\\\"b\\\\c\\/d\\ne\\tf\"\nempty: \"\"\nempty2: ''\n",
        "nested: [[a, b], {c: d}, []]\nmapping: {}\n",
        "list:\n  - a\n  - 'b'\n  - [c]\n  - {d: e}\n",
        "\"quoted key\": 1\n'other': 2\n",
        "aligns_to: [company/new-business]\ntags: []\ndraft: no\nweight: 1_000\n",
        "unit: \"%\"\nnote: 👩‍👩‍👧 絵文字 e\u{301}\ntitle: 目標:重要\n",
        "title: a\n  continued\n",
        "title: |\n  block\n",
        "base: &anchor 1\ncopy: *anchor\n",
        "title: !!str 1\n",
        "? complex\n: value\n",
        "title: [unclosed\n",
        "title: \"unclosed\n",
        "title: a: b\n",
        "title: x\n\ttab: 1\n",
        "- a\n- b\n",
        "title: x\n  # indented comment\nowner: y\n",
        "a:\n  - b\n  c: d\n",
        "a:\n    b: 1\n  c: 2\n",
        "a: [b, ]\n",
        "a: {b}\n",
        "a: {b: }\n",
        "a: [b: c]\n",
        "a: -\n",
        "a: - b\n",
        "a: @b\n",
        "a: `b`\n",
        "a: %b\n",
        "a: b #c\nd: e# f\n",
        "-a: 1\n-1: 2\n",
        "a: [-1, -b, - c]\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "",
        "# only a comment\n",
        "a: \u{85}b\n",
        "a: b\u{2028}c\n",
        "a: \u{FEFF}b\n",
        "a: \u{7F}\n",
        "a:\n  b:\n    c:\n      - d: [e, {f: g}]\n        h: 'i'\n",
        "a: 'it''s'\nb: \"\\u0041\"\n",
        "   a: 1\n   b: 2\n",
        "a: 1\n b: 2\n",
        "a:  \n  \nb: 1\n",
        "a:\n-\n",
        "a:\n  -\n",
        "a:\n  - - b\n",
        "a:\n  -   spaced: 1\n      more: 2\n",
    ]

    func testSamplesMatchLibYAML() throws {
        var read = 0
        for text in Self.samples {
            if try compare(text) { read += 1 }
        }
        XCTAssertGreaterThanOrEqual(read, 20, "the fast path reads the common forms")
    }

    /// Every YAML file and front matter of the fixture site and the example company is read by the
    /// fast path, and read as libyaml reads it.
    func testContentFilesAreReadAsLibYAMLReadsThem() throws {
        let texts = try Self.contentTexts()
        XCTAssertGreaterThan(texts.count, 20)
        for text in texts {
            XCTAssertTrue(try compare(text), "the fast path declined:\n\(text)")
        }
    }

    /// The YAML files and front matter of the example company and the fixture site.
    static func contentTexts() throws -> [String] {
        var texts: [String] = []
        for directory in [ExampleContentTests.contentDirectory, ExampleContentTests.repositoryRoot.appendingPathComponent("Tests/OkraKitTests/Fixtures/site").path] {
            for path in try FileManager.default.subpathsOfDirectory(atPath: directory).sorted()
            where path.hasSuffix(".yaml") || path.hasSuffix(".md") {
                let text = try String(contentsOfFile: directory + "/" + path, encoding: .utf8)
                if path.hasSuffix(".yaml") {
                    texts.append(text)
                } else if case .success(let split) = FrontMatterSplit.split(text) {
                    texts.append(split.yaml)
                }
            }
        }
        return texts
    }

    /// Texts changed at random places, with YAML's special characters, are either declined or read
    /// exactly as libyaml reads them (and libyaml reads every one the fast path reads).
    func testMutatedTextsMatchLibYAML() throws {
        var generator = SeededGenerator(seed: 2026)
        let pieces = [":", " ", ": ", "- ", "-", "#", " #", "\"", "'", "''", "[", "]", "{", "}", ",", ", ", "\n", "\n  ", "\n- ",
                      "&a ", "*a", "!", "|", ">", "?", "\\", "\\n", "\t", "日本", "-1", "---", "...", "%", "@", "`", "\u{85}", "x", "  "]
        let bases = Self.samples.prefix(12) + (try Self.contentTexts())
        var read = 0
        var total = 0
        for _ in 0..<20000 {
            var bytes = Array(bases.randomElement(using: &generator)!.utf8)
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0...bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes.insert(contentsOf: pieces.randomElement(using: &generator)!.utf8, at: at)
                case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...4, using: &generator)))
                default: bytes.insert(contentsOf: " ".utf8, at: at)
                }
            }
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            total += 1
            if try compare(text) { read += 1 }
        }
        XCTAssertGreaterThan(read, total / 4, "the mutations keep enough texts in the subset to test it")
        XCTAssertLessThan(read, total, "the mutations reach texts the fast path declines")
    }

    /// Compares both readers on `text`; true when the fast path read it.
    private func compare(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Bool {
        guard let fast = CommonYAMLReader.read(text, lineOffset: 1) else { return false }
        do {
            let slow = try YAMLParser.parseWithLibYAML(text, lineOffset: 1)
            XCTAssertEqual(fast, slow, "read differently:\n\(text.debugDescription)", file: file, line: line)
        } catch {
            XCTFail("libyaml rejects what the fast path read (\(error.message), line \(error.line)):\n\(text.debugDescription)", file: file, line: line)
        }
        return true
    }
}
