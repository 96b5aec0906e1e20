import Foundation

/// What tells a file's versions apart without reading it: modification and status-change times, size and inode.
struct FileStamp: Equatable, Sendable {
    var modified: Int64 = 0
    var modifiedNanoseconds: Int64 = 0
    var changed: Int64 = 0
    var changedNanoseconds: Int64 = 0
    var size: Int64 = -1
    var inode: UInt64 = 0

    /// The stamp of the file at `path` (following links); the empty stamp when it cannot be read.
    init(_ path: String) {
        var status = stat()
        if stat(path, &status) == 0 { self.init(status) } else { self.init() }
    }

    /// The empty stamp, of a file that cannot be read.
    init() {}

    init(_ status: stat) {
        #if canImport(Darwin)
        (modified, modifiedNanoseconds) = (Int64(status.st_mtimespec.tv_sec), Int64(status.st_mtimespec.tv_nsec))
        (changed, changedNanoseconds) = (Int64(status.st_ctimespec.tv_sec), Int64(status.st_ctimespec.tv_nsec))
        #else
        (modified, modifiedNanoseconds) = (Int64(status.st_mtim.tv_sec), Int64(status.st_mtim.tv_nsec))
        (changed, changedNanoseconds) = (Int64(status.st_ctim.tv_sec), Int64(status.st_ctim.tv_nsec))
        #endif
        size = Int64(status.st_size)
        inode = UInt64(status.st_ino)
    }
}

/// The device and inode of a folder, to notice a symbolic link that leads back into the tree.
struct FolderIdentity: Hashable {
    var device: UInt64, inode: UInt64

    init(_ status: stat) {
        (device, inode) = (UInt64(truncatingIfNeeded: status.st_dev), UInt64(status.st_ino))
    }

    /// The identity of the folder at `path` (following links), nil when it cannot be read.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }
}
