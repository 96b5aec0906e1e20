import ArgumentParser
import Foundation
import OkraKit

/// `okra watch`: build the site, then rebuild what each edit of the content reaches until stopped.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Build the site, then rebuild it whenever the content changes.",
        discussion: """
        After the first build only the files an edit reaches are rendered again and replaced one by one \
        (an edit that changes the site's structure, such as a new objective, a changed alignment or \
        org.yaml, rebuilds the whole site). The output always equals what 'okra build' would write. \
        Content with errors leaves the output as it was. Edits to the theme need a restart. Stop with Ctrl-C.
        """
    )

    @OptionGroup var options: ContentOptions

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Look for changes by scanning the folder every quarter second instead of asking the system to report them.")
    var poll = false

    func run() throws {
        let theme = try site.loadTheme()
        let watcher: ContentWatcher
        do {
            watcher = try ContentWatcher(directory: options.content, forcePolling: poll)
        } catch {
            throw UsageError(message: error.description)
        }
        let incremental = IncrementalBuild(options: options.pipelineOptions, theme: theme, output: site.output, protecting: site.protectedFolders)
        let formatter = DiagnosticFormatter(contentDirectory: options.content)
        StopSignal.install()

        // Also after a failed rebuild: the files it replaced before failing are removed on the way out.
        defer { incremental.finishBuild() }
        var first = true
        repeat {
            if options.today == nil { incremental.today = .today() }
            let started = DispatchTime.now().uptimeNanoseconds
            let report: IncrementalBuild.Report
            do {
                report = try incremental.build(changes: first ? .unknown : watcher.takeChanges())
            } catch {
                FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
                if first { throw ExitCode(1) }
                continue
            }
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            describe(report, first: first, milliseconds: milliseconds, formatter: formatter)
            incremental.finishBuild()
            if first {
                guard report.kind != .stopped else { throw ExitCode(1) }
                say("watching \(options.content) for changes (Ctrl-C to stop)")
                first = false
            }
        } while waitForEdit(watcher)
    }

    /// Waits for the next change; false once the user asked to stop.
    private func waitForEdit(_ watcher: ContentWatcher) -> Bool {
        while !StopSignal.received {
            if watcher.waitForChanges(timeout: 0.5) { return !StopSignal.received }
        }
        return false
    }

    private func describe(_ report: IncrementalBuild.Report, first: Bool, milliseconds: Double, formatter: DiagnosticFormatter) {
        guard report.kind != .unchanged, let check = report.check else { return }
        // On later builds only the edited files' problems are printed, not every warning of the site again.
        let changed = Set(report.changedFiles)
        let shown = first ? check.diagnostics : check.diagnostics.filter { changed.contains($0.location.file) || $0.severity == .error }
        if !shown.isEmpty {
            FileHandle.standardError.write(Data(formatter.format(shown, fileCount: check.checkedFileCount, as: .text).utf8))
        }
        if options.timings {
            printTimings(report.timings)
        }
        let files = report.changedFiles.count
        let edited = "\(files) content file\(files == 1 ? "" : "s") changed"
        switch report.kind {
        case .stopped:
            say("build stopped: fix the errors above; '\(site.output)' was left as it was (\(edited))")
        case .full where first:
            let objectives = check.content.objectives.count
            say("built \(report.pagesWritten) pages for \(objectives) objective\(objectives == 1 ? "" : "s") in \(String(format: "%.2f", milliseconds / 1000)) s → \(site.output)")
        case .full:
            say("rebuilt in \(String(format: "%.1f", milliseconds)) ms: the whole site, \(report.filesWritten) files (\(edited))")
        case .incremental:
            say("rebuilt in \(String(format: "%.1f", milliseconds)) ms: \(report.filesWritten) files written (\(edited))")
        case .unchanged:
            break
        }
    }
}

/// Writes one line on standard output at once, unbuffered, so that scripts see each build as it ends.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// SIGINT and SIGTERM end `okra watch` between builds instead of in the middle of writing a page.
enum StopSignal {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static var received: Bool { flag != 0 }

    static func install() {
        signal(SIGINT) { _ in StopSignal.flag = 1 }
        signal(SIGTERM) { _ in StopSignal.flag = 1 }
    }
}
