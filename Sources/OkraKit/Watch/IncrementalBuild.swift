import Foundation

/// A site kept in memory between builds, so that an edit is rebuilt from the files it changed: only
/// changed files are read and parsed again, the model, graph, numbers and checks are recomputed, and
/// only the pages the edit reaches (``AffectedPages``) are rendered and replaced in the output folder.
/// Edits that change the site's structure get a full build, swapped in like `okra build`'s. Either
/// way the output equals a full build's, byte for byte.
public final class IncrementalBuild {
    /// What one call of ``build()`` did.
    public struct Report: Sendable {
        public enum Kind: Sendable, Equatable {
            /// Nothing changed since the last build.
            case unchanged
            /// Only the pages the edit reaches were written.
            case incremental
            /// The whole site was written and swapped in.
            case full
            /// The content has errors; the output was left as it was.
            case stopped
        }

        public var kind: Kind
        /// Content files added, changed or removed since the last build, relative to the content folder.
        public var changedFiles: [String]
        /// Files written into the output folder.
        public var filesWritten: Int
        /// HTML pages among them.
        public var pagesWritten: Int
        /// The checked content; nil when nothing changed.
        public var check: CheckOutcome?
        public var timings: [StepTiming]
    }

    /// The day the content is judged on; a new day rebuilds the whole site.
    public var today: Day {
        get { options.today }
        set { options.today = newValue }
    }

    private var options: PipelineOptions
    private let theme: Theme
    private let output: String
    private let protecting: [String]
    private var stamps: [String: FileStamp] = [:]
    /// The content folder's files at the last look, sorted.
    private var scannedPaths: [String] = []
    /// The files and what the parse step gave at the last look (objective files without their texts), with the
    /// position of each file in both. An edit of objective files' texts is put in place there; after other edits,
    /// the results of the objective files that did not change are taken from there instead of parsed again.
    private var lastRun: (loaded: LoadedContent, parse: ParseStep.Output, filePositions: [String: Int], objectivePositions: [String: Int])?
    /// The checked content that the output folder shows; nil before the first successful build.
    private var built: CheckOutcome?
    /// `okrs.json`'s objective records of the output, reused for objectives an edit did not change.
    private let recordCache = RecordCache()
    /// The rendered rows of the output's largest pages, reused for objectives an edit did not change.
    let rowCache = RowCache()
    /// The page builder of the output: its progress bars are redrawn only for objectives an edit changed,
    /// and its lists of unit pages and owned objectives are reused after an edit that keeps the owners.
    private var builtPages: PageBuilder?
    /// A structural edit was made while the content had errors: the next successful build is a full one.
    private var structuralPending = false
    /// The output of the last incremental build, holding the files it replaced until they are removed.
    private var replacedFiles: InPlaceOutput?
    /// The checked content and page builder that the last build replaced, until ``finishBuild()`` frees them.
    private var superseded: (check: CheckOutcome?, pages: PageBuilder?)

    public init(options: PipelineOptions, theme: Theme, output: String, protecting others: [String] = []) {
        self.options = options
        self.theme = theme
        self.output = output
        protecting = others
    }

