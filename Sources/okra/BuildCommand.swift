import ArgumentParser
import Foundation
import OkraKit

/// `okra build`: check the content, then render the whole site into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content and render the site as static HTML.",
        discussion: """
        Errors stop the build and leave the previous output untouched. The site is written into a \
        new folder beside the output and swapped in, so pages of deleted objectives disappear.
        """
    )

    @OptionGroup var options: ContentOptions

    @OptionGroup var site: SiteOptions

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let theme = try site.loadTheme()
        let outcome: BuildOutcome
        do {
            outcome = try Pipeline.build(options.pipelineOptions, theme: theme, output: site.output, protecting: site.protectedFolders)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        let formatter = DiagnosticFormatter(contentDirectory: options.content)
        let check = outcome.check
        if !check.diagnostics.isEmpty {
            FileHandle.standardError.write(Data(formatter.format(check.diagnostics, fileCount: check.checkedFileCount, as: .text).utf8))
        }
        if options.timings {
            printTimings(outcome.timings)
        }
        guard outcome.succeeded else {
            FileHandle.standardError.write(Data("build stopped: fix the errors above; '\(site.output)' was left as it was\n".utf8))
            throw ExitCode(1)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let objectives = check.content.objectives.count
        print("built \(outcome.pageCount) pages for \(objectives) objective\(objectives == 1 ? "" : "s") in \(String(format: "%.2f", seconds)) s → \(site.output)")
        ImmediateExit.exit(0, keeping: outcome)
    }
}
