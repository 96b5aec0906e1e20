import Foundation
import XCTest

/// The `okra` executable as users and CI run it: output formats and exit codes.
final class CommandLineTests: XCTestCase {
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static var executable: URL { Bundle.main.bundleURL.appendingPathComponent("okra") }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   standardOutput: String(decoding: outputData, as: UTF8.self),
                   standardError: String(decoding: errorData, as: UTF8.self))
    }

    private static let broken = """
    -- org.yaml --
    units:
      - { id: company, name: 本社 }
      - { id: sales, name: 営業部, parent: company }
    -- 2026-Q3/sales/a.md --
    ---
    title: 新規顧客基盤を拡大する
    aligns_to: [company/missing]
    key_results:
      - title: 新規顧客
        taget: 30
      - { title: 商談, target: 50 }
    ---
    """

    private static let warningsOnly = """
    -- 2026-Q3/sales/a.md --
    ---
    title: 新規顧客基盤を拡大する
    key_results:
      - { title: 新規顧客, target: 30, checkins: [{ date: 2026-09-20, value: 3 }] }
    ---
    """

    func testTextOutputIsCompilerStyleAndExitsOneOnErrors() throws {
        let site = try MiniSite(Self.broken)
        defer { site.remove() }
        let result = try run(["check", "--content", site.directory.path, "--today", "2026-11-24"])
        XCTAssertEqual(result.status, 1)
        let path = site.directory.path + "/2026-Q3/sales/a.md"
        XCTAssertEqual(result.standardOutput, """
        \(path):3:13: error: 'aligns_to' names 'company/missing', which is not an objective: no file 2026-Q3/company/missing.md exists [dangling-reference]
        \(path):5:5: error: key result 1 '新規顧客' has no target: add 'target: <number>', or 'type: milestone' with 'done: true|false' [missing-target]
        \(path):6:5: error: unknown key 'taget' in key result 1 — did you mean 'target'? [unknown-key]
        3 errors, 0 warnings in 2 files

        """)
    }

    func testJSONOutput() throws {
        let site = try MiniSite(Self.broken)
        defer { site.remove() }
        let result = try run(["check", "--content", site.directory.path, "--format", "json", "--today", "2026-11-24"])
        XCTAssertEqual(result.status, 1)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        XCTAssertEqual(document["schema"] as? String, "okra-check/1")
        XCTAssertEqual(document["errors"] as? Int, 3)
        XCTAssertEqual(document["warnings"] as? Int, 0)
        XCTAssertEqual(document["files"] as? Int, 2)
        let diagnostics = try XCTUnwrap(document["diagnostics"] as? [[String: Any]])
        XCTAssertEqual(diagnostics.map { $0["rule"] as? String }, ["dangling-reference", "missing-target", "unknown-key"])
        XCTAssertEqual(diagnostics.map { $0["line"] as? Int }, [3, 5, 6])
        XCTAssertEqual(diagnostics.map { $0["column"] as? Int }, [13, 5, 5])
        XCTAssertEqual(diagnostics[2]["path"] as? String, "2026-Q3/sales/a.md")
        XCTAssertEqual(diagnostics[2]["file"] as? String, site.directory.path + "/2026-Q3/sales/a.md")
        XCTAssertEqual(diagnostics[2]["severity"] as? String, "error")
    }

    func testGitHubAnnotations() throws {
        let site = try MiniSite(Self.broken)
        defer { site.remove() }
        let result = try run(["check", "--content", site.directory.path, "--format", "github", "--today", "2026-11-24"])
        XCTAssertEqual(result.status, 1)
        let first = try XCTUnwrap(result.standardOutput.split(separator: "\n").first)
        XCTAssertEqual(String(first), "::error file=\(site.directory.path)/2026-Q3/sales/a.md,line=3,col=13,title=dangling-reference::'aligns_to' names 'company/missing', which is not an objective: no file 2026-Q3/company/missing.md exists")
    }

    func testWarningsPassUnlessStrict() throws {
        let site = try MiniSite(Self.warningsOnly)
        defer { site.remove() }
        let relaxed = try run(["check", "--content", site.directory.path, "--today", "2026-09-24"])
        XCTAssertEqual(relaxed.status, 0)
        XCTAssertTrue(relaxed.standardOutput.hasSuffix("0 errors, 1 warning in 1 file\n"), relaxed.standardOutput)
        let strict = try run(["check", "--content", site.directory.path, "--today", "2026-09-24", "--strict"])
        XCTAssertEqual(strict.status, 1)
    }

    func testUsageErrorsExitTwo() throws {
        let missing = try run(["check", "--content", "/nonexistent/okra-content"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.standardError.contains("does not exist"), missing.standardError)
        XCTAssertEqual(try run(["check", "--format", "xml"]).status, 2)
        XCTAssertEqual(try run(["check", "--today", "2026-02-30"]).status, 2)
        XCTAssertEqual(try run(["frobnicate"]).status, 2)
        XCTAssertEqual(try run(["--help"]).status, 0)
    }

    func testExampleContentExitsZero() throws {
        let result = try run(["check", "--content", ExampleContentTests.contentDirectory, "--today", "2026-11-24", "--strict"])
        XCTAssertEqual(result.status, 0, result.standardOutput)
        XCTAssertTrue(result.standardOutput.hasPrefix("0 errors, 0 warnings in "), result.standardOutput)
    }

    /// `okra build` and `okra check` share `--timings`; `build` and `watch` share `--templates` and `--output`.
    func testBuildWritesTheSiteAndPrintsItsSteps() throws {
        let site = try MiniSite(Self.warningsOnly)
        defer { site.remove() }
        let output = site.directory.deletingLastPathComponent().appendingPathComponent("okra-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }

        let build = try run(["build", "--content", site.directory.path, "--output", output.path, "--today", "2026-09-24", "--timings"])
        XCTAssertEqual(build.status, 0, build.standardError)
        XCTAssertTrue(build.standardOutput.hasPrefix("built "), build.standardOutput)
        for step in ["load", "parse", "model", "link", "score", "check", "render", "swap"] {
            XCTAssertTrue(build.standardError.contains("\n\(step) ") || build.standardError.hasPrefix("\(step) "), "no \(step) line in \(build.standardError)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("2026-Q3/sales/a.html").path))

        let check = try run(["check", "--content", site.directory.path, "--today", "2026-09-24", "--timings"])
        XCTAssertTrue(check.standardError.contains("parse "), check.standardError)
        XCTAssertFalse(check.standardError.contains("render "), check.standardError)

        let missingTheme = try run(["build", "--content", site.directory.path, "--output", output.path, "--templates", "/nonexistent/okra-theme"])
        XCTAssertEqual(missingTheme.status, 2)
        XCTAssertTrue(missingTheme.standardError.contains("does not exist"), missingTheme.standardError)
    }

    /// `okra watch` as an editor meets it: the first build, a rebuild after an edit, and Ctrl-C ending it with 0.
    func testWatchRebuildsAfterAnEditAndStopsOnInterrupt() throws {
        let site = try MiniSite("""
        -- 2026-Q3/sales/growth.md --
        ---
        title: 新規顧客基盤を拡大する
        key_results:
          - title: 新規契約を10社から20社に増やす
            start: 10
            target: 20
            checkins:
              - { date: 2026-10-05, value: 12 }
          - title: 紹介経由の商談を5件つくる
            start: 0
            target: 5
        ---
        """)
        defer { site.remove() }
        let output = site.directory.deletingLastPathComponent().appendingPathComponent("okra-watch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["watch", "--content", site.directory.path, "--output", output.path, "--today", "2026-11-24"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let printed = PrintedLines()
        pipe.fileHandleForReading.readabilityHandler = { handle in printed.append(handle.availableData) }
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        XCTAssertTrue(printed.wait(for: "watching ", timeout: 60), printed.text)
        let page = output.appendingPathComponent("2026-Q3/sales/growth.html")
        XCTAssertTrue(try String(contentsOf: page, encoding: .utf8).contains("<td>12</td>"))
        try site.write("2026-Q3/sales/growth.md", Data(try String(contentsOf: site.directory.appendingPathComponent("2026-Q3/sales/growth.md"), encoding: .utf8)
            .replacingOccurrences(of: "value: 12", with: "value: 17").utf8))
        XCTAssertTrue(printed.wait(for: "rebuilt in ", timeout: 60), printed.text)
        XCTAssertTrue(printed.text.contains("(1 content file changed)"), printed.text)
        let rebuilt = try String(contentsOf: page, encoding: .utf8)
        XCTAssertTrue(rebuilt.contains("<td>17</td>") && !rebuilt.contains("<td>12</td>"), "the edited check-in is on the page")

        process.interrupt()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }
}

/// Standard output of a running process, collected as it arrives.
private final class PrintedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

    func append(_ more: Data) { lock.withLock { data.append(more) } }

    /// Waits until the output contains `line`; false after `timeout` seconds.
    func wait(for line: String, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if text.contains(line) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }
}
