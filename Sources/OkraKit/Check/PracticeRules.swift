import Foundation

/// Step 6 of the pipeline: the warnings from the domain guides, and checks that need the whole model
/// (links between files, owners, check-in dates against periods and today).
public enum PracticeRules {
    public static let maximumObjectives = 5
    public static let keyResultRange = 2...5
    public static let lowConfidence = 0.3

    /// Returns the diagnostics of the checks that look at one objective at a time, in the order of
    /// `content.objectives`, for a later call's `earlier`. `earlier`: those of an earlier build of the same
    /// site whose files, organisation, settings and day are unchanged (``IncrementalBuild`` passes them only
    /// then); an objective equal in both is not checked again.
    @discardableResult
    public static func check(_ content: Content, graph: AlignmentGraph, stale: [StaleKeyResult], log: inout DiagnosticLog,
                             reusing earlier: (content: Content, diagnostics: [[Diagnostic]])? = nil) -> [[Diagnostic]] {
        checkObjectiveCounts(content, log: &log)
        let perObjective = content.objectives.parallelMap { objective -> [Diagnostic] in
            if let earlier, let position = earlier.content.position(of: objective.id), position < earlier.diagnostics.count,
               earlier.content.objectives[position] == objective {
                return earlier.diagnostics[position]
            }
            var log = DiagnosticLog()
            checkShape(objective, log: &log)
            checkCheckins(objective, content: content, log: &log)
            checkLinks(objective, content: content, log: &log)
            checkOwners(objective, content: content, log: &log)
            return log.diagnostics
        }
        for diagnostics in perObjective { log.append(contentsOf: diagnostics) }
        let rootCanHoldObjectives = !content.organisation.isImplicit || content.organisation.rootID == "company"
        for id in graph.unalignedObjectives() where rootCanHoldObjectives {
            guard let objective = content.objective(id), objective.alignsToWrittenCount == 0 else { continue }
            let unit = content.organisation.unit(id.unit)?.parent ?? content.organisation.rootID
            log.report(.unalignedObjective, at: objective.alignsToLocation,
                       "objective aligns to nothing: add 'aligns_to: [\(unit)/<slug>]' naming the objective of a higher unit it supports")
        }
        for item in stale {
            guard let objective = content.objective(item.objective) else { continue }
            let keyResult = objective.keyResults[item.keyResultIndex]
            let what = item.lastCheckin.map { "no check-in since \($0) (\(item.days) days)" }
                ?? "no check-in since the period started \(item.days) days ago"
            log.report(.staleKeyResult, at: keyResult.location,
                       "key result '\(keyResult.title)' is stale: \(what), more than twice the \(content.settings.checkinIntervalDays)-day check-in interval: add a check-in")
        }
        let periodsWithUnreadableFiles = Set(content.unreadableIDs.map(\.period))
        for id in graph.unsupportedRootObjectives() where !periodsWithUnreadableFiles.contains(id.period) {
            guard let objective = content.objective(id) else { continue }
            log.report(.unsupportedRootObjective, at: objective.titleLocation,
                       "no objective aligns to this company objective and no key result contributes to it: align a department objective to '\(id.path)', or drop it")
        }
        return perObjective
    }

    private static func checkObjectiveCounts(_ content: Content, log: inout DiagnosticLog) {
        for (group, positions) in content.positionsByPeriodAndUnit where positions.count > maximumObjectives {
            let objectives = positions.map { content.objectives[$0] }.filter { $0.manualHealth != .dropped }
            guard objectives.count > maximumObjectives else { continue }
            let sorted = objectives.sorted { $0.file < $1.file }
            log.report(.tooManyObjectives, at: sorted[maximumObjectives].titleLocation,
                       "\(group) has \(objectives.count) objectives; focus on 3–5 a period: merge, move to a later period, or mark some 'draft: true'")
        }
    }

