import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder that cannot be watched: it does not exist or is not a folder.
public struct ContentWatcherError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// What the watcher learnt about the changes since they were last taken (``ContentWatcher/takeChanges()``).
public enum ContentChanges: Sendable, Equatable {
    /// Only these files may have changed: paths relative to the watched folder. Files that the events named;
    /// a file whose events were all seen is listed even when its content ended up as it was.
    case files(Set<String>)
    /// Anything may have changed: a folder was added, moved or removed, events were lost, a linked folder is
    /// watched, or the watcher polls. The whole tree must be scanned.
    case unknown
}

/// Watches a folder and everything below it for changes to files and folders.
///
/// Calls to ``waitForChanges(timeout:settle:)`` are serialised by a lock, so the watcher may be shared,
/// but it is meant to be used from one thread.
public final class ContentWatcher: @unchecked Sendable {
    /// How the watcher learns of changes.
    public enum Mechanism: Sendable { case inotify, polling }

    /// inotify on Linux, unless polling was forced or inotify could not be set up; polling elsewhere.
    public let mechanism: Mechanism
    private let source: any ChangeSource
    private let lock = NSLock()

    /// Starts watching `directory`. `forcePolling` forces the portable polling mechanism (used on systems
    /// without inotify, and in tests), which takes a snapshot of the tree every `pollInterval` seconds.
    public init(directory: String, forcePolling: Bool = false, pollInterval: Double = 0.25) throws(ContentWatcherError) {
        var status = stat()
        guard stat(directory, &status) == 0 else {
            throw ContentWatcherError(description: "cannot watch content folder '\(directory)': \(String(cString: strerror(errno)))")
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            throw ContentWatcherError(description: "cannot watch '\(directory)': it is not a folder")
        }
        #if canImport(Glibc)
        if !forcePolling, let inotify = InotifySource(directory: directory) {
            (mechanism, source) = (.inotify, inotify)
            return
        }
        #endif
        (mechanism, source) = (.polling, PollingSource(directory: directory, interval: max(pollInterval, 0.001)))
    }

    /// Blocks until something below the folder changes, then waits until no further change arrives for
    /// `settle` seconds (an editor's save is often several events), and returns true. Returns false when
    /// `timeout` seconds pass without any change (nil: wait forever).
    ///
    /// While every file the events named is complete (its writer closed it, or it was renamed into place or
    /// removed), the quiet time is `settleWhenComplete` instead: the save is over, and the short wait only
    /// gathers the files that arrive together (a `git checkout`). inotify tells this; polling does not, and
    /// always waits `settle`.
    public func waitForChanges(timeout: Double?, settle: Double = 0.015, settleWhenComplete: Double = 0.002) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard source.waitForChange(until: timeout.map { now() + $0 }) else { return false }
        while source.waitForChange(until: now() + (source.hasUnfinishedWrites ? settle : min(settle, settleWhenComplete))) {}
        return true
    }

    /// Whether a file that the events since the last ``takeChanges()`` named may still be being written: it
    /// was created or written to and not yet closed. Always true when polling, which cannot tell.
    public var hasUnfinishedWrites: Bool {
        lock.lock()
        defer { lock.unlock() }
        return source.hasUnfinishedWrites
    }

    /// The changes noticed since the last call (or since the watcher started), and forgets them: the files
    /// inotify named, or ``ContentChanges/unknown`` when a scan of the whole tree is needed. Take them
    /// before looking at the files, so that a change made while they are looked at is reported again.
    public func takeChanges() -> ContentChanges {
        lock.lock()
        defer { lock.unlock() }
        return source.takeChanges()
    }
}

/// Seconds on a clock that never goes backwards.
private func now() -> Double { ProcessInfo.processInfo.systemUptime }

private protocol ChangeSource {
    /// Waits until a change arrives (true) or `deadline` passes (false; nil: never).
    func waitForChange(until deadline: Double?) -> Bool
    /// Whether a file named by the changes may still be being written.
    var hasUnfinishedWrites: Bool { get }
    /// The changes noticed since the last call.
    func takeChanges() -> ContentChanges
}

/// Calls `body` with the name and type of every entry of `folder` except `.` and `..`.
private func forEachEntry(in folder: String, _ body: (String, Int32) -> Void) {
    guard let handle = opendir(folder) else { return }
    defer { closedir(handle) }
    while let entry = readdir(handle) {
        let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
            pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
        }
        if name != ".", name != ".." { body(name, Int32(entry.pointee.d_type)) }
    }
}

/// Compares snapshots of the tree taken every `interval` seconds.
private final class PollingSource: ChangeSource {
    struct Entry: Equatable {
        var stamp: FileStamp
        var isDirectory: Bool
    }

    private let directory: String
    private let interval: Double
    private var snapshot: [String: Entry]

    init(directory: String, interval: Double) {
        self.directory = directory
        self.interval = interval
        snapshot = Self.takeSnapshot(of: directory)
    }

    func takeChanges() -> ContentChanges { .unknown }

    var hasUnfinishedWrites: Bool { true }

    func waitForChange(until deadline: Double?) -> Bool {
        while true {
            let current = Self.takeSnapshot(of: directory)
            guard current == snapshot else {
                snapshot = current
                return true
            }
            let pause = min(interval, deadline.map { $0 - now() } ?? interval)
            guard pause > 0 else { return false }
            Thread.sleep(forTimeInterval: pause)
        }
    }

