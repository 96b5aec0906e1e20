import Foundation

/// The output folder cannot be written, or must not be (it would delete something that is not a build).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// Step 8 of the pipeline: write the site into a fresh folder beside the output, then swap it in.
/// A failed build leaves the previous output untouched; pages of deleted objectives disappear
/// because the whole folder is replaced; nothing is written outside the output folder and its
/// temporary sibling.
public enum OutputWriter {
    /// The file that marks a folder as Okra's output, so a later build may replace it.
    public static let marker = ".okra-output"

    public static func write(_ files: [OutputFile], to output: String, contentDirectory: String, protecting others: [String] = []) throws(OutputError) {
        let manager = FileManager.default
        let outputURL = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL.resolvingSymlinksInPath()
        try refuseDangerous(outputURL, contentDirectory: contentDirectory, protecting: others)

        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: outputURL.path, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw OutputError(description: "output '\(output)' is a file, not a folder") }
            let entries = (try? manager.contentsOfDirectory(atPath: outputURL.path)) ?? []
            if !entries.isEmpty, !entries.contains(marker) {
                throw OutputError(description: "output folder '\(output)' holds files that Okra did not write; empty it or choose another --output, so nothing of yours is replaced")
            }
        }

        let parent = outputURL.deletingLastPathComponent()
        let name = outputURL.lastPathComponent
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(name).okra-new-\(suffix)", isDirectory: true)
        let retired = parent.appendingPathComponent(".\(name).okra-old-\(suffix)", isDirectory: true)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try writeFiles(files, into: staging, contentDirectory: contentDirectory)
            try Data("This folder was written by okra build and is replaced by the next build.\n".utf8)
                .write(to: staging.appendingPathComponent(marker))
        } catch {
            try? manager.removeItem(at: staging)
            throw OutputError(description: "could not write the site: \(error.localizedDescription)")
        }
        do {
            if exists { try manager.moveItem(at: outputURL, to: retired) }
            do {
                try manager.moveItem(at: staging, to: outputURL)
            } catch {
                if exists { try? manager.moveItem(at: retired, to: outputURL) }
                throw error
            }
            if exists { try? manager.removeItem(at: retired) }
        } catch {
            try? manager.removeItem(at: staging)
            throw OutputError(description: "could not replace '\(output)': \(error.localizedDescription)")
        }
    }

    private static func writeFiles(_ files: [OutputFile], into staging: URL, contentDirectory: String) throws {
        let manager = FileManager.default
        var folders: Set<String> = []
        for file in files {
            let parts = file.path.split(separator: "/")
            guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }), !file.path.hasPrefix("/") else {
                throw OutputError(description: "refusing to write '\(file.path)' outside the output folder")
            }
            let folder = parts.dropLast().joined(separator: "/")
            if !folder.isEmpty, folders.insert(folder).inserted {
                try manager.createDirectory(at: staging.appendingPathComponent(folder, isDirectory: true), withIntermediateDirectories: true)
            }
        }
        let items = files.map { $0 }
        let failures = items.parallelMap { file -> String? in
            let destination = staging.appendingPathComponent(file.path)
            do {
                switch file.contents {
                case .text(let text):
                    try writeText(text, to: destination.path)
                case .copy(let source):
                    try FileManager.default.copyItem(atPath: contentDirectory + "/" + source, toPath: destination.path)
                }
                return nil
            } catch {
                return "\(file.path): \(error.localizedDescription)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw OutputError(description: failure) }
    }

    /// Writes a new file with plain POSIX calls: the staging folder is fresh, so no atomic rename is needed
    /// per file, and this is several times cheaper than `Data.write` for thousands of small pages.
    private static func writeText(_ text: String, to path: String) throws {
        var text = text
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError(description: "\(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputError(description: "\(path): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    /// Refuses outputs whose replacement would delete the content, the templates, the working folder or a system folder.
    private static func refuseDangerous(_ output: URL, contentDirectory: String, protecting others: [String]) throws(OutputError) {
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
