import Foundation

/// The output folder cannot be written, or must not be (it would delete something that is not a build).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// Step 8 of the pipeline: what ``StagedOutput`` needs to write the site into a fresh folder beside the
/// output and swap it in. A failed build leaves the previous output untouched; pages of deleted objectives
/// disappear because the whole folder is replaced; nothing is written outside the output folder and its
/// temporary sibling.
public enum OutputWriter {
    /// The file that marks a folder as Okra's output, so a later build may replace it.
    public static let marker = ".okra-output"

    /// Writes a new file with plain POSIX calls: the staging folder is fresh, so no atomic rename is needed
    /// per file, and this is several times cheaper than `Data.write` for thousands of small pages.
    /// Returns 0, or the `errno` of the call that failed.
    /// Writes text or bytes to a new file at `path`; returns 0 or the `errno` of the failure.
    static func write(_ contents: OutputFile.Contents, to path: String) -> Int32 {
        switch contents {
        case .text(var text): return text.withUTF8 { writeBytes($0, to: path) }
        case .utf8(let block): return block.withBytes { writeBytes($0, to: path) }
        case .stream(let produce): return writeFile(at: path) { write in produce { block in block.withBytes(write) } }
        case .copy: return EINVAL
        }
    }

    private static func writeBytes(_ buffer: UnsafeBufferPointer<UInt8>, to path: String) -> Int32 {
        writeFile(at: path) { write in write(buffer) }
    }

    /// Creates the file at `path` and lets `fill` write into it with the function it is given, which
    /// returns 0 or an `errno`; returns the first error of creating or writing, or 0.
    private static func writeFile(at path: String, _ fill: ((UnsafeBufferPointer<UInt8>) -> Int32) -> Int32) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        return fill { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }

    /// Refuses a relative path that could lead outside the output folder.
    static func refuseOutside(_ path: String) throws(OutputError) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }), !path.hasPrefix("/") else {
            throw OutputError(description: "refusing to write '\(path)' outside the output folder")
        }
    }

    /// Refuses outputs whose replacement would delete the content, the templates, the working folder or a system folder.
    fileprivate static func refuseDangerous(_ output: URL, contentDirectory: String, protecting others: [String]) throws(OutputError) {
        let outputPath = output.path
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.resolvingSymlinksInPath().path
        if outputPath == "/" || outputPath == home || outputPath == workingDirectory {
            throw OutputError(description: "refusing to use '\(outputPath)' as the output folder: it would be replaced as a whole; name a folder of its own, e.g. --output public")
        }
        for protected in [contentDirectory] + others {
            let path = URL(fileURLWithPath: protected, isDirectory: true).standardizedFileURL.resolvingSymlinksInPath().path
            if path == outputPath || path.hasPrefix(outputPath + "/") || outputPath.hasPrefix(path + "/") {
                throw OutputError(description: "output folder '\(outputPath)' overlaps '\(protected)': the output is replaced on every build, so keep it apart from content and templates")
            }
        }
    }
}

/// A build's output while it is being written: a fresh folder beside the output folder, filled file by
/// file (from several threads at once), then swapped in by ``commit()`` or removed by ``discard()``.
/// Until the swap the previous output is untouched.
public final class StagedOutput: Sendable {
    private let outputURL: URL
    private let staging: URL
    private let retired: URL
    private let outputExists: Bool
    private let contentDirectory: String

    /// Refuses outputs that overlap the content or other protected folders, or that hold files Okra
    /// did not write, then creates the staging folder.
    public init(output: String, contentDirectory: String, protecting others: [String] = []) throws(OutputError) {
        let manager = FileManager.default
        outputURL = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL.resolvingSymlinksInPath()
        self.contentDirectory = contentDirectory
        try OutputWriter.refuseDangerous(outputURL, contentDirectory: contentDirectory, protecting: others)

        var isDirectory: ObjCBool = false
        outputExists = manager.fileExists(atPath: outputURL.path, isDirectory: &isDirectory)
        if outputExists {
            guard isDirectory.boolValue else { throw OutputError(description: "output '\(output)' is a file, not a folder") }
            let entries = (try? manager.contentsOfDirectory(atPath: outputURL.path)) ?? []
            if !entries.isEmpty, !entries.contains(OutputWriter.marker) {
                throw OutputError(description: "output folder '\(output)' holds files that Okra did not write; empty it or choose another --output, so nothing of yours is replaced")
            }
        }
        let parent = outputURL.deletingLastPathComponent()
        let name = outputURL.lastPathComponent
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        staging = parent.appendingPathComponent(".\(name).okra-new-\(suffix)", isDirectory: true)
        retired = parent.appendingPathComponent(".\(name).okra-old-\(suffix)", isDirectory: true)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw OutputError(description: "could not write the site: \(error.localizedDescription)")
        }
    }

    /// Writes one file into the staging folder, creating its folders as needed. Safe to call from several threads.
    public func write(_ file: OutputFile) throws(OutputError) {
        try OutputWriter.refuseOutside(file.path)
        let destination = staging.path + "/" + file.path
        do {
            switch file.contents {
            case .text, .utf8, .stream:
                var code = OutputWriter.write(file.contents, to: destination)
                if code == ENOENT {
                    try createFolder(of: file.path)
                    code = OutputWriter.write(file.contents, to: destination)
                }
                if code != 0 { throw OutputError(description: "\(file.path): \(String(cString: strerror(code)))") }
            case .copy(let source):
                try createFolder(of: file.path)
                try FileManager.default.copyItem(atPath: contentDirectory + "/" + source, toPath: destination)
            }
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(description: "\(file.path): \(error.localizedDescription)")
        }
    }

    private func createFolder(of path: String) throws {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        guard !folder.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: staging.path + "/" + folder, withIntermediateDirectories: true)
    }

    /// Marks the staging folder as Okra's output and swaps it in; the previous output is removed. Where the system
    /// can swap two names in one step (``NameSwap``), the output folder is never missing, even for an instant.
    public func commit() throws(OutputError) {
        let manager = FileManager.default
        do {
            try Data("This folder was written by okra build and is replaced by the next build.\n".utf8)
                .write(to: staging.appendingPathComponent(OutputWriter.marker))
        } catch {
            discard()
            throw OutputError(description: "could not write the site: \(error.localizedDescription)")
        }
        if outputExists, NameSwap.exchange(staging.path, outputURL.path) {
            // The staging folder's name now holds the previous output.
            try? manager.removeItem(at: staging)
            return
        }
        do {
            if outputExists { try manager.moveItem(at: outputURL, to: retired) }
            do {
                try manager.moveItem(at: staging, to: outputURL)
            } catch {
                if outputExists { try? manager.moveItem(at: retired, to: outputURL) }
                throw error
            }
            if outputExists { try? manager.removeItem(at: retired) }
        } catch {
            discard()
            throw OutputError(description: "could not replace '\(outputURL.path)': \(error.localizedDescription)")
        }
    }

    /// Removes the staging folder; the previous output stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
