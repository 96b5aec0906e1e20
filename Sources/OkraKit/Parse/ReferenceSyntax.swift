import Foundation

/// The written form of objective references: `unit/slug` or `period/unit/slug`.
public enum ReferenceSyntax {
    public struct Problem: Error, Sendable {
        public var message: String
    }

    /// Parses a reference written in a file of period `defaultPeriod`. Periods are checked later,
    /// once the site's periods are known.
    public static func parse(_ text: String, defaultPeriod: String) -> Result<ObjectiveID, Problem> {
        var trimmed = Substring(text.trimmed)
        if trimmed.hasSuffix(".md") {
            return .failure(Problem(message: "is not a reference: drop '.md' and write 'unit/slug' or 'period/unit/slug'"))
        }
        if trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 || parts.count == 3 else {
            return .failure(Problem(message: "is not a reference: write 'unit/slug' (same period) or 'period/unit/slug'"))
        }
        let period = parts.count == 3 ? Period.canonicalID(parts[0]) : defaultPeriod
        let unitText = parts[parts.count - 2]
        let slugText = parts[parts.count - 1]
        guard let unit = Identifier.normalized(unitText), let slug = Identifier.normalized(slugText),
              parts.count == 2 || Identifier.isValid(parts[0]) else {
            return .failure(Problem(message: "is not a reference: its parts must be ids (\(Identifier.advice(for: text)))"))
        }
        return .success(ObjectiveID(period: period, unit: unit, slug: slug))
    }
}
