/// Step 3 of the pipeline: assemble parsed files into a validated ``Content``: resolve period
/// folders, build the unit tree, match unit folders to it, and drop duplicates.
public enum ContentBuilder {
    /// What the parse step produced for one objective file.
    public struct ParsedObjective: Sendable {
        public var objective: Objective
        /// The folder names as written, for messages.
        public var writtenPeriod: String
        public var writtenUnit: String
    }

    public static func build(
        settings: SiteSettings,
        writtenOrganisation: WrittenOrganisation?,
        objectives parsed: [ParsedObjective],
        filePaths: Set<String>,
        today: Day,
        includeDrafts: Bool,
        log: inout DiagnosticLog
    ) -> Content {
        // In file order, so that the first of two files with the same id wins and messages come in file order.
        let inFileOrder = isInFileOrder(parsed) ? parsed : parsed.sorted { $0.objective.file < $1.objective.file }
        let periodsByID = resolvePeriods(settings: settings, parsed: inFileOrder, log: &log)
        let organisation = buildOrganisation(writtenOrganisation, parsed: parsed, settings: settings, log: &log)

        var objectives: [Objective] = []
        var seen: [ObjectiveID: String] = [:]
        var draftIDs: Set<ObjectiveID> = []
        var reportedFolders: Set<String> = []
        for item in inFileOrder {
            let objective = item.objective
            guard periodsByID[objective.id.period] != nil else { continue }
            if organisation.unit(objective.id.unit) == nil {
                let folder = "\(item.writtenPeriod)/\(item.writtenUnit)"
                if reportedFolders.insert(folder).inserted {
                    let hint = Suggestion.didYouMean(objective.id.unit, in: organisation.units.map(\.id))
                    log.report(.unknownUnit, at: SourceLocation(file: objective.file),
                               "unit folder '\(item.writtenUnit)' is not a unit in org.yaml\(hint.isEmpty ? ": add it under 'units:' or move the file" : hint)")
                }
                continue
            }
            if let first = seen[objective.id] {
                log.report(.duplicateID, at: SourceLocation(file: objective.file),
                           "objective '\(objective.id.path)' is already defined by \(first) (ids are case-insensitive): rename one of the files")
                continue
            }
            seen[objective.id] = objective.file
            if objective.draft {
                draftIDs.insert(objective.id)
                if !includeDrafts { continue }
            }
            objectives.append(objective)
        }

        var periods = Array(periodsByID.values)
        let current = currentPeriod(settings: settings, periods: periods, objectives: objectives, today: today, log: &log)
        if let current, periodsByID[current] == nil,
           let period = Period.computed(current, fiscalYearStart: settings.fiscalYearStart) {
            periods.append(period)
        }
        return Content(settings: settings, organisation: organisation, periods: periods, objectives: objectives,
                       draftIDs: draftIDs, today: today, currentPeriodID: current, filePaths: filePaths)
    }

    /// Whether the files are sorted by path already (the parse step keeps the loader's order, which is).
    private static func isInFileOrder(_ parsed: [ParsedObjective]) -> Bool {
        parsed.indices.dropFirst().allSatisfy { parsed[$0 - 1].objective.file < parsed[$0].objective.file }
    }

    /// Periods of every objective folder and custom period, from `parsed` in file order; reports folders that are not periods.
    private static func resolvePeriods(settings: SiteSettings, parsed: [ParsedObjective], log: inout DiagnosticLog) -> [String: Period] {
        var result: [String: Period] = [:]
        for custom in settings.customPeriods {
            let computed = Period.computed(custom.id, fiscalYearStart: settings.fiscalYearStart)
            result[custom.id] = Period(id: custom.id, kind: computed?.kind ?? .custom, fiscalYear: computed?.fiscalYear,
                                       number: computed?.number, start: custom.start, end: custom.end, customLabel: custom.label)
        }
        var reported: Set<String> = []
        for item in parsed {
            let id = item.objective.id.period
            if result[id] != nil { continue }
            if let period = Period.computed(id, fiscalYearStart: settings.fiscalYearStart) {
                result[id] = period
            } else if reported.insert(id).inserted {
                let known = settings.customPeriods.map(\.id)
                let hint = Suggestion.didYouMean(id, in: known)
                log.report(.unknownPeriod, at: SourceLocation(file: item.objective.file),
                           "folder '\(item.writtenPeriod)' is not a period: name it YYYY-Qn, YYYY-Hn or YYYY, or define it under 'periods:' in site.yaml\(hint)")
            }
        }
        return result
    }

