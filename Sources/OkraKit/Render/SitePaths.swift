/// Where every page lives in the output folder, and relative links between pages.
/// All paths are `/`-separated and relative to the output folder; pages link relatively, so the
/// site works from any host, any sub-path, and from disk (file://), where links name `index.html` explicitly.
public enum SitePaths {
    public static let home = "index.html"
    public static let archive = "archive.html"
    public static let stylesheet = "assets/okra.css"
    /// The theme's script (search and the dashboard filter); every page works without it.
    public static let script = "assets/okra.js"
    public static let search = "search.html"
    /// The search index as a script (`window.okraSearchIndex = {…}`), since pages opened from disk cannot fetch JSON.
    public static let searchIndex = "search-index.js"
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
        var from = from, to = to
        return from.withUTF8 { fromBytes in
            to.withUTF8 { toBytes in
                let slash = UInt8(ascii: "/")
                // The longest common prefix of whole folders.
                var common = 0
                var index = 0
                while index < fromBytes.count, index < toBytes.count, fromBytes[index] == toBytes[index] {
                    if fromBytes[index] == slash { common = index + 1 }
                    index += 1
                }
                var ups = 0
                for byte in fromBytes[common...] where byte == slash { ups += 1 }
                let rest = UnsafeBufferPointer(rebasing: toBytes[common...])
                return String(unsafeUninitializedCapacity: 3 * ups + rest.count) { output in
                    for up in 0..<ups {
                        output[3 * up] = UInt8(ascii: ".")
                        output[3 * up + 1] = UInt8(ascii: ".")
                        output[3 * up + 2] = slash
                    }
                    _ = UnsafeMutableBufferPointer(rebasing: output[(3 * ups)...]).initialize(from: rest)
                    return 3 * ups + rest.count
                }
            }
        }
    }
}