    private static func checkShape(_ objective: Objective, log: inout DiagnosticLog) {
        let count = objective.keyResults.count
        if count < keyResultRange.lowerBound {
            log.report(.tooFewKeyResults, at: objective.keyResultsLocation,
                       "objective has \(count) key result\(count == 1 ? "" : "s"); 2–5 measurable results show whether it is reached: add \(keyResultRange.lowerBound - count) more under 'key_results'")
        } else if count > keyResultRange.upperBound {
            log.report(.tooManyKeyResults, at: objective.keyResultsLocation,
                       "objective has \(count) key results; keep the 2–5 that matter most and move the rest to actions or a KPI")
        }
        if let match = KeyResultTitlePattern.numberWithUnit(in: objective.title) {
            log.report(.titleLooksLikeKeyResult, at: objective.titleLocation,
                       "objective title contains '\(match)', which reads like a key result: state the qualitative goal in the title and move the number into a key result")
        }
    }

    private static func checkCheckins(_ objective: Objective, content: Content, log: inout DiagnosticLog) {
        guard let period = content.period(objective.id.period) else { return }
        let today = content.today
        for keyResult in objective.keyResults {
            for checkin in keyResult.checkins {
                if !period.contains(checkin.date) {
                    log.report(.checkinOutsidePeriod, at: checkin.location,
                               "check-in dated \(checkin.date) is outside period \(period.id) (\(period.start) … \(period.end)): fix the date or move the objective to the right period")
                }
                if checkin.date > today {
                    log.report(.checkinInFuture, at: checkin.location,
                               "check-in dated \(checkin.date) is in the future (today is \(today)): record check-ins on or after the day they happen")
                }
            }
            if let latest = keyResult.checkins.last(where: { $0.confidence != nil }), let confidence = latest.confidence,
               confidence < lowConfidence {
                log.report(.lowConfidence, at: latest.location,
                           "latest confidence is \(ObjectiveParser.format(confidence)) (below \(ObjectiveParser.format(lowConfidence))): discuss this key result at the next check-in and change the plan or the target")
            }
        }
    }

    private static func checkLinks(_ objective: Objective, content: Content, log: inout DiagnosticLog) {
        for link in objective.body.links {
            guard let target = LinkTarget.markdownPath(of: link.destination, from: objective.file) else { continue }
            switch target {
            case .outside:
                log.report(.missingLink, at: SourceLocation(file: objective.file, line: link.line, column: link.column),
                           "link '\(link.destination)' points outside the content folder: link to an objective's .md file inside it")
            case .inside(let path):
                guard !content.filePaths.contains(path) else { continue }
                let hint = Suggestion.didYouMean(path, in: content.objectives.map(\.file))
                log.report(.missingLink, at: SourceLocation(file: objective.file, line: link.line, column: link.column),
                           "link '\(link.destination)' points to \(path), which does not exist\(hint.isEmpty ? ": fix the path or remove the link" : hint)")
            }
        }
    }

    private static func checkOwners(_ objective: Objective, content: Content, log: inout DiagnosticLog) {
        guard !content.organisation.people.isEmpty else { return }
        var owners: [(String, SourceLocation?)] = [(objective.owner ?? "", objective.ownerLocation)]
        owners += objective.keyResults.map { ($0.owner ?? "", $0.ownerLocation) }
        for (owner, location) in owners {
            guard let id = Identifier.normalized(owner), content.organisation.person(id) == nil, let location,
                  let suggestion = Suggestion.closest(to: id, in: content.organisation.people.map(\.id)) else { continue }
            log.report(.unknownOwner, at: location,
                       "owner '\(owner)' is not a person in org.yaml — did you mean '\(suggestion)'? (a free-text name is fine if meant)")
        }
    }
}

/// Where a body link to a `.md` file leads.
enum LinkTarget: Equatable {
    /// A path relative to the content folder.
    case inside(String)
    case outside

    /// The content-relative path of a relative link to a `.md` file, nil for other links.
    static func markdownPath(of destination: String, from file: String) -> LinkTarget? {
        if let target = asciiMarkdownPath(of: destination, from: file) { return target }
        return generalMarkdownPath(of: destination, from: file)
    }