    /// The unit tree from org.yaml, or from the folders when there is no org.yaml.
    private static func buildOrganisation(_ written: WrittenOrganisation?, parsed: [ParsedObjective], settings: SiteSettings,
                                          log: inout DiagnosticLog) -> Organisation {
        guard let written else {
            let folderUnits = Set(parsed.map(\.objective.id.unit)).sorted()
            let rootID = folderUnits.contains("company") ? "company" : "organisation"
            var units = [Unit(id: rootID, name: rootID == "company" ? "company" : settings.title)]
            units += folderUnits.filter { $0 != rootID }.map { Unit(id: $0, name: $0, parent: rootID) }
            return Organisation(units: units, people: [], rootID: rootID, isImplicit: true)
        }
        // Arrays for the suggestions of error messages, sets for the checks: a large company lists thousands of
        // people and units, and scanning the array for each of them took 0.1 s at 50,000 objectives.
        let unitIDs = written.units.map(\.id)
        let personIDs = written.people.map(\.id)
        let knownUnits = Set(unitIDs)
        let knownPeople = Set(personIDs)
        var units = written.units
        for index in units.indices {
            if let parent = units[index].parent, !knownUnits.contains(parent) {
                log.report(.unknownUnit, at: units[index].parentLocation ?? units[index].location ?? SourceLocation(file: written.file),
                           "parent '\(parent)' of unit '\(units[index].id)' is not a unit\(Suggestion.didYouMean(parent, in: unitIDs))")
                units[index].parent = nil
            }
            if let lead = units[index].lead, !knownPeople.contains(lead) {
                let hint = Suggestion.didYouMean(lead, in: personIDs)
                log.report(.unknownPerson, at: units[index].leadLocation ?? units[index].location ?? SourceLocation(file: written.file),
                           "lead '\(lead)' of unit '\(units[index].id)' is not a person in org.yaml\(hint.isEmpty ? ": add them under 'people:'" : hint)")
                units[index].lead = nil
            }
        }
        for person in written.people {
            if let unit = person.unit, !knownUnits.contains(unit) {
                log.report(.unknownUnit, at: person.unitLocation ?? person.location ?? SourceLocation(file: written.file),
                           "unit '\(unit)' of person '\(person.id)' is not a unit\(Suggestion.didYouMean(unit, in: unitIDs))")
            }
        }
        let writtenRoots = units.filter { $0.parent == nil && $0.parentLocation == nil }
        breakCycles(&units, file: written.file, log: &log)
        var rootID = writtenRoots.first?.id ?? units.first(where: { $0.parent == nil })?.id ?? units.first?.id ?? "company"
        if units.isEmpty {
            log.report(.unitTree, at: SourceLocation(file: written.file), "\(written.file) lists no units: add 'units:' with at least the company as root")
            rootID = "company"
            units = [Unit(id: rootID, name: settings.title)]
        } else if writtenRoots.count > 1 {
            let names = writtenRoots.map(\.id)
            log.report(.unitTree, at: writtenRoots[1].location ?? SourceLocation(file: written.file),
                       "\(written.file) has \(writtenRoots.count) root units (\(names.joined(separator: ", "))) but needs exactly one: give '\(names[1])' a 'parent' (e.g. '\(names[0])')")
        } else if writtenRoots.isEmpty, units.first(where: { $0.parent == nil }) == nil {
            log.report(.unitTree, at: units[0].location ?? SourceLocation(file: written.file),
                       "\(written.file) has no root unit: leave out 'parent' on the company unit")
        }
        for index in units.indices where units[index].parent == nil && units[index].id != rootID {
            units[index].parent = rootID
        }
        return Organisation(units: units, people: written.people, rootID: rootID, isImplicit: false)
    }

    /// Reports and cuts every cycle of `parent` links so that the tree has a root.
    private static func breakCycles(_ units: inout [Unit], file: String, log: inout DiagnosticLog) {
        var indexByID: [String: Int] = [:]
        for (index, unit) in units.enumerated() { indexByID[unit.id] = index }
        var settled: Set<String> = []
        for start in units.indices {
            var path: [String] = []
            var current: String? = units[start].id
            while let id = current, !settled.contains(id) {
                if let position = path.firstIndex(of: id) {
                    let cycle = Array(path[position...])
                    let last = indexByID[cycle.last!]!
                    log.report(.unitTree, at: units[last].parentLocation ?? units[last].location ?? SourceLocation(file: file),
                               "units form a cycle: \((cycle + [id]).joined(separator: " → ")) — one of them must have another parent")
                    units[last].parent = nil
                    break
                }
                path.append(id)
                current = indexByID[id].flatMap { units[$0].parent }
            }
            settled.formUnion(path)
        }
    }

    /// site.yaml's `current_period`, else the shortest period with objectives that contains today, else the latest.
    private static func currentPeriod(settings: SiteSettings, periods: [Period], objectives: [Objective], today: Day,
                                      log: inout DiagnosticLog) -> String? {
        if let written = settings.currentPeriod {
            if periods.contains(where: { $0.id == written }) || Period.computed(written, fiscalYearStart: settings.fiscalYearStart) != nil {
                return written
            }
            log.report(.unknownPeriod, at: settings.currentPeriodLocation ?? SourceLocation(file: "site.yaml"),
                       "current_period '\(written)' is not a period\(Suggestion.didYouMean(written, in: periods.map(\.id)))")
        }
        let used = Set(objectives.map(\.id.period))
        let candidates = periods.filter { used.contains($0.id) }
        let containing = candidates.filter { $0.contains(today) }.min { ($0.length, $0.start) < ($1.length, $1.start) }
        if let containing { return containing.id }
        return candidates.max { ($0.end, -$0.length) < ($1.end, -$1.length) }?.id
    }
}
