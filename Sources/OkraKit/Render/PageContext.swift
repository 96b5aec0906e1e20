/// One page to write: its path in the output folder, its template and its data.
/// Strings in the data are escaped by Mustache's `{{…}}`; only keys ending in `HTML` or `SVG` hold markup, for `{{{…}}}`.
public struct Page {
    public var path: String
    public var template: String
    public var data: TemplateData
}
