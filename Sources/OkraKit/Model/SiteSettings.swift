/// The language of every interface string, date and number format.
public enum Language: String, Sendable, CaseIterable {
    case ja
    case en
}

/// site.yaml.
public struct SiteSettings: Sendable {
    public var title: String = "OKR"
    public var language: Language = .ja
    public var baseURL: String?
    /// First month (1–12) of the fiscal year.
    public var fiscalYearStart: Int = 1
    /// The period the home page shows; nil means "the period containing the build date, else the latest".
    public var currentPeriod: String?
    public var currentPeriodLocation: SourceLocation?
    public var checkinIntervalDays: Int = 7
    public var customPeriods: [PeriodDefinition] = []

    public init() {}
}

/// A custom period from site.yaml's `periods` list.
public struct PeriodDefinition: Sendable {
    public var id: String
    public var label: String?
    public var start: Day
    public var end: Day
    public var location: SourceLocation
}
