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
    /// check → render → write. Errors in the content stop the build before anything is written.
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
        let clock = { DispatchTime.now().uptimeNanoseconds }
        var start = clock()
        let files = SiteRenderer.render(check, theme: theme, assets: check.assetFiles)
        timings.append(StepTiming(step: "render", seconds: Double(clock() - start) / 1e9))
        start = clock()
        try OutputWriter.write(files, to: output, contentDirectory: options.contentDirectory, protecting: others)
        timings.append(StepTiming(step: "write", seconds: Double(clock() - start) / 1e9))
        let pages = files.filter { $0.path.hasSuffix(".html") }.count
        return BuildOutcome(check: check, pageCount: pages, fileCount: files.count, timings: timings)
    }
}
