import ArgumentParser
import Foundation
import OkraKit

/// `okra check`: report every problem in the content, like a compiler.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content folder and report problems with file, line and column.",
        discussion: "Exit status: 0 without errors, 1 with errors (or warnings under --strict), 2 on usage errors. Rules: docs/rules.md."
    )

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "Output format: text, json or github.")
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "Fail (exit 1) on warnings too.")
    var strict = false

    func run() throws {
        let outcome: CheckOutcome
        do {
            outcome = try Pipeline.check(options.pipelineOptions)
        } catch {
            throw UsageError(message: error.description)
        }
        let formatter = DiagnosticFormatter(contentDirectory: options.content)
        FileHandle.standardOutput.write(Data(formatter.format(outcome.diagnostics, fileCount: outcome.checkedFileCount, as: format).utf8))
        if options.timings {
            printTimings(outcome.timings)
        }
        let failed = outcome.errorCount > 0 || (strict && outcome.warningCount > 0)
        ImmediateExit.exit(failed ? 1 : 0, keeping: outcome)
    }
}