    /// Builds the site: the first time, and after edits that change its structure, as a whole; after
    /// other edits, only what they reach.
    ///
    /// `changes`: what the caller knows of the edit (``ContentWatcher/takeChanges()``). When it names the
    /// files that may have changed, only those are looked at, as long as they are files of the last build
    /// that still exist; otherwise every file of the content folder is.
    ///
    /// The earlier versions of the files an incremental build replaced stay, under hidden names, until
    /// ``finishBuild()`` or the next build: the caller may report the rebuild first.
    @discardableResult
    public func build(changes hint: ContentChanges = .unknown) throws(OutputError) -> Report {
        finishBuild()
        var timings: [StepTiming] = []
        let root: URL
        do {
            root = try ContentLoader.root(of: options.contentDirectory)
        } catch {
            throw OutputError(description: error.description)
        }
        let (paths, newStamps, changed) = Pipeline.timed("scan", into: &timings) { () -> ([String], [String: FileStamp], [String]) in
            let folder = root.path + "/"
            if let known = changedKnownFiles(hint, in: folder) { return known }
            let paths = ContentLoader.listFiles(in: root)
            let newStamps = Dictionary(uniqueKeysWithValues: zip(paths, paths.parallelMap { FileStamp(folder + $0) }))
            return (paths, newStamps, paths.filter { stamps[$0] == nil || stamps[$0] != newStamps[$0] })
        }
        let removed = stamps.keys.filter { newStamps[$0] == nil }.sorted()
        let dayChanged = built.map { $0.content.today != options.today } ?? false
        if built != nil, changed.isEmpty, removed.isEmpty, !dayChanged {
            return Report(kind: .unchanged, changedFiles: [], filesWritten: 0, pagesWritten: 0, check: nil, timings: timings)
        }
        let added = Set(paths.filter { stamps[$0] == nil })
        let structural = built == nil || structuralPending || dayChanged || !removed.isEmpty || !added.isEmpty || changed.contains { path in
            if case .objective = ContentLoader.classify(path) { return false } else { return true }
        }
        stamps = newStamps
        scannedPaths = paths

        let (loaded, parseOutput) = structural ? loadAndParse(paths: paths, changed: changed, root: root, timings: &timings)
                                               : patchLastRun(changed: changed, root: root, timings: &timings)
        let earlier = structural ? nil : built
        let check = Pipeline.analyse(loaded, parsed: parseOutput, options: options, timings: timings, reusing: earlier, changedFiles: changed)
        timings = check.timings
        let changedFiles = (changed + removed).sorted()
        guard check.errorCount == 0 else {
            structuralPending = structural
            return Report(kind: .stopped, changedFiles: changedFiles, filesWritten: 0, pagesWritten: 0, check: check, timings: timings)
        }

        let changes = Pipeline.timed("compare", into: &timings) { built.flatMap { structural ? nil : AffectedPages.changes(before: $0, after: check) } }
        let builder = Pipeline.timed("pages", into: &timings) {
            PageBuilder(outcome: check, keeping: true, reusing: changes == nil ? nil : builtPages, redraw: changes?.changedIDs ?? [],
                        sameIndices: changes?.keepsOwners == true)
        }
        do throws(OutputError) {
            let report = try write(check, builder: builder, changes: changes, changedFiles: changedFiles, timings: timings)
            superseded = (built, builtPages)
            builtPages = builder
            structuralPending = false
            built = check
            return report
        } catch {
            // The output may now be a mix of two builds, and the cached records of neither: start afresh.
            recordCache.forgetAll()
            rowCache.forgetAll()
            builtPages = nil
            structuralPending = true
            throw error
        }
    }

    /// Finishes the last build: removes the earlier versions of the files it replaced and frees what the
    /// build before it kept. Freeing a large file's memory and a whole site's model takes a while (about
    /// 12 ms at 10,000 objectives), so `okra watch` does it after reporting the rebuild.
    public func finishBuild() {
        replacedFiles?.removeReplacedFiles()
        replacedFiles = nil
        superseded = (nil, nil)
    }

    /// Reads the changed files and parses every objective file that changed or is new (after a structural edit);
    /// the other files and results are the last run's.
    private func loadAndParse(paths: [String], changed: [String], root: URL, timings: inout [StepTiming]) -> (LoadedContent, ParseStep.Output) {
        let earlier = lastRun
        let changedPaths = Set(changed)
        var loaded = Pipeline.timed("load", into: &timings) { () -> LoadedContent in
            let read = Dictionary(uniqueKeysWithValues: changed.parallelMap { ContentLoader.read($0, in: root) }.map { ($0.path, $0) })
            return LoadedContent(directory: options.contentDirectory, files: paths.compactMap { path in
                read[path] ?? earlier.flatMap { run in run.filePositions[path].map { run.loaded.files[$0] } }
            })
        }
        let parseOutput = Pipeline.timed("parse", into: &timings) {
            ParseStep.run(loaded, settingsBefore: nil) { file in
                guard !changedPaths.contains(file.path), let run = earlier, let position = run.objectivePositions[file.path] else { return nil }
                return run.parse.objectiveFiles[position].result
            }
        }
        // As in `okra build`, nothing after the parse step reads an objective file's text: keeping them all
        // cost about 220 MiB at 50,000 objectives.
        loaded.forgetObjectiveTexts()
        lastRun = (loaded, parseOutput,
                   Dictionary(uniqueKeysWithValues: loaded.files.enumerated().map { ($1.path, $0) }),
                   Dictionary(uniqueKeysWithValues: parseOutput.objectiveFiles.enumerated().map { ($1.path, $0) }))
        return (loaded, parseOutput)
    }

