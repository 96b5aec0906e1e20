import Foundation
import XCTest
@testable import OkraKit

/// A whole content folder written from one string, Hugo style:
///
///     -- org.yaml --
///     units: …
///     -- 2026-Q3/sales/a.md --
///     ---
///     title: …
///
/// Each `-- path --` line starts a file; the lines up to the next such line are its content.
struct MiniSite {
    let directory: URL

    init(_ archive: String) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("okra-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (path, text) in Self.files(in: archive) {
            try write(path, Data(text.utf8))
        }
    }

    /// Writes raw bytes, for encoding and truncation tests.
    func write(_ path: String, _ data: Data) throws {
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    static func files(in archive: String) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        var currentPath: String?
        var currentLines: [Substring] = []
        func flush() {
            guard let currentPath else { return }
            while let last = currentLines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { currentLines.removeLast() }
            files.append((currentPath, currentLines.isEmpty ? "" : currentLines.joined(separator: "\n") + "\n"))
        }
        for line in archive.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("-- "), trimmed.hasSuffix(" --"), trimmed.count > 6 {
                flush()
                currentPath = String(trimmed.dropFirst(3).dropLast(3))
                currentLines = []
            } else if currentPath != nil {
                currentLines.append(line)
            }
        }
        flush()
        return files
    }

    /// Runs the whole check pipeline on the site as of `today`.
    func check(today: String = "2026-11-24", drafts: Bool = false) throws -> CheckOutcome {
        try Pipeline.check(PipelineOptions(contentDirectory: directory.path, today: Day(iso: today)!, includeDrafts: drafts))
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

extension CheckOutcome {
    /// Diagnostics of one rule.
    func diagnostics(_ rule: Rule) -> [Diagnostic] { diagnostics.filter { $0.rule == rule } }

    /// `path:line:column rule-id` strings, handy for exact assertions and failure messages.
    var summaries: [String] { diagnostics.map { "\($0.location) \($0.rule.id)" } }
}

/// Asserts that exactly one diagnostic of `rule` exists, at `path:line:column`, and returns it.
@discardableResult
func assertSingle(_ outcome: CheckOutcome, _ rule: Rule, at location: String,
                  file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
    let matches = outcome.diagnostics(rule)
    XCTAssertEqual(matches.count, 1, "expected one \(rule.id), got: \(outcome.summaries)", file: file, line: line)
    guard let first = matches.first else { return nil }
    XCTAssertEqual(first.location.description, location, first.message, file: file, line: line)
    return first
}
