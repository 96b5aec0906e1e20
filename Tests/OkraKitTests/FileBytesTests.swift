import Foundation
import XCTest
@testable import OkraKit

/// `FileBytes` reads whole regular files and refuses what is not one.
final class FileBytesTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("okra-bytes")
    }

    override func tearDownWithError() throws {
        folder.remove()
    }

    func testReadsEveryByte() throws {
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = folder.path("large.md")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        XCTAssertEqual(FileBytes.read(path), bytes)
    }

    func testAnEmptyFileHasNoBytes() throws {
        let path = folder.path("empty.md")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
        XCTAssertEqual(FileBytes.read(path), [])
    }

    func testMissingFilesAndFoldersAreNotRead() throws {
        XCTAssertNil(FileBytes.read(folder.path("missing.md")))
        XCTAssertNil(FileBytes.read(folder.url.path))
    }
}
