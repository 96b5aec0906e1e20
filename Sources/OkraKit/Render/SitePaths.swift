/// Where every page lives in the output folder, and relative links between pages.
/// All paths are `/`-separated and relative to the output folder; pages link relatively, so the
/// site works from any host, any sub-path, and from disk (file://), where links name `index.html` explicitly.
public enum SitePaths {
    public static let home = "index.html"
    public static let archive = "archive.html"
    public static let stylesheet = "assets/okra.css"
    public static let data = "okrs.json"
    public static let sitemap = "sitemap.xml"

    public static func period(_ period: String) -> String { "\(period)/index.html" }
    public static func alignment(_ period: String) -> String { "\(period)/alignment.html" }
    /// One diagram per company objective, for periods too large for one map.
    public static func alignment(_ period: String, root: ObjectiveID) -> String { "\(period)/alignment/\(root.period)-\(root.unit)-\(root.slug).html" }
    public static func matrix(_ period: String) -> String { "\(period)/matrix.html" }
    public static func unitHistory(_ unit: String) -> String { "units/\(unit).html" }
    public static func unit(_ unit: String, period: String) -> String { "\(period)/\(unit)/index.html" }
    public static func objective(_ id: ObjectiveID) -> String { "\(id.period)/\(id.unit)/\(id.slug).html" }
    public static func person(_ id: String) -> String { "people/\(id).html" }
    public static func asset(_ file: String, unit: String, period: String) -> String { "\(period)/\(unit)/\(file)" }

    /// A relative href from the page at `from` to the file at `to`, e.g. `../../people/tanaka.html`.
    public static func relative(from: String, to: String) -> String {
        let fromFolders = from.split(separator: "/").dropLast()
        let toParts = to.split(separator: "/")
        var common = 0
        while common < fromFolders.count, common < toParts.count - 1, fromFolders[fromFolders.startIndex + common] == toParts[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromFolders.count - common)
        let rest = toParts[common...].map(String.init)
        return (ups + rest).joined(separator: "/")
    }
}
