import Foundation

/// Turns one objective file into an ``Objective``, reporting every problem it finds in it.
public enum ObjectiveParser {
    static let objectiveKeys = ["title", "owner", "aligns_to", "tags", "weight", "draft", "health", "score", "key_results", "carried_from"]
    static let keyResultKeys = ["id", "title", "owner", "start", "target", "unit", "weight", "contributes_to", "checkins", "type", "done", "current"]
    static let checkinKeys = ["date", "value", "confidence", "note"]

    /// Parses `text` (valid UTF-8, `\n` line ends) of the file at `file`, whose path gives `id`.
    /// Returns nil when the file cannot be read as an objective at all (no front matter, bad YAML).
    public static func parse(_ text: String, file: String, id: ObjectiveID) -> (Objective?, [Diagnostic]) {
        var log = DiagnosticLog()
        let objective = parse(text, file: file, id: id, log: &log)
        return (objective, log.diagnostics)
    }

    static func parse(_ text: String, file: String, id: ObjectiveID, log: inout DiagnosticLog) -> Objective? {
        let split: FrontMatterSplit
        switch FrontMatterSplit.split(text) {
        case .success(let value):
            split = value
        case .failure(.missing):
            log.report(.frontMatterMissing, at: SourceLocation(file: file),
                       "missing front matter: an objective file starts with a line '---', YAML with at least 'title:', then '---'")
            return nil
        case .failure(.unclosed):
            log.report(.frontMatterUnclosed, at: SourceLocation(file: file),
                       "front matter opened on line 1 is never closed: add a line '---' after the YAML")
            return nil
        }
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(split.yaml, lineOffset: split.yamlFirstLine - 1)
        } catch {
            log.report(.yamlSyntax, at: SourceLocation(file: file, line: error.line, column: error.column),
                       YAMLMessages.describe(error))
            return nil
        }
        let frontMatter = root ?? YAMLNode(.mapping([]), line: 1, column: 1)
        guard let reader = MappingReader(frontMatter, what: "front matter", known: objectiveKeys, file: file, log: &log) else {
            return nil
        }

        let title = reader.string("title", log: &log)?.trimmed ?? ""
        let titleLocation = reader.has("title") ? reader.location(ofKey: "title") : SourceLocation(file: file)
        if title.isEmpty, reader.value("title")?.scalarText != nil || reader.value("title") == nil {
            log.report(.missingTitle, at: titleLocation, "objective has no title: add 'title: …' to the front matter")
        }

        let weight = nonNegative("weight", reader: reader, log: &log) ?? 1
        var score = reader.number("score", log: &log)
        if let value = score, !(0...1).contains(value) {
            let hint = value >= 2 && value <= 100 ? " — write \(format(value / 100)) for \(format(value)) %" : ""
            log.report(.valueOutOfRange, at: reader.location(of: reader.value("score")!), "'score' must be between 0.0 and 1.0, not \(format(value))\(hint)")
            score = nil
        }

        var keyResults: [KeyResult] = []
        var seenIDs: [String: Int] = [:]
        for (index, item) in reader.list("key_results", log: &log).enumerated() {
            guard let keyResult = parseKeyResult(item, index: index, file: file, period: id.period, log: &log) else { continue }
            if let firstLine = seenIDs[keyResult.id] {
                log.report(.duplicateID, at: keyResult.location,
                           "key result id '\(keyResult.id)' is already used on line \(firstLine): give each key result its own id")
            } else {
                seenIDs[keyResult.id] = keyResult.location.line
            }
            keyResults.append(keyResult)
        }

