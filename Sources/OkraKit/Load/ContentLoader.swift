import Foundation

/// A content folder that cannot be read at all: a usage error, not a content diagnostic.
public struct ContentDirectoryError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// Step 1 of the pipeline: find every file of a content folder, decide its role by its path,
/// and read the text files in parallel.
public enum ContentLoader {
    public static func load(directory: String) throws(ContentDirectoryError) -> LoadedContent {
        let folder = try root(of: directory)
        let paths = listFiles(in: folder)
        let files = paths.parallelMap { path in read(path, in: folder) }
        return LoadedContent(directory: directory, files: files)
    }

    /// One file of the folder `root`, its role decided by its path, its text read when the role needs it.
    static func read(_ path: String, in root: URL) -> ContentFile {
        let role = classify(path)
        var file = ContentFile(path: path, role: role, text: nil, invalidUTF8At: nil)
        switch role {
        case .siteSettings, .organisation, .objective:
            guard let data = FileBytes.read(root.path + "/" + path) else {
                file.text = ""
                return file
            }
            switch TextDecoding.decode(data) {
            case .success(let text): file.text = text
            case .failure(let position): file.invalidUTF8At = SourceLocation(file: path, line: position.line, column: position.column)
            }
        default:
            break
        }
        return file
    }

    /// The content folder as a standardized URL, or an error naming what is wrong with it.
    static func root(of directory: String) throws(ContentDirectoryError) -> URL {
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw ContentDirectoryError(description: "content folder '\(directory)' does not exist (use --content DIR to name another)")
        }
        guard isDirectory.boolValue else {
            throw ContentDirectoryError(description: "'\(directory)' is a file, not a content folder")
        }
        return root
    }

    /// Relative paths of every regular file, skipping names that start with `_` or `.`, sorted.
    /// Reads each folder with `readdir`, whose entry types spare a `stat` per file (on a cold cache, one
    /// disk read each); links and entries of unknown type are followed with `stat`, except a linked folder
    /// that leads back to one of the folders it sits in.
    static func listFiles(in root: URL) -> [String] {
        var result: [String] = []
        var stack: [(String, String)] = [(root.path, "")]
        while let (folder, prefix) = stack.popLast() {
            guard let handle = opendir(folder) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                guard isListed(name: name) else { continue }
                let path = folder + "/" + name
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                var isDirectory: Bool
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR): isDirectory = true
                case Int32(DT_REG): isDirectory = false
                default:
                    var status = stat()
                    guard stat(path, &status) == 0 else { continue }
                    isDirectory = (status.st_mode & S_IFMT) == S_IFDIR
                    guard isDirectory || (status.st_mode & S_IFMT) == S_IFREG else { continue }
                    if isDirectory, leadsBack(FolderIdentity(status), from: relative, in: root.path) { continue }
                }
                if isDirectory {
                    stack.append((path, relative))
                } else {
                    result.append(relative)
                }
            }
        }
        return result.sorted()
    }

    /// Whether a file or folder of this name is part of the content: names that start with `_` or `.` are not.
    static func isListed(name: some StringProtocol) -> Bool {
        !name.isEmpty && !name.hasPrefix("_") && !name.hasPrefix(".")
    }

    /// Whether a scan lists the file at `path` (relative to the content folder), judged by its path alone.
    static func isListed(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { isListed(name: $0) }
    }

    /// Whether a linked folder at `relative` is the root or one of the folders on its way there.
    private static func leadsBack(_ target: FolderIdentity, from relative: String, in root: String) -> Bool {
        var folder = root
        if FolderIdentity(path: folder) == target { return true }
        for part in relative.split(separator: "/").dropLast() {
            folder += "/" + part
            if FolderIdentity(path: folder) == target { return true }
        }
        return false
    }

    static func classify(_ path: String) -> ContentFileRole {
        let parts = path.split(separator: "/").map(String.init)
        let isMarkdown = path.lowercased().hasSuffix(".md")
        switch parts.count {
        case 1 where parts[0] == "site.yaml" || parts[0] == "site.yml": return .siteSettings
        case 1 where parts[0] == "org.yaml" || parts[0] == "org.yml": return .organisation
        case 3 where isMarkdown:
            return .objective(period: parts[0], unit: parts[1], slug: String(parts[2].dropLast(3)))
        case 3...:
            return isMarkdown ? .misplaced : .asset(period: parts[0], unit: parts[1])
        default:
            return isMarkdown ? .misplaced : .ignored
        }
    }
}
