/// What a file in the content folder is, decided by its path alone.
public enum ContentFileRole: Sendable, Equatable {
    case siteSettings
    case organisation
    /// `<period>/<unit>/<slug>.md`, with the folder and file names as written.
    case objective(period: String, unit: String, slug: String)
    /// Any other file inside a unit folder, copied next to the objective pages.
    case asset(period: String, unit: String)
    /// A Markdown file elsewhere, ignored with a warning.
    case misplaced
    /// A non-Markdown file outside unit folders, ignored silently.
    case ignored
}

/// One file of the content folder, read and decoded when its role needs its text.
public struct ContentFile: Sendable {
    /// Path relative to the content folder, `/`-separated.
    public var path: String
    public var role: ContentFileRole
    /// The text with any BOM removed and line ends normalised to `\n`; nil for assets and undecodable files.
    public var text: String?
    /// Where the first invalid UTF-8 byte is, when the file is not valid UTF-8.
    public var invalidUTF8At: SourceLocation?
}

/// The files of a content folder.
public struct LoadedContent: Sendable {
    /// The folder as the user named it, used to print paths.
    public var directory: String
    public var files: [ContentFile]

    /// Paths of every file, for resolving links in bodies.
    public var paths: Set<String> { Set(files.map(\.path)) }

    /// Drops the text of every objective file, once it is parsed: the texts are a fifth of the memory a
    /// check holds, and nothing after the parse step reads them.
    public mutating func forgetObjectiveTexts() {
        for index in files.indices {
            if case .objective = files[index].role { files[index].text = nil }
        }
    }
}
