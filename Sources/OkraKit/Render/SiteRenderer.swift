import Foundation

/// A file of the built site.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case text(String)
        /// Text as UTF-8 bytes, written as they are: pages are rendered as bytes, and making a `String` of
        /// them would check every byte again.
        case utf8(ByteBlock)
        /// Text made block by block while it is written, so that a large file is never held whole: the
        /// closure hands each block to the sink, in order, and stops at the first error the sink returns
        /// (an `errno`), returning it.
        case stream(@Sendable (_ sink: (ByteBlock) -> Int32) -> Int32)
        /// A file copied from the content folder (an asset next to objective pages).
        case copy(fromContentPath: String)
    }

    /// Path relative to the output folder.
    public var path: String
    public var contents: Contents

    /// The text of the file; nil for a copied file.
    public var text: String? {
        switch contents {
        case .text(let text): return text
        case .utf8(let block): return block.text
        case .stream(let produce):
            var text = ""
            _ = produce { block in
                text += block.text
                return 0
            }
            return text
        case .copy: return nil
        }
    }
}

/// Step 7 of the pipeline: every page, the stylesheet and script, `okrs.json`, the search index, `sitemap.xml` and the assets,
/// as files in memory. Pages are rendered in parallel.
public enum SiteRenderer {
    /// Every file of the site, in memory (tests, and callers that want the files rather than a folder).
    public static func render(_ outcome: CheckOutcome, theme: Theme, assets: [ContentFile]) -> [OutputFile] {
        let collected = Locked<[OutputFile]>([])
        render(outcome, theme: theme, assets: assets) { file in collected.withValue { $0.append(file) } }
        // Sorted by path, so that the order does not depend on which thread finished first.
        return collected.withValue { $0 }.sorted { $0.path < $1.path }
    }

    /// Renders every file and hands each to `deliver` as soon as it is done, from several threads at once,
    /// so that a page can be written and freed while others are still being rendered. When `deliver`
    /// throws, the remaining files are not rendered and the first error is rethrown.
    public static func render<Failure: Error>(_ outcome: CheckOutcome, theme: Theme, assets: [ContentFile],
                                              deliver: @Sendable (OutputFile) throws(Failure) -> Void) throws(Failure) {
        try render(outcome, theme: theme, assets: assets, recordCache: nil, deliver: deliver)
    }

    /// Every file, with the lines of `okrs.json` and the search index kept in `recordCache` and the largest pages' rows
    /// in `rowCache` for later incremental builds. `builder`: the page builder of `outcome` that `okra watch` keeps
    /// (one that keeps rows, for `rowCache`); nil to make one.
    static func render<Failure: Error>(_ outcome: CheckOutcome, theme: Theme, assets: [ContentFile], builder: PageBuilder? = nil,
                                       recordCache: RecordCache?, rowCache: RowCache? = nil,
                                       deliver: @Sendable (OutputFile) throws(Failure) -> Void) throws(Failure) {
        let builder = builder ?? PageBuilder(outcome: outcome)
        // The two data files are the largest jobs: they go first, so that they run beside the pages
        // instead of after them.
        let pagePaths = try render([.siteData, .searchIndex] + builder.allPageJobs().map(Job.page), builder: builder, theme: theme,
                                   recordCache: recordCache, rowCache: rowCache, deliver: deliver)
        var rest = [OutputFile(path: SitePaths.stylesheet, contents: .text(theme.stylesheet)),
                    OutputFile(path: SitePaths.script, contents: .text(theme.script))]
        if let baseURL = outcome.content.settings.baseURL {
            rest.append(OutputFile(path: SitePaths.sitemap, contents: .text(Sitemap.xml(pages: pagePaths, baseURL: baseURL))))
        }
        rest += assetFiles(assets, content: outcome.content)
        for file in rest { try deliver(file) }
    }

    /// One file to render.
    enum Job: Hashable, Sendable {
        case siteData, searchIndex
        case page(PageBuilder.PageJob)
    }

    /// Renders some files of the site in parallel and hands each to `deliver`; returns the paths of the HTML pages.
    static func render<Failure: Error>(_ jobs: [Job], builder: PageBuilder, theme: Theme, recordCache: RecordCache? = nil,
                                       rowCache: RowCache? = nil, deliver: @Sendable (OutputFile) throws(Failure) -> Void) throws(Failure) -> [String] {
        let outcome = builder.outcome
        // The first error any thread raised; once there is one, the others stop.
        let failure = Locked<Failure?>(nil)
        let pagePaths = jobs.parallelMap { job -> String? in
            guard failure.withValue({ $0 == nil }) else { return nil }
            let file: OutputFile
            switch job {
            case .siteData:
                file = OutputFile(path: SitePaths.data, contents: .stream { sink in SiteData.write(outcome, cache: recordCache, into: sink) })
            case .searchIndex:
                file = OutputFile(path: SitePaths.searchIndex, contents: .stream { sink in builder.writeSearchIndex(cache: recordCache, into: sink) })
            case .page(let pageJob):
                let page = builder.page(pageJob)
                let bytes = if let rowCache, builder.keepsRows(of: pageJob) { theme.renderUTF8(page, rows: rowCache) } else { theme.renderUTF8(page) }
                file = OutputFile(path: page.path, contents: .utf8(bytes))
            }
            do throws(Failure) {
                try deliver(file)
            } catch {
                failure.withValue { if $0 == nil { $0 = error } }
            }
            return file.path.hasSuffix(".html") ? file.path : nil
        }
        if let error = failure.withValue({ $0 }) { throw error }
        return pagePaths.compactMap { $0 }
    }

    /// Assets of unit folders that have pages, copied next to the objective pages.
    static func assetFiles(_ assets: [ContentFile], content: Content) -> [OutputFile] {
        assets.compactMap { file in
            guard case .asset(let period, let unit) = file.role,
                  let unitID = Identifier.normalized(unit), content.organisation.unit(unitID) != nil,
                  content.period(Period.canonicalID(period)) != nil else { return nil }
            let rest = file.path.split(separator: "/").dropFirst(2).joined(separator: "/")
            return OutputFile(path: "\(Period.canonicalID(period))/\(unitID)/\(rest)", contents: .copy(fromContentPath: file.path))
        }
    }
}

/// `sitemap.xml` for sites with a `base_url`.
enum Sitemap {
    static func xml(pages: [String], baseURL: String) -> String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"]
        for page in pages.sorted() {
            let url = base + "/" + (page.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? page)
            lines.append("  <url><loc>\(HTML.escape(url))</loc></url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
