import Foundation

/// Reads site.yaml into ``SiteSettings``.
public enum SiteParser {
    static let keys = ["title", "language", "base_url", "fiscal_year_start", "current_period", "checkin_interval_days", "periods"]
    static let periodKeys = ["id", "label", "start", "end"]

    public static func parse(_ text: String, file: String = "site.yaml") -> (SiteSettings, [Diagnostic]) {
        var log = DiagnosticLog()
        let settings = parse(text, file: file, log: &log)
        return (settings, log.diagnostics)
    }

    static func parse(_ text: String, file: String, log: inout DiagnosticLog) -> SiteSettings {
        var settings = SiteSettings()
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(text)
        } catch {
            log.report(.yamlSyntax, at: SourceLocation(file: file, line: error.line, column: error.column), YAMLMessages.describe(error))
            return settings
        }
        guard let root, let reader = MappingReader(root, what: "site.yaml", known: keys, file: file, log: &log) else { return settings }

        if let title = reader.string("title", log: &log)?.trimmed, !title.isEmpty {
            settings.title = title
        }
        if let language = reader.string("language", log: &log) {
            if let value = Language(rawValue: language.lowercased()) {
                settings.language = value
            } else {
                log.report(.invalidValue, at: reader.location(of: reader.value("language")!),
                           "'language' must be 'ja' or 'en', not '\(language)'\(Suggestion.didYouMean(language, in: ["ja", "en"]))")
            }
        }
        settings.baseURL = reader.string("base_url", log: &log)?.trimmed.nonEmpty
        if let month = reader.integer("fiscal_year_start", log: &log) {
            if (1...12).contains(month) {
                settings.fiscalYearStart = month
            } else {
                log.report(.valueOutOfRange, at: reader.location(of: reader.value("fiscal_year_start")!),
                           "'fiscal_year_start' is a month from 1 to 12, not \(month) (4 for a fiscal year starting in April)")
            }
        }
        if let days = reader.integer("checkin_interval_days", log: &log) {
            if days >= 1 {
                settings.checkinIntervalDays = days
            } else {
                log.report(.valueOutOfRange, at: reader.location(of: reader.value("checkin_interval_days")!),
                           "'checkin_interval_days' must be 1 or more, not \(days)")
            }
        }
        if let current = reader.string("current_period", log: &log) {
            settings.currentPeriod = Period.canonicalID(current)
            settings.currentPeriodLocation = reader.location(of: reader.value("current_period")!)
        }
        var seen: [String: Int] = [:]
        for item in reader.list("periods", log: &log) {
            guard let period = parsePeriod(item, file: file, log: &log) else { continue }
            if let line = seen[period.id] {
                log.report(.duplicateID, at: period.location, "period '\(period.id)' is already defined on line \(line)")
                continue
            }
            seen[period.id] = period.location.line
            settings.customPeriods.append(period)
        }
        return settings
    }

    private static func parsePeriod(_ node: YAMLNode, file: String, log: inout DiagnosticLog) -> PeriodDefinition? {
        guard let reader = MappingReader(node, what: "period", known: periodKeys, file: file, log: &log) else { return nil }
        let location = reader.location(of: node)
        guard let written = reader.string("id", log: &log) else {
            log.report(.missingValue, at: location, "period has no id: add 'id: …' (the folder name of its objectives)")
            return nil
        }
        guard let id = Identifier.normalized(written).map(Period.canonicalID) else {
            log.report(.invalidID, at: reader.location(of: reader.value("id")!), "period id '\(written)' is not a valid id: \(Identifier.advice(for: written))")
            return nil
        }
        let start = reader.day("start", log: &log)
        let end = reader.day("end", log: &log)
        for key in ["start", "end"] where reader.value(key) == nil {
            log.report(.invalidPeriod, at: location, "period '\(id)' has no '\(key)': add '\(key): YYYY-MM-DD'")
        }
        guard let start, let end else { return nil }
        guard start <= end else {
            log.report(.invalidPeriod, at: reader.location(ofKey: "end"), "period '\(id)' ends (\(end)) before it starts (\(start)): swap 'start' and 'end'")
            return nil
        }
        return PeriodDefinition(id: id, label: reader.string("label", log: &log)?.nonEmpty, start: start, end: end, location: location)
    }
}
