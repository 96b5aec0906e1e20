/// The data handed to a page template: a tree of dictionaries, arrays, strings, numbers and booleans.
/// Strings are escaped by Mustache's `{{…}}`; only keys ending in `HTML` or `SVG` hold markup, for `{{{…}}}`.
public typealias TemplateData = [String: Any]

/// One page to write: its path in the output folder, its template and its data.
public struct Page {
    public var path: String
    public var template: String
    public var data: TemplateData
}
