import Foundation

/// Puts a finished file or folder in the place of an existing one in one step, for readers as atomic as
/// `rename(2)`, by swapping the two names (`renameat2` with `RENAME_EXCHANGE`) and then removing the old one.
///
/// Renaming a new file over an existing one makes ext4 start writing the new file's data to disk inside the
/// `rename` call (its `auto_da_alloc` safeguard): 30–45 ms for the 44 MB `okrs.json` of a 10,000-objective
/// site on the benchmark machine, on every rebuild that changes a number. After a swap the data is written
/// back later, like that of every file a full build writes into its fresh staging folder. The swap needs
/// Linux 3.15 and a file system that supports it (ext4, XFS, Btrfs, tmpfs); elsewhere, and when the
/// kernel refuses it, the plain `rename` is used.
enum NameSwap {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `renameat2` when the C library has it (glibc 2.28 and later); Swift's Glibc module does not declare it.
    private static let renameAt2: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    /// `renameat2`'s flag for swapping two existing names (linux/fs.h).
    private static let exchangeFlag: UInt32 = 1 << 1

    /// Swaps the names of two existing entries; false when they are not swapped (the system or the file
    /// system cannot, or either is missing), and nothing changed.
    static func exchange(_ first: String, _ second: String) -> Bool {
        guard let renameAt2 else { return false }
        return renameAt2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0
    }

    /// What ``swapFile(_:with:)`` did.
    enum FileSwap: Equatable {
        /// `temporary` now names the old file, which the caller removes.
        case swapped
        /// There was no regular file to swap with (or no swap on this system): `temporary` was renamed to `destination`.
        case moved
        /// Nothing changed; the `errno` of the failure.
        case failed(Int32)
    }

    /// Puts the file `temporary` in the place of the regular file `destination` (or creates it).
    static func swapFile(_ destination: String, with temporary: String) -> FileSwap {
        var status = stat()
        if lstat(destination, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, exchange(temporary, destination) {
            return .swapped
        }
        return rename(temporary, destination) == 0 ? .moved : .failed(errno)
    }
}
