import Foundation
import XCTest
@testable import OkraKit

/// `ContentWatcher` reports real changes below a folder, with inotify (on Linux) and with polling.
final class ContentWatcherTests: XCTestCase {
    private var folders: [URL] = []

    override func tearDownWithError() throws {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        folders = []
    }

    /// A fresh folder holding `objective.md`.
    private func makeFolder() throws -> URL {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
            .appendingPathComponent("okra-watch-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        folders.append(folder)
        try Data("---\ntitle: First\n---\n".utf8).write(to: folder.appendingPathComponent("objective.md"))
        return folder
    }

    /// Runs `body` once with each mechanism, each time in a fresh folder watched from the start.
    private func forEachMechanism(_ body: (URL, ContentWatcher, String) throws -> Void) throws {
        for polling in [false, true] {
            let folder = try makeFolder()
            let watcher = try ContentWatcher(directory: folder.path, forcePolling: polling, pollInterval: 0.05)
            XCTAssertEqual(watcher.mechanism == .polling, polling)
            try body(folder, watcher, "\(watcher.mechanism)")
        }
    }

    private func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    func testDefaultMechanism() throws {
        let watcher = try ContentWatcher(directory: try makeFolder().path)
        #if canImport(Glibc)
        XCTAssertEqual(watcher.mechanism, .inotify)
        #else
        XCTAssertEqual(watcher.mechanism, .polling)
        #endif
    }

    func testNoChangeTimesOut() throws {
        try forEachMechanism { _, watcher, mechanism in
            XCTAssertFalse(watcher.waitForChanges(timeout: 0.3), mechanism)
        }
    }

    func testModifiedFile() throws {
        try forEachMechanism { folder, watcher, mechanism in
            try append("More text.\n", to: folder.appendingPathComponent("objective.md"))
            XCTAssertTrue(watcher.waitForChanges(timeout: 5), mechanism)
        }
    }

    func testFileInNewFolderIsWatched() throws {
        try forEachMechanism { folder, watcher, mechanism in
            let unit = folder.appendingPathComponent("2026/sales", isDirectory: true)
            try FileManager.default.createDirectory(at: unit, withIntermediateDirectories: true)
            let file = unit.appendingPathComponent("growth.md")
            try Data("---\ntitle: Growth\n---\n".utf8).write(to: file)
            XCTAssertTrue(watcher.waitForChanges(timeout: 5), mechanism)
            try append("More text.\n", to: file)
            XCTAssertTrue(watcher.waitForChanges(timeout: 5), mechanism)
            XCTAssertFalse(watcher.waitForChanges(timeout: 0.3), mechanism)
        }
    }

    func testAtomicReplacement() throws {
        try forEachMechanism { folder, watcher, mechanism in
            let temporary = folder.appendingPathComponent(".objective.md.swp")
            try Data("---\ntitle: Second\n---\n".utf8).write(to: temporary)
            XCTAssertEqual(rename(temporary.path, folder.appendingPathComponent("objective.md").path), 0)
            XCTAssertTrue(watcher.waitForChanges(timeout: 5), mechanism)
        }
    }

    func testDeletedFile() throws {
        try forEachMechanism { folder, watcher, mechanism in
            try FileManager.default.removeItem(at: folder.appendingPathComponent("objective.md"))
            XCTAssertTrue(watcher.waitForChanges(timeout: 5), mechanism)
        }
    }

    func testEventsAreDrainedAfterAChange() throws {
        try forEachMechanism { folder, watcher, mechanism in
            try append("More text.\n", to: folder.appendingPathComponent("objective.md"))
            XCTAssertTrue(watcher.waitForChanges(timeout: 5), mechanism)
            XCTAssertFalse(watcher.waitForChanges(timeout: 0.3), mechanism)
        }
    }

    func testChangedFilesAreNamed() throws {
        try forEachMechanism { folder, watcher, mechanism in
            XCTAssertEqual(watcher.takeChanges(), watcher.mechanism == .inotify ? .files([]) : .unknown, mechanism)
            try append("More text.\n", to: folder.appendingPathComponent("objective.md"))
            let temporary = folder.appendingPathComponent(".second.md.swp")
            try Data("---\ntitle: Second\n---\n".utf8).write(to: temporary)
            XCTAssertEqual(rename(temporary.path, folder.appendingPathComponent("second.md").path), 0)
            XCTAssertTrue(watcher.waitForChanges(timeout: 5), mechanism)
            let expected: ContentChanges = watcher.mechanism == .inotify ? .files(["objective.md", ".second.md.swp", "second.md"]) : .unknown
            XCTAssertEqual(watcher.takeChanges(), expected, mechanism)
            XCTAssertEqual(watcher.takeChanges(), watcher.mechanism == .inotify ? .files([]) : .unknown, "taken once")

            try FileManager.default.createDirectory(at: folder.appendingPathComponent("2026"), withIntermediateDirectories: true)
            XCTAssertTrue(watcher.waitForChanges(timeout: 5), mechanism)
            XCTAssertEqual(watcher.takeChanges(), .unknown, "a new folder: \(mechanism)")
        }
    }

    func testLinkedFolderMeansUnknownChanges() throws {
        let folder = try makeFolder()
        let elsewhere = try makeFolder()
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("linked"), withDestinationURL: elsewhere)
        let watcher = try ContentWatcher(directory: folder.path)
        try append("More text.\n", to: folder.appendingPathComponent("objective.md"))
        XCTAssertTrue(watcher.waitForChanges(timeout: 5))
        XCTAssertEqual(watcher.takeChanges(), .unknown, "a file below a linked folder may have two paths")
    }

