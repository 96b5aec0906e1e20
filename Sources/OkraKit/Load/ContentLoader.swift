import Foundation

/// A content folder that cannot be read at all: a usage error, not a content diagnostic.
public struct ContentDirectoryError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// Step 1 of the pipeline: find every file of a content folder, decide its role by its path,
/// and read the text files in parallel.
public enum ContentLoader {
    public static func load(directory: String) throws(ContentDirectoryError) -> LoadedContent {
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw ContentDirectoryError(description: "content folder '\(directory)' does not exist (use --content DIR to name another)")
        }
        guard isDirectory.boolValue else {
            throw ContentDirectoryError(description: "'\(directory)' is a file, not a content folder")
        }
        let paths = listFiles(in: root)
        let files = paths.parallelMap { path -> ContentFile in
            let role = classify(path)
            var file = ContentFile(path: path, role: role, text: nil, invalidUTF8At: nil)
            switch role {
            case .siteSettings, .organisation, .objective:
                let url = root.appendingPathComponent(path)
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    file.invalidUTF8At = nil
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
        return LoadedContent(directory: directory, files: files)
    }

    /// Relative paths of every regular file, skipping names that start with `_` or `.`, sorted.
    static func listFiles(in root: URL) -> [String] {
        var result: [String] = []
        var stack: [(URL, String)] = [(root, "")]
        let manager = FileManager.default
        while let (url, prefix) = stack.popLast() {
            guard let names = try? manager.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names where !name.hasPrefix("_") && !name.hasPrefix(".") {
                let child = url.appendingPathComponent(name)
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: child.path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    stack.append((child, relative))
                } else {
                    result.append(relative)
                }
            }
        }
        return result.sorted()
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
