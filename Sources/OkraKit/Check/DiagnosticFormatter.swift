import Foundation

/// How `okra check` prints its diagnostics.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// Compiler style: `content/2026-Q3/sales/x.md:12:5: error: … [rule-id]`, then a summary line.
    case text
    /// One JSON document; the schema is in docs/check.md.
    case json
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`).
    case github
}

/// Renders diagnostics for people, programs and CI.
public struct DiagnosticFormatter {
    /// The content folder as the user named it; printed paths start with it.
    public var contentDirectory: String

    public init(contentDirectory: String) { self.contentDirectory = contentDirectory }

    /// The path to print for a file relative to the content folder.
    public func displayPath(_ file: String) -> String {
        var directory = contentDirectory
        while directory.count > 1, directory.hasSuffix("/") { directory.removeLast() }
        if directory.isEmpty || directory == "." { return file }
        return directory == "/" ? "/" + file : directory + "/" + file
    }

    public func format(_ diagnostics: [Diagnostic], fileCount: Int, as format: DiagnosticFormat) -> String {
        switch format {
        case .text: return text(diagnostics, fileCount: fileCount)
        case .json: return json(diagnostics, fileCount: fileCount)
        case .github: return github(diagnostics, fileCount: fileCount)
        }
    }

    public func summary(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning")) in \(plural(fileCount, "file"))"
    }

    func text(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        var lines = diagnostics.map { diagnostic in
            "\(displayPath(diagnostic.location.file)):\(diagnostic.location.line):\(diagnostic.location.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule.id)]"
        }
        lines.append(summary(diagnostics, fileCount: fileCount))
        return lines.joined(separator: "\n") + "\n"
    }

    func json(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.value("schema", "okra-check/1")
        writer.value("content", contentDirectory)
        writer.value("files", fileCount)
        writer.value("errors", diagnostics.filter { $0.severity == .error }.count)
        writer.value("warnings", diagnostics.filter { $0.severity == .warning }.count)
        writer.beginArray("diagnostics")
        for diagnostic in diagnostics {
            writer.beginObject()
            writer.value("severity", diagnostic.severity.rawValue)
            writer.value("rule", diagnostic.rule.id)
            writer.value("file", displayPath(diagnostic.location.file))
            writer.value("path", diagnostic.location.file)
            writer.value("line", diagnostic.location.line)
            writer.value("column", diagnostic.location.column)
            writer.value("message", diagnostic.message)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.endLine()
        return writer.output
    }

    func github(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        func escapeData(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        func escapeProperty(_ text: String) -> String {
            escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        var lines = diagnostics.map { diagnostic in
            let properties = "file=\(escapeProperty(displayPath(diagnostic.location.file))),line=\(diagnostic.location.line),col=\(diagnostic.location.column),title=\(escapeProperty(diagnostic.rule.id))"
            return "::\(diagnostic.severity.rawValue) \(properties)::\(escapeData(diagnostic.message))"
        }
        lines.append(summary(diagnostics, fileCount: fileCount))
        return lines.joined(separator: "\n") + "\n"
    }
}