    func testSymbolicLinkLoopIsNotFollowedForever() throws {
        let folder = try makeFolder()
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("loop"), withDestinationURL: folder)
        for polling in [false, true] {
            let watcher = try ContentWatcher(directory: folder.path, forcePolling: polling, pollInterval: 0.05)
            XCTAssertFalse(watcher.waitForChanges(timeout: 0.2), "\(watcher.mechanism)")
            try append("More text.\n", to: folder.appendingPathComponent("objective.md"))
            XCTAssertTrue(watcher.waitForChanges(timeout: 5), "\(watcher.mechanism)")
        }
    }

    #if canImport(Glibc)
    /// A file still open for writing means a save may not be over; once its writer closed it, or it was renamed
    /// into place, the watcher knows the save is complete (and waits only briefly for more files).
    func testWritesStillOpenAreTold() throws {
        let folder = try makeFolder()
        let watcher = try ContentWatcher(directory: folder.path)
        let file = folder.appendingPathComponent("objective.md")
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("More text.\n".utf8))
        XCTAssertTrue(watcher.waitForChanges(timeout: 5))
        XCTAssertTrue(watcher.hasUnfinishedWrites, "written to and still open")
        try handle.close()
        XCTAssertTrue(watcher.waitForChanges(timeout: 5))
        XCTAssertFalse(watcher.hasUnfinishedWrites, "closed by its writer")
        XCTAssertEqual(watcher.takeChanges(), .files(["objective.md"]))

        let temporary = folder.appendingPathComponent(".objective.md.tmp")
        try Data("---\ntitle: Second\n---\n".utf8).write(to: temporary)
        XCTAssertEqual(rename(temporary.path, file.path), 0)
        XCTAssertTrue(watcher.waitForChanges(timeout: 5))
        XCTAssertFalse(watcher.hasUnfinishedWrites, "written, closed and renamed into place")

        let created = folder.appendingPathComponent("new.md")
        XCTAssertTrue(FileManager.default.createFile(atPath: created.path, contents: nil))
        let open = try FileHandle(forWritingTo: created)
        try open.write(contentsOf: Data("---\n".utf8))
        XCTAssertTrue(watcher.waitForChanges(timeout: 5))
        XCTAssertTrue(watcher.hasUnfinishedWrites, "a new file still being written")
        try open.close()
    }
    #endif

    func testPollingCannotTellWhetherWritesAreFinished() throws {
        let watcher = try ContentWatcher(directory: try makeFolder().path, forcePolling: true, pollInterval: 0.05)
        XCTAssertTrue(watcher.hasUnfinishedWrites)
    }

    func testMissingFolderThrows() throws {
        let missing = NSTemporaryDirectory() + "okra-watch-missing-\(UUID().uuidString)"
        for polling in [false, true] {
            XCTAssertThrowsError(try ContentWatcher(directory: missing, forcePolling: polling)) { error in
                XCTAssertTrue("\(error)".contains(missing), "\(error)")
            }
        }
        let file = try makeFolder().appendingPathComponent("objective.md").path
        XCTAssertThrowsError(try ContentWatcher(directory: file)) { error in
            XCTAssertTrue("\(error)".contains(file), "\(error)")
        }
    }
}