    /// ``markdownPath(of:from:)`` for the usual link, an ASCII destination without percent escapes from an
    /// ASCII file path, worked out on bytes (in ASCII, bytes and characters split alike). Returns nil, and
    /// leaves the link to the general path, for anything else.
    static func asciiMarkdownPath(of destination: String, from file: String) -> LinkTarget?? {
        let link = Array(destination.utf8)
        let from = Array(file.utf8)
        guard link.allSatisfy({ $0 < 0x80 }), from.allSatisfy({ $0 < 0x80 }) else { return nil }
        let path = link.prefix { $0 != UInt8(ascii: "#") && $0 != UInt8(ascii: "?") }
        guard !path.contains(UInt8(ascii: "%")) else { return nil }
        func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        guard path.count >= 3, path.suffix(3).lazy.map(lowered).elementsEqual(".md".utf8), path.first != UInt8(ascii: "/"),
              !contains(path, "://"), !(path.count >= 7 && path.prefix(7).lazy.map(lowered).elementsEqual("mailto:".utf8)) else {
            return .some(nil)
        }
        var parts = from.split(separator: UInt8(ascii: "/")).dropLast()
        for component in path.split(separator: UInt8(ascii: "/")) {
            if component.elementsEqual(".".utf8) { continue }
            if component.elementsEqual("..".utf8) {
                if parts.isEmpty { return .outside }
                parts.removeLast()
            } else {
                parts.append(component)
            }
        }
        return .inside(String(decoding: Array(parts.joined(separator: [UInt8(ascii: "/")])), as: UTF8.self))
    }

    private static func contains(_ bytes: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard bytes.count >= needle.count else { return false }
        return (bytes.startIndex...(bytes.endIndex - needle.count)).contains { start in
            bytes[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    static func generalMarkdownPath(of destination: String, from file: String) -> LinkTarget? {
        var path = destination
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        if path.contains("%") { path = path.removingPercentEncoding ?? path }
        guard path.utf8.count >= 3, path.suffix(3).lowercased() == ".md", !path.hasPrefix("/"), !path.contains("://"),
              !path.lowercased().hasPrefix("mailto:") else { return nil }
        var parts = file.split(separator: "/").map(String.init).dropLast()
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty { return .outside }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return .inside(parts.joined(separator: "/"))
    }
}

/// Recognises a number with a unit ("30社", "10億円", "20%", "50 customers") in an objective title.
enum KeyResultTitlePattern {
    static let units = ["%", "％", "社", "件", "円", "万", "億", "千", "百", "人", "名", "回", "倍", "点", "個", "本", "台", "店", "割", "ポイント", "pt",
                        "時間", "日間", "か月", "ヶ月", "ヵ月", "週間", "秒", "分", "kg", "km", "k", "m", "x",
                        "percent", "customers", "users", "deals", "leads", "points", "days", "hours", "times", "visits", "sales"]

    static func numberWithUnit(in title: String) -> String? {
        let characters = Array(title)
        var index = 0
        while index < characters.count {
            guard isDigit(characters[index]) else { index += 1; continue }
            let start = index
            while index < characters.count, isDigit(characters[index]) || ",.，．".contains(characters[index]) { index += 1 }
            var afterNumber = index
            while afterNumber < characters.count, characters[afterNumber] == " " || characters[afterNumber] == "\u{3000}" { afterNumber += 1 }
            let rest = String(characters[afterNumber...]).lowercased()
            for unit in units where rest.hasPrefix(unit) {
                let end = afterNumber + unit.count
                let isWordUnit = unit.first!.isASCII && unit.first!.isLetter
                if isWordUnit, end < characters.count, characters[end].isLetter { continue }
                return String(characters[start..<end])
            }
        }
        return nil
    }

    private static func isDigit(_ character: Character) -> Bool {
        ("0"..."9").contains(character) || ("０"..."９").contains(character)
    }
}
