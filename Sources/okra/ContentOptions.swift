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

    mutating func validate() throws {
        if let today, Day(iso: today) == nil {
            throw ValidationError("--today must be a real date YYYY-MM-DD, not '\(today)'")
        }
    }

    var pipelineOptions: PipelineOptions {
        PipelineOptions(contentDirectory: content, today: today.flatMap(Day.init(iso:)) ?? .today(), includeDrafts: drafts)
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
