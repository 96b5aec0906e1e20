import Foundation
import XCTest
@testable import OkraKit

/// `FileBytes` reads whole regular files and refuses what is not one.
final class FileBytesTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
            .appendingPathComponent("okra-bytes-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testReadsEveryByte() throws {
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = folder.appendingPathComponent("large.md").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        XCTAssertEqual(FileBytes.read(path), bytes)
    }

    func testAnEmptyFileHasNoBytes() throws {
        let path = folder.appendingPathComponent("empty.md").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
        XCTAssertEqual(FileBytes.read(path), [])
    }

    func testMissingFilesAndFoldersAreNotRead() throws {
        XCTAssertNil(FileBytes.read(folder.appendingPathComponent("missing.md").path))
        XCTAssertNil(FileBytes.read(folder.path))
    }
}