        let body = MarkdownParser.parse(split.body, firstLine: split.bodyFirstLine)
        let alignsTo = references("aligns_to", reader: reader, period: id.period, log: &log)
        return Objective(
            id: id,
            file: file,
            title: title,
            owner: reader.string("owner", log: &log)?.trimmed.nonEmpty,
            ownerLocation: reader.has("owner") ? reader.location(of: reader.value("owner") ?? frontMatter) : nil,
            alignsTo: alignsTo.references,
            alignsToWrittenCount: alignsTo.written,
            carriedFrom: carriedFrom(reader: reader, period: id.period, log: &log),
            tags: reader.stringList("tags", log: &log).map { $0.0.trimmed }.filter { !$0.isEmpty },
            weight: weight,
            draft: reader.bool("draft", log: &log) ?? false,
            manualHealth: health(reader: reader, log: &log),
            manualScore: score,
            keyResults: keyResults,
            body: body,
            titleLocation: titleLocation,
            keyResultsLocation: reader.has("key_results") ? reader.location(ofKey: "key_results") : titleLocation,
            alignsToLocation: reader.has("aligns_to") ? reader.location(ofKey: "aligns_to") : titleLocation
        )
    }

    private static func parseKeyResult(_ node: YAMLNode, index: Int, file: String, period: String, log: inout DiagnosticLog) -> KeyResult? {
        let what = "key result \(index + 1)"
        guard let reader = MappingReader(node, what: what, known: keyResultKeys, file: file, log: &log) else { return nil }
        let location = reader.location(of: node)

        var id = "kr\(index + 1)"
        if let written = reader.string("id", log: &log) {
            if let normalized = Identifier.normalized(written) {
                id = normalized
            } else {
                log.report(.invalidID, at: reader.location(of: reader.value("id")!), "key result id '\(written)' is not a valid id: \(Identifier.advice(for: written))")
            }
        }

        let title = reader.string("title", log: &log)?.trimmed ?? ""
        if title.isEmpty {
            log.report(.missingTitle, at: reader.has("title") ? reader.location(ofKey: "title") : location,
                       "\(what) has no title: add 'title: …' saying what result will be measured")
        }

        var type = "metric"
        if let written = reader.string("type", log: &log) {
            let lowered = written.lowercased()
            if lowered == "metric" || lowered == "milestone" {
                type = lowered
            } else {
                log.report(.invalidValue, at: reader.location(of: reader.value("type")!),
                           "'type' must be 'metric' or 'milestone', not '\(written)'\(Suggestion.didYouMean(written, in: ["metric", "milestone"]))")
            }
        } else if reader.has("done"), !reader.has("target") {
            type = "milestone"
        }

        let kind: KeyResult.Kind
        if type == "milestone" {
            kind = .milestone(done: reader.bool("done", log: &log) ?? false)
        } else {
            let start = reader.number("start", log: &log) ?? 0
            let current = reader.number("current", log: &log)
            let target = reader.number("target", log: &log)
            if target == nil, !reader.has("target") || reader.value("target") == nil {
                log.report(.missingTarget, at: location,
                           "\(what) '\(title)' has no target: add 'target: <number>', or 'type: milestone' with 'done: true|false'")
            }
            if let target, target == start {
                log.report(.targetEqualsStart, at: reader.location(ofKey: "target"),
                           "\(what) has target \(format(target)) equal to its start, so progress is undefined: set 'start' to the value at the beginning of the period")
            }
            kind = .metric(start: start, target: target ?? start + 1, current: current)
        }

        var checkins: [CheckIn] = []
        for item in reader.list("checkins", log: &log) {
            if let checkin = parseCheckIn(item, requiresValue: type == "metric", file: file, log: &log) {
                checkins.append(checkin)
            }
        }
        checkins = checkins.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)

        return KeyResult(
            id: id,
            title: title,
            owner: reader.string("owner", log: &log)?.trimmed.nonEmpty,
            ownerLocation: reader.value("owner").map { reader.location(of: $0) },
            kind: kind,
            unitLabel: reader.string("unit", log: &log)?.nonEmpty,
            weight: nonNegative("weight", reader: reader, log: &log) ?? 1,
            contributesTo: references("contributes_to", reader: reader, period: period, log: &log).references,
            checkins: checkins,
            location: location
        )
    }

    private static func parseCheckIn(_ node: YAMLNode, requiresValue: Bool, file: String, log: inout DiagnosticLog) -> CheckIn? {
        guard let reader = MappingReader(node, what: "check-in", known: checkinKeys, file: file, log: &log) else { return nil }
        let location = reader.location(of: node)
        let date = reader.day("date", log: &log)
        if !reader.has("date") || reader.value("date") == nil {
            log.report(.missingValue, at: location, "check-in has no date: add 'date: YYYY-MM-DD'")
        }
        let value = reader.number("value", log: &log)
        if requiresValue, reader.value("value") == nil {
            log.report(.missingValue, at: location, "check-in has no value: add 'value: <number>' with the key result's value on that day")
        }
        var confidence = reader.number("confidence", log: &log)
        if let number = confidence, !(0...1).contains(number) {
            let hint = number >= 2 && number <= 100 ? " — write \(format(number / 100)) for \(format(number)) %" : ""
            log.report(.confidenceOutOfRange, at: reader.location(of: reader.value("confidence")!),
                       "confidence must be between 0.0 and 1.0, not \(format(number))\(hint)")
            confidence = nil
        }
        let note = reader.string("note", log: &log)
        guard let date else { return nil }
        return CheckIn(date: date, value: value, confidence: confidence, note: note?.nonEmpty, location: location)
    }

    /// `carried_from: period/unit/slug`: the objective of an earlier period this one continues.
    private static func carriedFrom(reader: MappingReader, period: String, log: inout DiagnosticLog) -> ObjectiveReference? {
        guard let node = reader.value("carried_from") else { return nil }
        guard let text = node.scalarText else {
            log.report(.wrongType, at: reader.location(of: node), "'carried_from' must be one reference 'period/unit/slug', not \(node.kindDescription)")
            return nil
        }
        let location = reader.location(of: node)
        guard text.split(separator: "/").count == 3 else {
            log.report(.danglingReference, at: location, "'carried_from' entry '\(text)' needs the period too: write 'period/unit/slug', e.g. '2026-Q2/sales/new-customers'")
            return nil
        }
        switch ReferenceSyntax.parse(text, defaultPeriod: period) {
        case .success(let target):
            return ObjectiveReference(text: text, target: target, location: location)
        case .failure(let problem):
            log.report(.danglingReference, at: location, "'carried_from' entry '\(text)' \(problem.message)")
            return nil
        }
    }

    private static func health(reader: MappingReader, log: inout DiagnosticLog) -> Health? {
        guard let written = reader.string("health", log: &log) else { return nil }
        let normalized = written.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let health = Health(rawValue: normalized) { return health }
        let choices = Health.allCases.map(\.rawValue)
        log.report(.invalidValue, at: reader.location(of: reader.value("health")!),
                   "'health' must be one of \(choices.joined(separator: ", ")), not '\(written)'\(Suggestion.didYouMean(normalized, in: choices))")
        return nil
    }

    private static func nonNegative(_ key: String, reader: MappingReader, log: inout DiagnosticLog) -> Double? {
        guard let number = reader.number(key, log: &log) else { return nil }
        guard number >= 0 else {
            log.report(.valueOutOfRange, at: reader.location(of: reader.value(key)!), "'\(key)' must be 0 or more, not \(format(number))")
            return nil
        }
        return number
    }

    /// `unit/slug` or `period/unit/slug` entries of a reference list.
    /// Also returns how many entries were written, valid or not.
    static func references(_ key: String, reader: MappingReader, period: String, log: inout DiagnosticLog)
        -> (references: [ObjectiveReference], written: Int) {
        var result: [ObjectiveReference] = []
        let entries = reader.stringList(key, log: &log)
        for (text, node) in entries {
            let location = reader.location(of: node)
            switch ReferenceSyntax.parse(text, defaultPeriod: period) {
            case .success(let target):
                result.append(ObjectiveReference(text: text, target: target, location: location))
            case .failure(let problem):
                log.report(.danglingReference, at: location, "'\(key)' entry '\(text)' \(problem.message)")
            }
        }
        return (result, entries.count)
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
