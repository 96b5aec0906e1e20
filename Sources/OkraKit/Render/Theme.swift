import Foundation

/// A theme that cannot be used: a template that does not parse, or a missing templates folder.
public struct ThemeError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// The Mustache templates, the stylesheet and the script that shape every page. A site's `templates/` folder
/// overrides the built-in default theme file by file; files it does not have come from the default.
public struct Theme: Sendable {
    public let library: TemplateLibrary
    /// Every template's text by name, as loaded (for tests that compare renderers).
    public let templateTexts: [String: String]
    /// The stylesheet written to `assets/okra.css`: the theme's CSS followed by the charts' CSS.
    public let stylesheet: String
    /// The script written to `assets/okra.js` (search and the dashboard filter), as the theme has it.
    public let script: String
    /// Which files came from the site's folder (for `okra build` to report).
    public let overriddenFiles: [String]

    static let pageTemplates = ["dashboard", "unit", "objective", "person", "archive", "alignment", "matrix", "unit-history", "search"]
    /// Theme files other than templates that a site's folder may override.
    static let assetFiles: Set<String> = ["assets/okra.css", "assets/okra.js"]

    /// Loads the theme; `directory` nil (or a folder that does not exist, when `required` is false) means the built-in one.
    public static func load(directory: String?, required: Bool = false) throws(ThemeError) -> Theme {
        var files = DefaultTheme.files
        var overridden: [String] = []
        if let directory {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue
            if !exists && required {
                throw ThemeError(description: "templates folder '\(directory)' does not exist")
            }
            if exists {
                for path in ContentLoader.listFiles(in: URL(fileURLWithPath: directory, isDirectory: true)) {
                    guard path.hasSuffix(".mustache") || assetFiles.contains(path) else { continue }
                    guard let data = FileManager.default.contents(atPath: directory + "/" + path) else { continue }
                    guard case .success(let text) = TextDecoding.decode(data) else {
                        throw ThemeError(description: "\(directory)/\(path): not valid UTF-8")
                    }
                    files[path] = text
                    overridden.append(path)
                }
            }
        }
        var library = TemplateLibrary()
        var texts: [String: String] = [:]
        for (path, text) in files where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            texts[name] = text
            do {
                try library.register(text, named: name)
            } catch {
                let origin = overridden.contains(path) ? "\(directory ?? "templates")/\(path)" : "built-in \(path)"
                throw ThemeError(description: "\(origin):\(error.line): \(error.message) — every {{#section}}, {{^section}} and {{<parent}} needs its {{/section}}")
            }
        }
        for name in pageTemplates where !library.has(name) {
            throw ThemeError(description: "the theme has no '\(name).mustache' template")
        }
        let css = (files["assets/okra.css"] ?? "") + "\n/* Charts */\n" + Charts.stylesheet + "\n" + Charts.alignmentStylesheet
        return Theme(library: library, templateTexts: texts, stylesheet: css, script: files["assets/okra.js"] ?? "", overriddenFiles: overridden.sorted())
    }

    /// Renders a page with its template.
    public func render(_ page: Page) -> String {
        library.render(page.data, withTemplate: page.template)
    }

    /// Renders a page with its template, as UTF-8 bytes.
    public func renderUTF8(_ page: Page) -> ByteBlock {
        library.renderUTF8(page.data, withTemplate: page.template)
    }

    /// Renders a page with its template, as UTF-8 bytes, reusing and keeping its rows in `rows`.
    func renderUTF8(_ page: Page, rows: RowCache) -> ByteBlock {
        var pageRows: PageRows? = rows.take(page.path, template: page.template)
        let bytes = library.renderUTF8(page.data, withTemplate: page.template, rows: &pageRows)
        if let pageRows { rows.put(pageRows, for: page.path) }
        return bytes
    }
}
