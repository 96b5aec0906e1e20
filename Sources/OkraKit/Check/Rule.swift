/// A check that `okra check` performs. The raw value is the stable rule id printed in
/// brackets after every diagnostic; ids never change meaning once released.
public enum Rule: String, CaseIterable, Sendable, Codable {
    // Errors: the content cannot be built as written.
    case invalidUTF8 = "invalid-utf8"
    case yamlSyntax = "yaml-syntax"
    case frontMatterMissing = "front-matter-missing"
    case frontMatterUnclosed = "front-matter-unclosed"
    case wrongType = "wrong-type"
    case unknownKey = "unknown-key"
    case missingTitle = "missing-title"
    case missingValue = "missing-value"
    case missingTarget = "missing-target"
    case targetEqualsStart = "target-equals-start"
    case notANumber = "not-a-number"
    case badDate = "bad-date"
    case confidenceOutOfRange = "confidence-out-of-range"
    case valueOutOfRange = "value-out-of-range"
    case invalidValue = "invalid-value"
    case invalidID = "invalid-id"
    case duplicateID = "duplicate-id"
    case unknownPeriod = "unknown-period"
    case invalidPeriod = "invalid-period"
    case unknownUnit = "unknown-unit"
    case unitTree = "unit-tree"
    case unknownPerson = "unknown-person"
    case danglingReference = "dangling-reference"
    case selfReference = "self-reference"
    case alignmentCycle = "alignment-cycle"

    // Warnings: the content builds, but the OKRs break a practice from the domain guides.
    case misplacedFile = "misplaced-file"
    case tooManyObjectives = "too-many-objectives"
    case tooFewKeyResults = "too-few-key-results"
    case tooManyKeyResults = "too-many-key-results"
    case titleLooksLikeKeyResult = "title-looks-like-key-result"
    case unalignedObjective = "unaligned-objective"
    case unsupportedRootObjective = "unsupported-root-objective"
    case alignmentOutsidePeriod = "alignment-outside-period"
    case checkinOutsidePeriod = "checkin-outside-period"
    case checkinInFuture = "checkin-in-future"
    case staleKeyResult = "stale-key-result"
    case lowConfidence = "low-confidence"
    case missingLink = "missing-link"
    case unknownOwner = "unknown-owner"

    /// The id printed in brackets, e.g. `unknown-key`.
    public var id: String { rawValue }

    /// Whether a problem of this rule stops a build (`error`) or only informs (`warning`).
    public var severity: Severity {
        switch self {
        case .misplacedFile, .tooManyObjectives, .tooFewKeyResults, .tooManyKeyResults,
             .titleLooksLikeKeyResult, .unalignedObjective, .unsupportedRootObjective,
             .alignmentOutsidePeriod, .checkinOutsidePeriod, .checkinInFuture, .staleKeyResult,
             .lowConfidence, .missingLink, .unknownOwner:
            return .warning
        default:
            return .error
        }
    }

    /// One line saying what the rule checks, as listed in docs/rules.md.
    public var summary: String {
        switch self {
        case .invalidUTF8: return "A file is not valid UTF-8."
        case .yamlSyntax: return "YAML that does not parse (site.yaml, org.yaml or front matter)."
        case .frontMatterMissing: return "An objective file does not start with a `---` front matter block."
        case .frontMatterUnclosed: return "The front matter block has no closing `---` line."
        case .wrongType: return "A key holds the wrong kind of YAML value (a list where text is expected, …)."
        case .unknownKey: return "A key that the content format does not know (usually a typo)."
        case .missingTitle: return "An objective or key result without a title."
        case .missingValue: return "A required key is missing (a check-in's date or value, a unit's id, …)."
        case .missingTarget: return "A metric key result without a target."
        case .targetEqualsStart: return "A metric key result whose target equals its start, so progress is undefined."
        case .notANumber: return "A value that must be a number is not one."
        case .badDate: return "A date that is not a real ISO `YYYY-MM-DD` day."
        case .confidenceOutOfRange: return "A confidence outside 0.0–1.0."
        case .valueOutOfRange: return "A number outside its allowed range (score 0–1, weight ≥ 0, month 1–12, …)."
        case .invalidValue: return "A value outside its list of choices (health, type, language)."
        case .invalidID: return "An id or file name outside `[a-z0-9][a-z0-9_-]*`."
        case .duplicateID: return "Two things of one kind share an id."
        case .unknownPeriod: return "A folder or `current_period` names a period that is neither computed nor defined in site.yaml."
        case .invalidPeriod: return "A custom period whose dates are missing or in the wrong order."
        case .unknownUnit: return "A unit folder or unit reference that org.yaml does not list."
        case .unitTree: return "org.yaml's units do not form one tree (no root, several roots, a cycle)."
        case .unknownPerson: return "A person id that org.yaml does not list where a person is required."
        case .danglingReference: return "`aligns_to` or `contributes_to` names an objective that does not exist."
        case .selfReference: return "An objective aligns to, or contributes to, itself."
        case .alignmentCycle: return "`aligns_to` edges form a cycle."
        case .misplacedFile: return "A Markdown file outside `<period>/<unit>/<slug>.md`, which is ignored."
        case .tooManyObjectives: return "More than 5 objectives for one unit in one period."
        case .tooFewKeyResults: return "An objective with fewer than 2 key results."
        case .tooManyKeyResults: return "An objective with more than 5 key results."
        case .titleLooksLikeKeyResult: return "An objective title with a number and a unit in it reads like a key result."
        case .unalignedObjective: return "An objective of a non-root unit aligned to nothing."
        case .unsupportedRootObjective: return "A root-unit objective that nothing aligns to or contributes to."
        case .alignmentOutsidePeriod: return "An objective aligns to an objective of a period that does not contain its own."
        case .checkinOutsidePeriod: return "A check-in dated outside its objective's period."
        case .checkinInFuture: return "A check-in dated after today."
        case .staleKeyResult: return "A key result of the current period without a check-in for 2 × `checkin_interval_days`."
        case .lowConfidence: return "A key result whose latest confidence is below 0.3."
        case .missingLink: return "A link in the body to a `.md` file that does not exist."
        case .unknownOwner: return "An owner that looks like a misspelt person id."
        }
    }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}
