import Foundation

/// org.yaml as written: units and people with their places. The tree is checked when the model is built.
public struct WrittenOrganisation: Sendable {
    /// The file it was read from (`org.yaml` or `org.yml`).
    public var file: String = "org.yaml"
    public var units: [Unit] = []
    public var people: [Person] = []
}

/// Reads org.yaml.
public enum OrganisationParser {
    static let keys = ["units", "people"]
    static let unitKeys = ["id", "name", "parent", "lead"]
    static let personKeys = ["id", "name", "unit"]

    /// Returns nil, after reporting, when the file is not YAML at all: units then come from the folders.
    public static func parse(_ text: String, file: String = "org.yaml") -> (WrittenOrganisation?, [Diagnostic]) {
        var log = DiagnosticLog()
        let organisation = parse(text, file: file, log: &log)
        return (organisation, log.diagnostics)
    }

    static func parse(_ text: String, file: String, log: inout DiagnosticLog) -> WrittenOrganisation? {
        var result = WrittenOrganisation(file: file)
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(text)
        } catch {
            log.report(.yamlSyntax, at: SourceLocation(file: file, line: error.line, column: error.column), YAMLMessages.describe(error))
            return nil
        }
        guard let root, let reader = MappingReader(root, what: "org.yaml", known: keys, file: file, log: &log) else { return result }

        var unitLines: [String: Int] = [:]
        for item in reader.list("units", log: &log) {
            guard let entry = MappingReader(item, what: "unit", known: unitKeys, file: file, log: &log) else { continue }
            let location = entry.location(of: item)
            guard let id = requiredID(entry, what: "unit", location: location, log: &log) else { continue }
            if let line = unitLines[id] {
                log.report(.duplicateID, at: location, "unit id '\(id)' is already used on line \(line): give each unit its own id")
                continue
            }
            unitLines[id] = location.line
            let parent = optionalID("parent", entry, log: &log)
            let lead = optionalID("lead", entry, log: &log)
            let name = entry.string("name", log: &log)?.trimmed.nonEmpty ?? id
            result.units.append(Unit(id: id, name: name, parent: parent?.0, lead: lead?.0, location: location,
                                     parentLocation: parent?.1, leadLocation: lead?.1))
        }

        var personLines: [String: Int] = [:]
        for item in reader.list("people", log: &log) {
            guard let entry = MappingReader(item, what: "person", known: personKeys, file: file, log: &log) else { continue }
            let location = entry.location(of: item)
            guard let id = requiredID(entry, what: "person", location: location, log: &log) else { continue }
            if let line = personLines[id] {
                log.report(.duplicateID, at: location, "person id '\(id)' is already used on line \(line): give each person their own id")
                continue
            }
            personLines[id] = location.line
            let unit = optionalID("unit", entry, log: &log)
            let name = entry.string("name", log: &log)?.trimmed.nonEmpty ?? id
            result.people.append(Person(id: id, name: name, unit: unit?.0, location: location, unitLocation: unit?.1))
        }
        return result
    }

    private static func requiredID(_ entry: MappingReader, what: String, location: SourceLocation, log: inout DiagnosticLog) -> String? {
        guard let written = entry.string("id", log: &log) else {
            log.report(.missingValue, at: location, "\(what) has no id: add 'id: …' (lower-case ASCII, e.g. 'sales')")
            return nil
        }
        guard let id = Identifier.normalized(written) else {
            log.report(.invalidID, at: entry.location(of: entry.value("id")!), "\(what) id '\(written)' is not a valid id: \(Identifier.advice(for: written))")
            return nil
        }
        return id
    }

    private static func optionalID(_ key: String, _ entry: MappingReader, log: inout DiagnosticLog) -> (String, SourceLocation)? {
        guard let written = entry.string(key, log: &log) else { return nil }
        let location = entry.location(of: entry.value(key)!)
        guard let id = Identifier.normalized(written) else {
            log.report(.invalidID, at: location, "'\(key)' '\(written)' is not a valid id: \(Identifier.advice(for: written))")
            return nil
        }
        return (id, location)
    }
}
