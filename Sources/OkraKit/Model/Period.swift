import Foundation

/// A span of days that objectives belong to: a fiscal quarter, half, year, or a custom period.
public struct Period: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case quarter, half, year, custom
    }

    /// Canonical id: `2026-Q3`, `2026-H1`, `2026`, or a lower-case custom id.
    public var id: String
    public var kind: Kind
    /// The fiscal year for computed periods (the calendar year in which it starts).
    public var fiscalYear: Int?
    /// Quarter 1–4 or half 1–2.
    public var number: Int?
    public var start: Day
    /// The last day, inclusive.
    public var end: Day
    /// A custom period's label from site.yaml.
    public var customLabel: String?

    public init(id: String, kind: Kind, fiscalYear: Int?, number: Int?, start: Day, end: Day, customLabel: String? = nil) {
        self.id = id
        self.kind = kind
        self.fiscalYear = fiscalYear
        self.number = number
        self.start = start
        self.end = end
        self.customLabel = customLabel
    }

    /// Number of days, both ends included.
    public var length: Int { start.days(until: end) + 1 }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    /// True when `other` lies entirely inside this period.
    public func contains(_ other: Period) -> Bool { start <= other.start && other.end <= end }

    /// Elapsed fraction of the period on `day`: 0 on the first day and before, 1 on the last day and after.
    /// The ideal pace line runs from `start` on the first day to `target` on the last.
    public func elapsedFraction(on day: Day) -> Double {
        if day <= start { return 0 }
        if day >= end { return 1 }
        return Double(start.days(until: day)) / Double(start.days(until: end))
    }

    /// A human label: `2026年度 第3四半期` / `FY2026 Q3`, or the custom label.
    public func label(in language: Language, fiscalYearStart: Int) -> String {
        if let customLabel { return customLabel }
        guard let year = fiscalYear else { return id }
        let calendarYears = fiscalYearStart == 1
        switch (kind, language) {
        case (.quarter, .ja): return calendarYears ? "\(year)年 第\(number ?? 0)四半期" : "\(year)年度 第\(number ?? 0)四半期"
        case (.half, .ja): return (calendarYears ? "\(year)年 " : "\(year)年度 ") + (number == 1 ? "上期" : "下期")
        case (.year, .ja): return calendarYears ? "\(year)年" : "\(year)年度"
        case (.quarter, .en): return calendarYears ? "\(year) Q\(number ?? 0)" : "FY\(year) Q\(number ?? 0)"
        case (.half, .en): return calendarYears ? "\(year) H\(number ?? 0)" : "FY\(year) H\(number ?? 0)"
        case (.year, .en): return calendarYears ? "\(year)" : "FY\(year)"
        default: return id
        }
    }

    /// A compact label for chart axes: `2026年度1Q` / `FY2026 Q1`, `2026年度上期` / `FY2026 H1`.
    public func shortLabel(in language: Language, fiscalYearStart: Int) -> String {
        if let customLabel { return customLabel }
        guard let year = fiscalYear, let number else { return label(in: language, fiscalYearStart: fiscalYearStart) }
        let prefix = fiscalYearStart == 1 ? (language == .ja ? "\(year)年" : "\(year) ") : (language == .ja ? "\(year)年度" : "FY\(year) ")
        switch (kind, language) {
        case (.quarter, .ja): return prefix + "\(number)Q"
        case (.quarter, .en): return prefix + "Q\(number)"
        case (.half, .ja): return prefix + (number == 1 ? "上期" : "下期")
        case (.half, .en): return prefix + "H\(number)"
        default: return label(in: language, fiscalYearStart: fiscalYearStart)
        }
    }

    /// Parses a computed period id (`YYYY-Qn`, `YYYY-Hn`, `YYYY`, any case) for a fiscal year starting in
    /// `fiscalYearStart`. Returns nil for anything else.
    public static func computed(_ text: String, fiscalYearStart: Int) -> Period? {
        let id = text.uppercased()
        let bytes = Array(text.lowercased().utf8)
        guard bytes.count == 4 || bytes.count == 7, bytes[0..<4].allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)), year >= 1 else { return nil }
        if bytes.count == 4 {
            return make(id: id, kind: .year, year: year, number: nil, firstMonthOffset: 0, months: 12, fiscalYearStart: fiscalYearStart)
        }
        guard bytes[4] == UInt8(ascii: "-"), bytes[6] >= 48, bytes[6] <= 57 else { return nil }
        let number = Int(bytes[6] - 48)
        switch bytes[5] {
        case UInt8(ascii: "q") where (1...4).contains(number):
            return make(id: id, kind: .quarter, year: year, number: number, firstMonthOffset: (number - 1) * 3, months: 3, fiscalYearStart: fiscalYearStart)
        case UInt8(ascii: "h") where (1...2).contains(number):
            return make(id: id, kind: .half, year: year, number: number, firstMonthOffset: (number - 1) * 6, months: 6, fiscalYearStart: fiscalYearStart)
        default:
            return nil
        }
    }

    private static func make(id: String, kind: Kind, year: Int, number: Int?, firstMonthOffset: Int, months: Int, fiscalYearStart: Int) -> Period? {
        let firstMonthIndex = (fiscalYearStart - 1) + firstMonthOffset
        let startYear = year + firstMonthIndex / 12
        let startMonth = firstMonthIndex % 12 + 1
        let endIndex = firstMonthIndex + months
        let nextYear = year + endIndex / 12
        let nextMonth = endIndex % 12 + 1
        guard let start = Day(year: startYear, month: startMonth, day: 1),
              let next = Day(year: nextYear, month: nextMonth, day: 1) else { return nil }
        return Period(id: id, kind: kind, fiscalYear: year, number: number, start: start, end: next.adding(days: -1))
    }

    /// The canonical spelling of a period id: computed forms upper-case (`2026-Q3`), custom ids lower-case.
    public static func canonicalID(_ text: String) -> String {
        let trimmed = text.trimmed
        return computed(trimmed, fiscalYearStart: 1) != nil ? trimmed.uppercased() : trimmed.lowercased()
    }

    /// Shorter periods first, then by start: quarters before halves before years when they overlap.
    public static func chronological(_ lhs: Period, _ rhs: Period) -> Bool {
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.end != rhs.end { return lhs.end < rhs.end }
        return lhs.id < rhs.id
    }
}
