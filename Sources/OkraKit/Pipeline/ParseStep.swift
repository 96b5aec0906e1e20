/// Step 2 of the pipeline: parse site.yaml, org.yaml and every objective file (in parallel).
enum ParseStep {
    struct Output: Sendable {
        /// What each objective file gave, in the order of the loaded files.
        var objectiveFiles: [(path: String, result: ObjectiveFile)] = []
        /// Diagnostics of the other files: misplaced Markdown files, then site.yaml and org.yaml.
        var otherDiagnostics: [Diagnostic] = []
        var checkedFileCount = 0
        /// The positions in ``objectiveFiles`` of the files parsed by this run (not handed back by `parsedBefore`),
        /// for a later incremental build to keep their results.
        var parsedPositions: [Int] = []
        /// What site.yaml and org.yaml gave, for a later incremental build to reuse.
        var settingsFiles = SettingsFiles()

        var objectives: [ContentBuilder.ParsedObjective] { objectiveFiles.compactMap(\.result.objective) }
        var unreadableIDs: Set<ObjectiveID> { Set(objectiveFiles.compactMap(\.result.unreadableID)) }
        var diagnostics: [Diagnostic] { otherDiagnostics + objectiveFiles.flatMap(\.result.diagnostics) }
        /// What the files parsed by this run gave.
        var parsedFiles: [(path: String, result: ObjectiveFile)] { parsedPositions.map { objectiveFiles[$0] } }

        /// Parses the objective files `changed` again and puts their results in place. `positions`: the position of
        /// each objective file's path in ``objectiveFiles`` (an edit that changed only objective files' texts keeps
        /// every position). Changed in place, the list of 10,000 results is not copied when nothing else holds it.
        mutating func replace(_ changed: [ContentFile], positions: [String: Int]) {
            var replaced: [Int] = []
            for (path, result) in ParseStep.parse(changed) {
                guard let position = positions[path] else { preconditionFailure("\(path) is not an objective file of this output") }
                objectiveFiles[position].result = result
                replaced.append(position)
            }
            parsedPositions = replaced
        }
    }

    /// What site.yaml and org.yaml gave: the settings, the organisation and their diagnostics.
    struct SettingsFiles: Sendable {
        var settings = SiteSettings()
        var organisation: WrittenOrganisation?
        var diagnostics: [Diagnostic] = []
    }

    /// What one objective file gave: the objective, or the id of a file that could not be parsed, and its diagnostics.
    struct ObjectiveFile: Sendable {
        var objective: ContentBuilder.ParsedObjective?
        var unreadableID: ObjectiveID?
        var diagnostics: [Diagnostic]
    }

    /// Parses every file; `parsedBefore` may hand back an earlier result for an objective file that has not changed,
    /// and `settingsBefore` what site.yaml and org.yaml gave when neither has changed.
    static func run(_ loaded: LoadedContent, settingsBefore: SettingsFiles? = nil,
                    parsedBefore: @Sendable (ContentFile) -> ObjectiveFile? = { _ in nil }) -> Output {
        var output = Output()
        var log = DiagnosticLog()
        var settingsLog = DiagnosticLog()
        var objectiveFiles: [ContentFile] = []
        for file in loaded.files {
            switch file.role {
            case .siteSettings:
                output.checkedFileCount += 1
                guard settingsBefore == nil, let text = readable(file, log: &settingsLog) else { continue }
                output.settingsFiles.settings = SiteParser.parse(text, file: file.path, log: &settingsLog)
            case .organisation:
                output.checkedFileCount += 1
                guard settingsBefore == nil, let text = readable(file, log: &settingsLog) else { continue }
                output.settingsFiles.organisation = OrganisationParser.parse(text, file: file.path, log: &settingsLog)
            case .objective:
                output.checkedFileCount += 1
                objectiveFiles.append(file)
            case .misplaced:
                log.report(.misplacedFile, at: SourceLocation(file: file.path),
                           "Markdown file outside '<period>/<unit>/<slug>.md' is ignored: move it there, or rename it to start with '_' to silence this")
            case .asset, .ignored:
                break
            }
        }

        output.settingsFiles.diagnostics = settingsLog.diagnostics
        if let settingsBefore { output.settingsFiles = settingsBefore }
        log.append(contentsOf: output.settingsFiles.diagnostics)
        output.otherDiagnostics = log.diagnostics
        let earlier = objectiveFiles.parallelMap(parsedBefore)
        let parsed = parse(zip(objectiveFiles, earlier).compactMap { $1 == nil ? $0 : nil })
        var fresh = parsed.makeIterator()
        output.objectiveFiles.reserveCapacity(objectiveFiles.count)
        for (file, result) in zip(objectiveFiles, earlier) {
            if let result {
                output.objectiveFiles.append((file.path, result))
            } else if let (path, result) = fresh.next() {
                output.parsedPositions.append(output.objectiveFiles.count)
                output.objectiveFiles.append((path, result))
            }
        }
        return output
    }

    /// What each of `files` gives, parsed in parallel, in their order.
    static func parse(_ files: [ContentFile]) -> [(path: String, result: ObjectiveFile)] {
        files.parallelMap { file in (file.path, parseObjective(file)) }
    }

    static func parseObjective(_ file: ContentFile) -> ObjectiveFile {
        var fileLog = DiagnosticLog()
        guard case .objective(let period, let unit, let slug) = file.role else { return ObjectiveFile(diagnostics: []) }
        var ids: [String] = []
        for (what, written) in [("unit folder", unit), ("file name", slug)] {
            if let id = Identifier.normalized(written) {
                ids.append(id)
            } else {
                fileLog.report(.invalidID, at: SourceLocation(file: file.path),
                               "\(what) '\(written)' is not a valid id: \(Identifier.advice(for: written))")
            }
        }
        guard ids.count == 2, Identifier.isValid(period) else {
            if !Identifier.isValid(period) {
                fileLog.report(.invalidID, at: SourceLocation(file: file.path),
                               "period folder '\(period)' is not a valid id: name it YYYY-Qn, YYYY-Hn, YYYY or a custom period id")
            }
            return ObjectiveFile(diagnostics: fileLog.diagnostics)
        }
        let id = ObjectiveID(period: Period.canonicalID(period), unit: ids[0], slug: ids[1])
        guard let text = readable(file, log: &fileLog) else { return ObjectiveFile(unreadableID: id, diagnostics: fileLog.diagnostics) }
        let objective = ObjectiveParser.parse(text, file: file.path, id: id, log: &fileLog)
        let parsed = objective.map { ContentBuilder.ParsedObjective(objective: $0, writtenPeriod: period, writtenUnit: unit) }
        return ObjectiveFile(objective: parsed, unreadableID: parsed == nil ? id : nil, diagnostics: fileLog.diagnostics)
    }

    private static func readable(_ file: ContentFile, log: inout DiagnosticLog) -> String? {
        if let location = file.invalidUTF8At {
            log.report(.invalidUTF8, at: location, "file is not valid UTF-8 (first bad byte here): save it with UTF-8 encoding")
            return nil
        }
        return file.text
    }
}
