import Foundation
import ArgumentParser
import OkraKit

/// Options shared by every command that reads content.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp("Judge the content as of this day (YYYY-MM-DD) instead of today: expected progress, stale and future check-ins.", valueName: "date"))
    var today: String?

    @Flag(name: .long, help: "Include objectives marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Print how long each pipeline step took (of every build, under okra watch), on standard error.")
    var timings = false

    mutating func validate() throws {
        if let today, Day(iso: today) == nil {
            throw ValidationError("--today must be a real date YYYY-MM-DD, not '\(today)'")
        }
    }

    var pipelineOptions: PipelineOptions {
        PipelineOptions(contentDirectory: content, today: today.flatMap(Day.init(iso:)) ?? .today(), includeDrafts: drafts)
    }
}

/// Options shared by the commands that write the site: `okra build` and `okra watch`.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The theme folder; files it lacks come from the built-in theme.", valueName: "dir"))
    var templates: String?

    @Option(name: .long, help: ArgumentHelp("The output folder, replaced as a whole.", valueName: "dir"))
    var output: String = "public"

    /// The theme of `--templates`, or of `templates/` when it exists, else the built-in one.
    func loadTheme() throws -> Theme {
        do {
            return try Theme.load(directory: templates ?? "templates", required: templates != nil)
        } catch {
            throw UsageError(message: error.description)
        }
    }

    /// Folders the output must not overlap, besides the content.
    var protectedFolders: [String] { [templates ?? "templates"] }
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// `--timings`: one line per pipeline step with its wall time, on standard error.
func printTimings(_ timings: [StepTiming]) {
    let lines = timings.map { $0.step.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: "%9.2f ms", $0.seconds * 1000) }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
}
