import Foundation

/// What a pipeline run needs to know.
public struct PipelineOptions: Sendable {
    /// The content folder as the user named it.
    public var contentDirectory: String
    /// The day the content is judged on: expected progress, staleness, future check-ins.
    public var today: Day
    public var includeDrafts: Bool

    public init(contentDirectory: String, today: Day = .today(), includeDrafts: Bool = false) {
        self.contentDirectory = contentDirectory
        self.today = today
        self.includeDrafts = includeDrafts
    }
}

/// How long one named step took.
public struct StepTiming: Sendable {
    public var step: String
    public var seconds: Double
}

/// Everything the check produced: the model, the graph, the numbers and the diagnostics.
public struct CheckOutcome: Sendable {
    public var content: Content
    public var graph: AlignmentGraph
    public var scorecard: Scorecard
    /// Key results of the current period without a recent check-in.
    public var staleKeyResults: [StaleKeyResult]
    /// Sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// Files that were read as content (site.yaml, org.yaml, objective files).
    public var checkedFileCount: Int
    /// Non-Markdown files inside unit folders, copied next to the objective pages.
    public var assetFiles: [ContentFile]
    public var timings: [StepTiming]
    /// The diagnostics of the per-objective checks, in the order of `content.objectives`, for a later
    /// incremental build to reuse.
    var objectiveDiagnostics: [[Diagnostic]] = []
    /// What the parse step gave for site.yaml and org.yaml, the model step's diagnostics, and each objective's
    /// reference diagnostics in the order of `content.objectives`: for a later incremental build to reuse.
    var settingsFiles = ParseStep.SettingsFiles()
    var modelDiagnostics: [Diagnostic] = []
    var linkDiagnostics: [[Diagnostic]] = []

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// The build as a pipeline of named steps: load → parse → model → link → score → check.
/// Each step is a plain function of the previous step's output, timed on its own.
public enum Pipeline {
    public static func check(_ options: PipelineOptions) throws(ContentDirectoryError) -> CheckOutcome {
        var timings: [StepTiming] = []
        var loaded = try timed("load", into: &timings) { Result { () throws(ContentDirectoryError) in try ContentLoader.load(directory: options.contentDirectory) } }.get()
        let parsed = timed("parse", into: &timings) { ParseStep.run(loaded) }
        loaded.forgetObjectiveTexts()
        return analyse(loaded, parsed: parsed, options: options, timings: timings)
    }

    /// model → link → score → check, from files already loaded and parsed (by ``check(_:)``, or by an
    /// incremental build that parsed only the files that changed). `earlier`: the outcome of an earlier build
    /// whose files, organisation, settings and day are unchanged but for the text of the objective files
    /// `changedFiles`. The model and graph are then the earlier ones with those objectives replaced, when
    /// their ids, draft flags and references are unchanged; the scores and per-objective checks of objectives
    /// equal in both are taken from it.
    static func analyse(_ loaded: LoadedContent, parsed: ParseStep.Output, options: PipelineOptions, timings: [StepTiming],
                        reusing earlier: CheckOutcome? = nil, changedFiles: [String] = []) -> CheckOutcome {
        var timings = timings
        var log = DiagnosticLog()
        log.append(contentsOf: parsed.diagnostics)
        var replaced: [Int]?
        var modelDiagnostics: [Diagnostic] = []
        let content = timed("model", into: &timings) { () -> Content in
            if let earlier, let (content, positions) = patchedContent(earlier, parsed: parsed, changedFiles: changedFiles) {
                replaced = positions
                modelDiagnostics = earlier.modelDiagnostics
                return content
            }
            var modelLog = DiagnosticLog()
            var content = ContentBuilder.build(
                settings: parsed.settingsFiles.settings, writtenOrganisation: parsed.settingsFiles.organisation, objectives: parsed.objectives,
                filePaths: loaded.paths, today: options.today, includeDrafts: options.includeDrafts, log: &modelLog)
            content.unreadableIDs = parsed.unreadableIDs
            modelDiagnostics = modelLog.diagnostics
            return content
        }
        log.append(contentsOf: modelDiagnostics)
        let (graph, linkDiagnostics) = timed("link", into: &timings) { () -> (AlignmentGraph, [[Diagnostic]]) in
            if let earlier, let replaced,
               let relinked = ReferenceResolver.relink(content, changedPositions: replaced, earlier: earlier.graph,
                                                       earlierDiagnostics: earlier.linkDiagnostics) {
                return relinked
            }
            return ReferenceResolver.link(content, log: &log)
        }
        for diagnostics in linkDiagnostics { log.append(contentsOf: diagnostics) }
        let (scorecard, stale) = timed("score", into: &timings) { () -> (Scorecard, [StaleKeyResult]) in
            let scorecard = Scorecard(content: content, reusing: earlier.map { ($0.content, $0.scorecard) }, changedPositions: replaced)
            return (scorecard, Staleness.staleKeyResults(in: content, scorecard: scorecard))
        }
        let objectiveDiagnostics = timed("check", into: &timings) {
            PracticeRules.check(content, graph: graph, stale: stale, log: &log,
                                reusing: earlier.map { ($0.content, $0.objectiveDiagnostics) })
        }

        return CheckOutcome(
            content: content, graph: graph, scorecard: scorecard, staleKeyResults: stale,
            diagnostics: Diagnostic.sorted(log.diagnostics),
            checkedFileCount: parsed.checkedFileCount,
            assetFiles: loaded.files.filter { if case .asset = $0.role { return true } else { return false } },
            timings: timings, objectiveDiagnostics: objectiveDiagnostics,
            settingsFiles: parsed.settingsFiles, modelDiagnostics: modelDiagnostics, linkDiagnostics: linkDiagnostics)
    }

    /// The earlier build's content with the objectives of `changedFiles` replaced, and their positions; nil when
    /// the edit may have changed which objectives the model holds (an id, a draft flag, a file that failed to parse).
    private static func patchedContent(_ earlier: CheckOutcome, parsed: ParseStep.Output, changedFiles: [String]) -> (Content, [Int])? {
        let changed = Set(changedFiles)
        guard parsed.unreadableIDs == earlier.content.unreadableIDs else { return nil }
        let replacements = parsed.parsedFiles.filter { changed.contains($0.path) }.map { ($0.path, $0.result.objective?.objective) }
        guard replacements.count == changed.count else { return nil }
        return earlier.content.replacingObjectives(of: replacements)
    }

    /// Runs one named step and records how long it took.
    static func timed<T>(_ step: String, into timings: inout [StepTiming], _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        timings.append(StepTiming(step: step, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }
}

extension Day {
    /// Today in the machine's time zone.
    public static func today() -> Day {
        let components = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1) ?? Day(ordinal: 0)
    }
}
