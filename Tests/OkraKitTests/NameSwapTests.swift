import Foundation
import XCTest
@testable import OkraKit

/// `NameSwap` replaces files and folders in one step and leaves nothing behind.
final class NameSwapTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("okra-swap")
    }

    override func tearDownWithError() throws {
        folder.remove()
    }

    private func path(_ name: String) -> String { folder.path(name) }

    private func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: folder.url.appendingPathComponent(name))
    }

    private func read(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    private func names(in name: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: name.map(path) ?? folder.url.path).sorted()
    }

    func testReplacingAFileLeavesTheOldOneAtTheTemporaryName() throws {
        try write("old", to: "page.html")
        try write("new", to: ".partial")
        #if os(Linux)
        XCTAssertEqual(NameSwap.swapFile(path("page.html"), with: path(".partial")), .swapped)
        XCTAssertEqual(try read(".partial"), "old", "the caller removes the old file when it chooses")
        #else
        XCTAssertEqual(NameSwap.swapFile(path("page.html"), with: path(".partial")), .moved)
        #endif
        XCTAssertEqual(try read("page.html"), "new")
    }

    func testReplacingAMissingFileCreatesIt() throws {
        try write("new", to: ".partial")
        XCTAssertEqual(NameSwap.swapFile(path("page.html"), with: path(".partial")), .moved)
        XCTAssertEqual(try read("page.html"), "new")
        XCTAssertEqual(try names(), ["page.html"])
    }

    func testAFolderIsNotReplacedByAFile() throws {
        try FileManager.default.createDirectory(atPath: path("page.html"), withIntermediateDirectories: false)
        try write("kept", to: "page.html/inside")
        try write("new", to: ".partial")
        XCTAssertEqual(NameSwap.swapFile(path("page.html"), with: path(".partial")), .failed(EISDIR))
        XCTAssertEqual(try read("page.html/inside"), "kept")
        XCTAssertEqual(try read(".partial"), "new")
    }

    #if os(Linux)
    /// The one-step swap that spares ext4's flush is really available here, for files and for folders.
    func testTwoNamesSwap() throws {
        try write("first", to: "a")
        try write("second", to: "b")
        XCTAssertTrue(NameSwap.exchange(path("a"), path("b")))
        XCTAssertEqual(try read("a"), "second")
        XCTAssertEqual(try read("b"), "first")

        for name in ["site", "staging"] {
            try FileManager.default.createDirectory(atPath: path(name), withIntermediateDirectories: false)
            try write(name, to: "\(name)/index.html")
        }
        XCTAssertTrue(NameSwap.exchange(path("staging"), path("site")))
        XCTAssertEqual(try read("site/index.html"), "staging")
        XCTAssertEqual(try read("staging/index.html"), "site")
    }
    #endif

    func testMissingNamesAreNotSwapped() throws {
        try write("first", to: "a")
        XCTAssertFalse(NameSwap.exchange(path("a"), path("missing")))
        XCTAssertEqual(try names(), ["a"])
    }
}
