import Foundation
import XCTest

/// Reads a built site from disk: its pages, and whether every internal link and anchor resolves.
struct SiteInspector {
    let root: URL

    /// Every file below the root, relative, sorted.
    var files: [String] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var result: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                result.append(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
            }
        }
        return result.sorted()
    }

    var pages: [String] { files.filter { $0.hasSuffix(".html") } }

    func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Values of `href` and `src` attributes in a page.
    static func links(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"\b(?:href|src)="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    /// Problems with internal links: `page: link (why)`. External links are listed separately.
    func brokenLinks() throws -> (broken: [String], external: [String]) {
        var broken: [String] = []
        var external: [String] = []
        var anchorCache: [String: Set<String>] = [:]
        func anchors(_ path: String) throws -> Set<String> {
            if let cached = anchorCache[path] { return cached }
            let html = try text(path)
            let pattern = try! NSRegularExpression(pattern: #"\bid="([^"]*)""#)
            let ids = Set(pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
                Range($0.range(at: 1), in: html).map { String(html[$0]) }
            })
            anchorCache[path] = ids
            return ids
        }
        for page in pages {
            for link in Self.links(in: try text(page)) {
                let decoded = link.replacingOccurrences(of: "&amp;", with: "&")
                if decoded.hasPrefix("http:") || decoded.hasPrefix("https:") || decoded.hasPrefix("//") || decoded.hasPrefix("mailto:") {
                    external.append("\(page): \(link)")
                    continue
                }
                if decoded.hasPrefix("/") {
                    broken.append("\(page): \(link) (absolute path; pages must link relatively)")
                    continue
                }
                let parts = decoded.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let pathPart = String(parts[0])
                let fragment = parts.count > 1 ? String(parts[1]) : ""
                var target = page
                if !pathPart.isEmpty {
                    var components = page.split(separator: "/").dropLast().map(String.init)
                    for component in (pathPart.removingPercentEncoding ?? pathPart).split(separator: "/") {
                        if component == ".." {
                            guard !components.isEmpty else { broken.append("\(page): \(link) (leaves the site)"); continue }
                            components.removeLast()
                        } else if component != "." {
                            components.append(String(component))
                        }
                    }
                    target = components.joined(separator: "/")
                    if pathPart.hasSuffix("/") {
                        broken.append("\(page): \(link) (a folder link does not work from file://)")
                        continue
                    }
                }
                guard FileManager.default.fileExists(atPath: root.appendingPathComponent(target).path) else {
                    broken.append("\(page): \(link) (no file \(target))")
                    continue
                }
                if !fragment.isEmpty, target.hasSuffix(".html"), !(try anchors(target)).contains(fragment) {
                    broken.append("\(page): \(link) (no id=\"\(fragment)\" in \(target))")
                }
            }
        }
        return (broken, external)
    }
}
