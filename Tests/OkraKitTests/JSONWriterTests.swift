import Foundation
import XCTest
@testable import OkraKit

/// `okrs.json`, `okra check --format json` and the search index are written by `JSONWriter`, byte by byte.
final class JSONWriterTests: XCTestCase {
    func testQuotingEscapesExactlyWhatJSONNeeds() throws {
        let text = "a\"b\\c\nd\re\tf\u{1}g\u{1F}h\u{2028}i\u{2029}j\u{2027}k/日本語😀"
        XCTAssertEqual(JSONWriter.quoted(text), #""a\"b\\c\nd\re\tf\u0001g\u001fh\u2028i\u2029j\#u{2027}k/日本語😀""#)
        XCTAssertEqual(JSONWriter.quoted("plain 日本語"), "\"plain 日本語\"")
        XCTAssertEqual(JSONWriter.quoted(""), "\"\"")
        XCTAssertEqual(JSONWriter.quoted("\u{E2}"), "\"\u{E2}\"", "U+00E2 is not the start of a line separator")
        let decoded = try JSONSerialization.jsonObject(with: Data(JSONWriter.quoted(text).utf8), options: .fragmentsAllowed) as? String
        XCTAssertEqual(decoded, text)
    }

    func testNumbersFlagsAndNull() {
        var json = JSONWriter(layout: .compact(lineDepth: 0))
        json.beginArray()
        json.value(nil, 0)
        json.value(nil, -42)
        json.value(nil, 3.0)
        json.value(nil, -0.5)
        json.value(nil, 0.123456789)
        json.value(nil, Double.nan)
        json.value(nil, Double?.none)
        json.value(nil, 1e20)
        json.value(nil, true)
        json.value(nil, String?.none)
        json.endArray()
        XCTAssertEqual(json.output, "[0,-42,3,-0.5,0.123457,null,null,1e+20,true,null]")
    }

    func testLayouts() {
        var indented = JSONWriter()
        indented.beginObject()
        indented.value("a", 1)
        indented.beginArray("b")
        indented.value(nil, "x")
        indented.endArray()
        indented.beginArray("empty")
        indented.endArray()
        indented.endObject()
        indented.endLine()
        XCTAssertEqual(indented.output, "{\n  \"a\": 1,\n  \"b\": [\n    \"x\"\n  ],\n  \"empty\": []\n}\n")

        var compact = JSONWriter(layout: .compact(lineDepth: 1))
        compact.beginObject()
        compact.beginObject("site")
        compact.value("title", "T")
        compact.endObject()
        compact.beginArray("objectives")
        compact.rawValue("{\"id\":1}")
        compact.endArray()
        compact.endObject()
        XCTAssertEqual(compact.output, "{\n\"site\":{\"title\":\"T\"},\n\"objectives\":[{\"id\":1}]\n}")
    }
}

/// `okrs.json` and `search-index.js` are written block by block; the blocks must join into the layout one
/// writer gives, and a failed write must stop them.
final class SiteDataLayoutTests: XCTestCase {
    func testObjectiveLinesJoinAcrossBlocks() throws {
        for count in [0, 1, 65, 130] {
            let archive = "-- site.yaml --\ntitle: T\n" + (0..<count).map { index in
                "-- 2026-Q3/sales/o\(index).md --\n---\ntitle: O\(index)\nkey_results:\n  - title: K\n    type: milestone\n---\n"
            }.joined()
            let site = try MiniSite(archive)
            defer { site.remove() }
            let text = SiteData.json(try site.check()).map(\.text).joined()
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let objectiveLines = lines.filter { $0.hasPrefix("{\"id\":\"2026-Q3/sales/o") }
            XCTAssertEqual(objectiveLines.count, count)
            XCTAssertEqual(objectiveLines.filter { $0.hasSuffix("},") }.count, max(0, count - 1), "a comma after every line but the last")
            XCTAssertTrue(text.hasSuffix(count == 0 ? "\"objectives\":[]\n}\n" : "}\n]\n}\n"), "\(count) objectives: \(text.suffix(30))")
            let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            XCTAssertEqual((document["objectives"] as? [Any])?.count, count)
        }
    }

    func testAWriteErrorStopsTheBlocks() throws {
        let archive = "-- site.yaml --\ntitle: T\n" + (0..<600).map { index in
            "-- 2026-Q3/sales/o\(index).md --\n---\ntitle: O\(index)\nkey_results:\n  - title: K\n    type: milestone\n---\n"
        }.joined()
        let site = try MiniSite(archive)
        defer { site.remove() }
        let outcome = try site.check()
        var calls = 0
        XCTAssertEqual(SiteData.write(outcome) { _ in
            calls += 1
            return calls == 2 ? EIO : 0
        }, EIO)
        XCTAssertEqual(calls, 2, "no block after the failed one")
        XCTAssertGreaterThan(SiteData.json(outcome).count, 3, "600 objectives take several blocks")
        calls = 0
        XCTAssertEqual(PageBuilder(outcome: outcome).writeSearchIndex { _ in
            calls += 1
            return ENOSPC
        }, ENOSPC)
        XCTAssertEqual(calls, 1)
    }
}