    /// The last run's files and parse with the changed objective files read and parsed again (an edit that
    /// changed only objective files' texts: every file keeps its place).
    private func patchLastRun(changed: [String], root: URL, timings: inout [StepTiming]) -> (LoadedContent, ParseStep.Output) {
        guard var run = lastRun else { preconditionFailure("an edit is patched only into an earlier run") }
        // Taken out, so that its lists of every file and result are changed in place rather than copied.
        lastRun = nil
        let changedFiles = Pipeline.timed("load", into: &timings) { changed.parallelMap { ContentLoader.read($0, in: root) } }
        Pipeline.timed("parse", into: &timings) { run.parse.replace(changedFiles, positions: run.objectivePositions) }
        for file in changedFiles {
            guard let position = run.filePositions[file.path] else { preconditionFailure("\(file.path) is not a file of the last run") }
            run.loaded.files[position] = file
            run.loaded.files[position].text = nil
        }
        lastRun = run
        return (run.loaded, run.parse)
    }

    /// The files, stamps and changed files when `hint` names only files of the last build that still exist
    /// (the paths a scan would skip, such as editors' hidden swap files, and files that are gone again without
    /// having been part of the last build, do not count); nil when the whole folder must be scanned.
    private func changedKnownFiles(_ hint: ContentChanges, in folder: String) -> ([String], [String: FileStamp], [String])? {
        guard case .files(let named) = hint, built != nil else { return nil }
        var newStamps = stamps
        var changed: [String] = []
        for path in named.sorted() where ContentLoader.isListed(path) {
            var status = stat()
            guard let before = stamps[path] else {
                // A file that came and went since the last look, such as the temporary file an editor renames over
                // the file it saves (`plan.md.tmp`): a scan would not find it either.
                if lstat(folder + path, &status) != 0, errno == ENOENT { continue }
                return nil
            }
            guard stat(folder + path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
            let stamp = FileStamp(status)
            if stamp != before {
                newStamps[path] = stamp
                changed.append(path)
            }
        }
        return (scannedPaths, newStamps, changed)
    }

    /// Writes the whole site, or only the files the edit reaches when it did not change the site's structure.
    private func write(_ check: CheckOutcome, builder: PageBuilder, changes: AffectedPages.Changes?, changedFiles: [String],
                       timings: [StepTiming]) throws(OutputError) -> Report {
        var timings = timings
        guard let changes,
              let destination = try? InPlaceOutput(output: output) else {
            recordCache.forgetAll()
            rowCache.forgetAll()
            let (files, pages) = try Pipeline.write(check, theme: theme, output: output, contentDirectory: options.contentDirectory,
                                                   protecting: protecting, builder: builder, recordCache: recordCache, rowCache: rowCache,
                                                   timings: &timings)
            return Report(kind: .full, changedFiles: changedFiles, filesWritten: files, pagesWritten: pages, check: check, timings: timings)
        }
        replacedFiles = destination
        let start = DispatchTime.now().uptimeNanoseconds
        let jobs = Pipeline.timed("affected", into: &timings) { AffectedPages.jobs(for: changes, in: builder) }
        recordCache.forget(changes.changedIDs)
        rowCache.startBuild(changed: changes.changedIDs.union(changes.bodyOnly.map(\.after.id)))
        let pages = try SiteRenderer.render(jobs, builder: builder, theme: theme, recordCache: recordCache, rowCache: rowCache) { file throws(OutputError) in
            try destination.write(file)
        }
        timings.append(StepTiming(step: "render", seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return Report(kind: .incremental, changedFiles: changedFiles, filesWritten: jobs.count, pagesWritten: pages.count,
                      check: check, timings: timings)
    }
}
