import Foundation

/// A fresh, empty folder under the system's temporary folder, for tests that need real files.
struct TemporaryFolder {
    let url: URL

    /// Creates `<tmp>/<prefix>-<uuid>`.
    init(_ prefix: String) throws {
        url = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Removes the folder and everything in it.
    func remove() { try? FileManager.default.removeItem(at: url) }
}
