import Foundation

/// The output folder of an earlier build, updated file by file by an incremental build. Each file is
/// written beside its destination and put in its place in one step (``NameSwap``), so a reader never sees half a page; nothing is
/// written outside the folder, and only into a folder that Okra's marker says is a build.
///
/// The files it replaces are not removed at once but by ``removeReplacedFiles()``: freeing the memory of a
/// large file (the 44 MB `okrs.json` of a 10,000-objective site) takes about 10 ms, which `okra watch`
/// spends after it has reported the rebuild rather than while the edit waits for its pages.
public final class InPlaceOutput: Sendable {
    private let root: String
    /// The hidden names that replaced files took, until they are removed.
    private let replaced = Locked<[String]>([])

    /// Refuses a folder that is missing or that a build did not write.
    public init(output: String) throws(OutputError) {
        let url = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL.resolvingSymlinksInPath()
        guard FileManager.default.fileExists(atPath: url.appendingPathComponent(OutputWriter.marker).path) else {
            throw OutputError(description: "output folder '\(output)' is not a finished build (no \(OutputWriter.marker)); run a full build first")
        }
        root = url.path
    }

    /// Replaces one file of the output. Safe to call from several threads for different files.
    public func write(_ file: OutputFile) throws(OutputError) {
        try OutputWriter.refuseOutside(file.path)
        let destination = root + "/" + file.path
        let folder = (destination as NSString).deletingLastPathComponent
        let temporary = folder + "/.okra-partial-\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max))"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(description: "\(file.path): \(error.localizedDescription)")
        }
        switch file.contents {
        case .text, .utf8, .stream:
            let code = OutputWriter.write(file.contents, to: temporary)
            if code != 0 {
                unlink(temporary)
                throw OutputError(description: "\(file.path): \(String(cString: strerror(code)))")
            }
        case .copy:
            throw OutputError(description: "\(file.path): an incremental build does not copy assets; run a full build")
        }
        switch NameSwap.swapFile(destination, with: temporary) {
        case .swapped:
            replaced.withValue { $0.append(temporary) }
        case .moved:
            break
        case .failed(let code):
            unlink(temporary)
            throw OutputError(description: "\(file.path): \(String(cString: strerror(code)))")
        }
    }

    /// Removes the earlier versions of the files written so far.
    public func removeReplacedFiles() {
        let paths = replaced.withValue { paths in
            defer { paths = [] }
            return paths
        }
        for path in paths { unlink(path) }
    }
}
