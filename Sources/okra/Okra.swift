import ArgumentParser
import Foundation

/// `okra`: publish a company's OKRs as a static site.
struct OkraCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okra",
        abstract: "Check and publish OKRs kept as Markdown files.",
        version: "0.1.0",
        subcommands: [CheckCommand.self, BuildCommand.self, WatchCommand.self]
    )
}

/// Exit codes: 0 success, 1 content errors, 2 usage errors (ArgumentParser's own default would be 64).
@main
enum OkraMain {
    static func main() {
        do {
            var command = try OkraCommand.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let usage as UsageError {
            FileHandle.standardError.write(Data("error: \(usage.message)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = OkraCommand.exitCode(for: error)
            let message = OkraCommand.fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// A usage problem found after parsing (a missing content folder): printed plainly, exit 2.
struct UsageError: Error {
    var message: String
}
