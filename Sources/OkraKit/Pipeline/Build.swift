import Foundation

/// Everything `okra build` produced.
public struct BuildOutcome: Sendable {
    public var check: CheckOutcome
    /// Number of HTML pages written; 0 when errors stopped the build.
    public var pageCount: Int
    public var fileCount: Int
    public var timings: [StepTiming]
    public var succeeded: Bool { check.errorCount == 0 }
}

extension Pipeline {
    /// check → render and write → swap. Errors in the content stop the build before anything is written.
    /// Each file is written into a staging folder as soon as it is rendered (so the site is never held
    /// in memory as a whole); the staging folder replaces the output only when every file is written.
    public static func build(_ options: PipelineOptions, theme: Theme, output: String, protecting others: [String] = [])
        throws(OutputError) -> BuildOutcome {
        let check: CheckOutcome
        do {
            check = try Pipeline.check(options)
        } catch {
            throw OutputError(description: error.description)
        }
        var timings = check.timings
        guard check.errorCount == 0 else {
            return BuildOutcome(check: check, pageCount: 0, fileCount: 0, timings: timings)
        }
        let (files, pages) = try write(check, theme: theme, output: output, contentDirectory: options.contentDirectory, protecting: others, timings: &timings)
        return BuildOutcome(check: check, pageCount: pages, fileCount: files, timings: timings)
    }

    /// Renders every file of a checked site into a staging folder and swaps it in as the output.
    /// Returns how many files and pages were written. `builder`, `recordCache` and `rowCache`: what `okra watch`
    /// keeps for its later builds (``SiteRenderer``).
    static func write(_ check: CheckOutcome, theme: Theme, output: String, contentDirectory: String, protecting others: [String],
                      builder: PageBuilder? = nil, recordCache: RecordCache? = nil, rowCache: RowCache? = nil,
                      timings: inout [StepTiming]) throws(OutputError) -> (files: Int, pages: Int) {
        let clock = { DispatchTime.now().uptimeNanoseconds }
        var start = clock()
        let staged = try StagedOutput(output: output, contentDirectory: contentDirectory, protecting: others)
        let counter = Locked((files: 0, pages: 0))
        do throws(OutputError) {
            try SiteRenderer.render(check, theme: theme, assets: check.assetFiles, builder: builder, recordCache: recordCache,
                                    rowCache: rowCache) { file throws(OutputError) in
                try staged.write(file)
                counter.withValue { count in
                    count.files += 1
                    if file.path.hasSuffix(".html") { count.pages += 1 }
                }
            }
        } catch {
            staged.discard()
            throw error
        }
        timings.append(StepTiming(step: "render", seconds: Double(clock() - start) / 1e9))
        start = clock()
        try staged.commit()
        timings.append(StepTiming(step: "swap", seconds: Double(clock() - start) / 1e9))
        return counter.withValue { $0 }
    }
}
