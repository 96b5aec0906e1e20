import Foundation

/// Numbers and dates formatted for the site's language.
public struct Formatter: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    /// `62%` (rounded to a whole percent; `120%` for over-achievement).
    public func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded()))%"
    }

    /// A value as users wrote it: grouping separators, at most two decimals, no trailing zeros: `11,350`, `4.5`, `-3`.
    public func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = Int(magnitude.rounded(.towardZero))
        var fraction = Int(((magnitude - Double(whole)) * 100).rounded())
        var groups: [Int] = []
        var rest = whole
        repeat {
            groups.append(rest % 1000)
            rest /= 1000
        } while rest > 0
        var grouped = String(groups[groups.count - 1])
        for group in groups.dropLast().reversed() {
            grouped += group < 10 ? ",00" : group < 100 ? ",0" : ","
            grouped += String(group)
        }
        var result = (negative ? "-" : "") + grouped
        if fraction > 0 {
            var digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
            while digits.hasSuffix("0") { digits.removeLast(); fraction /= 10 }
            result += "." + digits
        }
        return result
    }

    /// A value with its display unit: `30社`, `45 日` is written `45日` in Japanese, `30 customers` in English.
    public func quantity(_ value: Double, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return number(value) }
        if unit == "%" || unit == "％" { return number(value) + "%" }
        let joinsDirectly = unit.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false
        return number(value) + (joinsDirectly ? "" : " ") + unit
    }

    /// `2026年11月24日` / `24 Nov 2026`.
    public func date(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        switch language {
        case .ja: return "\(year)年\(month)月\(dayOfMonth)日"
        case .en: return "\(dayOfMonth) \(Self.monthNames[month - 1]) \(year)"
        }
    }

    /// `11/24` / `24 Nov`: for chart axes.
    public func shortDate(_ day: Day) -> String {
        let (_, month, dayOfMonth) = day.components
        switch language {
        case .ja: return "\(month)/\(dayOfMonth)"
        case .en: return "\(dayOfMonth) \(Self.monthNames[month - 1])"
        }
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