    /// Relative path → state of every file and folder below `root`, following links but not into loops.
    static func takeSnapshot(of root: String) -> [String: Entry] {
        var result: [String: Entry] = [:]
        var visited: Set<FolderIdentity> = []
        var status = stat()
        if stat(root, &status) == 0 { visited.insert(FolderIdentity(status)) }
        var stack: [(String, String)] = [(root, "")]
        while let (folder, prefix) = stack.popLast() {
            forEachEntry(in: folder) { name, _ in
                let path = folder + "/" + name
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                guard stat(path, &status) == 0 || lstat(path, &status) == 0 else { return }
                let isDirectory = (status.st_mode & S_IFMT) == S_IFDIR
                result[relative] = Entry(stamp: FileStamp(status), isDirectory: isDirectory)
                if isDirectory, visited.insert(FolderIdentity(status)).inserted { stack.append((path, relative)) }
            }
        }
        return result
    }
}

#if canImport(Glibc)
/// Learns of changes from Linux's inotify, with a watch on every folder of the tree.
private final class InotifySource: ChangeSource {
    private static let mask = UInt32(
        IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
    private let root: String
    private let descriptor: Int32
    private var watchedFolders: [Int32: String] = [:]
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    /// Files named by events since the last ``takeChanges()``.
    private var changedFiles: Set<String> = []
    /// An event since the last ``takeChanges()`` said something other than that a file changed.
    private var changedUnknown = false
    /// A folder is watched through a symbolic link: its files may have two paths, of which events name one.
    private var watchesLinkedFolder = false
    /// Files created or written to whose writer has not closed them yet (no `IN_CLOSE_WRITE` since).
    private var filesBeingWritten: Set<String> = []
    /// An event since the last ``takeChanges()`` said something other than which file changed and how.
    private var unclearWrites = false

    var hasUnfinishedWrites: Bool { unclearWrites || !filesBeingWritten.isEmpty }

    /// Nil when inotify is unavailable or the system's limit on watches is reached.
    init?(directory: String) {
        root = directory
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        guard addWatches(below: directory) else {
            close(descriptor)
            return nil
        }
    }

    deinit { close(descriptor) }

    func takeChanges() -> ContentChanges {
        defer {
            changedFiles = []
            changedUnknown = false
            unclearWrites = false
        }
        return changedUnknown || watchesLinkedFolder ? .unknown : .files(changedFiles)
    }

    /// Watches `path` and every folder below it; false only when the system's limit is reached.
    private func addWatches(below path: String) -> Bool {
        var visited: Set<FolderIdentity> = []
        var stack = [path]
        while let folder = stack.popLast() {
            var status = stat()
            guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR,
                visited.insert(FolderIdentity(status)).inserted else { continue }
            var linkStatus = stat()
            if lstat(folder, &linkStatus) == 0, (linkStatus.st_mode & S_IFMT) == S_IFLNK { watchesLinkedFolder = true }
            let watch = inotify_add_watch(descriptor, folder, Self.mask)
            guard watch >= 0 else {
                if errno == ENOSPC || errno == ENOMEM { return false }
                continue
            }
            watchedFolders[watch] = folder
            forEachEntry(in: folder) { name, type in
                if type != Int32(DT_REG) { stack.append(folder + "/" + name) }
            }
        }
        return true
    }

    func waitForChange(until deadline: Double?) -> Bool {
        while true {
            let remaining = deadline.map { $0 - now() }
            if let remaining, remaining <= 0 { return drainEvents() }
            let milliseconds = remaining.map { Int32(min(($0 * 1000).rounded(.up), Double(Int32.max))) } ?? -1
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, milliseconds)
            if ready > 0, drainEvents() { return true }
            if ready < 0, errno != EINTR { return false }
        }
    }

    /// Reads every queued event, adding watches for folders that appeared; true when any was a change.
    private func drainEvents() -> Bool {
        var changed = false
        let headerSize = MemoryLayout<inotify_event>.size
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return changed }
            var offset = 0
            while offset + headerSize <= count {
                let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                let end = min(offset + headerSize + Int(event.len), count)
                handle(event, name: String(decoding: buffer[(offset + headerSize)..<end].prefix { $0 != 0 }, as: UTF8.self))
                changed = changed || Int32(bitPattern: event.mask) & IN_IGNORED == 0
                offset = end
            }
        }
    }

    /// Keeps the watches in step with the tree (new folders get watches, folders moved away lose them),
    /// and notes which files changed.
    private func handle(_ event: inotify_event, name: String) {
        let mask = Int32(bitPattern: event.mask)
        if mask & IN_IGNORED != 0 { watchedFolders[event.wd] = nil }
        if mask & IN_Q_OVERFLOW != 0 {
            changedUnknown = true
            _ = addWatches(below: root)
        }
        guard let folder = watchedFolders[event.wd], !name.isEmpty else {
            if mask & IN_IGNORED == 0 {
                changedUnknown = true
                unclearWrites = true
            }
            return
        }
        let path = folder + "/" + name
        if mask & IN_ISDIR != 0 || !path.hasPrefix(root + "/") {
            changedUnknown = true
            unclearWrites = true
        } else {
            let relative = String(path.dropFirst(root.count + 1))
            changedFiles.insert(relative)
            if mask & (IN_CREATE | IN_MODIFY) != 0 { filesBeingWritten.insert(relative) }
            if mask & (IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE) != 0 { filesBeingWritten.remove(relative) }
        }
        if mask & IN_MOVED_FROM != 0, mask & IN_ISDIR != 0 {
            for (watch, watched) in watchedFolders where watched == path || watched.hasPrefix(path + "/") {
                inotify_rm_watch(descriptor, watch)
                watchedFolders[watch] = nil
            }
        }
        if mask & (IN_CREATE | IN_MOVED_TO) != 0 { _ = addWatches(below: path) }
    }
}
#endif
