import Foundation
import XCTest

/// Golden files: expected output committed under `Fixtures/golden/`. `OKRA_UPDATE_GOLDEN=1` rewrites them
/// after an intended change (review the diff before committing).
enum GoldenFile {
    static var updating: Bool { ProcessInfo.processInfo.environment["OKRA_UPDATE_GOLDEN"] == "1" }

    /// Fails, naming the first differing line, when `actual` is not the golden file's text; rewrites
    /// the file instead when updating. `tests` names the test class for the message.
    static func assertMatches(_ actual: String, golden url: URL, tests: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let name = url.lastPathComponent
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("missing golden file \(url.path): run OKRA_UPDATE_GOLDEN=1 swift test --filter \(tests)", file: file, line: line)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let index = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        XCTFail("""
            \(name) differs at line \(index + 1) (OKRA_UPDATE_GOLDEN=1 rewrites it):
              golden: \(index < expectedLines.count ? expectedLines[index].prefix(300) : "<end>")
              actual: \(index < actualLines.count ? actualLines[index].prefix(300) : "<end>")
            """, file: file, line: line)
    }

    /// Fails for every file with `suffix` in `folder` that is not one of `names`: a golden file no test checks.
    static func assertNoStrays(in folder: URL, names: Set<String>, suffix: String, file: StaticString = #filePath, line: UInt = #line) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where entry.hasSuffix(suffix) {
            XCTAssertTrue(names.contains(entry), "golden file \(entry) belongs to no test case: delete it", file: file, line: line)
        }
    }
}
