import Foundation

/// Numbers and dates formatted for the site's language.
///
/// Each format has a second form that appends to a ``TextBuffer`` digit by digit (the charts write
/// thousands of numbers); the `String` forms are built from it, so both give the same bytes.
public struct Formatter: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    /// `62%` (rounded to a whole percent; `120%` for over-achievement).
    public func percent(_ fraction: Double) -> String {
        string { percent(fraction, into: &$0) }
    }

    /// Appends ``percent(_:)`` of `fraction` to `text`.
    func percent(_ fraction: Double, into text: inout TextBuffer) {
        text.appendDecimal(Int((fraction * 100).rounded()))
        text.append(UInt8(ascii: "%"))
    }

    /// A value as users wrote it: grouping separators, at most two decimals, no trailing zeros: `11,350`, `4.5`, `-3`.
    public func number(_ value: Double) -> String {
        string { number(value, into: &$0) }
    }

    /// Appends ``number(_:)`` of `value` to `text`.
    func number(_ value: Double, into text: inout TextBuffer) {
        let rounded = (value * 100).rounded() / 100
        let magnitude = abs(rounded)
        let whole = Int(magnitude.rounded(.towardZero))
        let fraction = Int(((magnitude - Double(whole)) * 100).rounded())
        if rounded < 0 { text.append(UInt8(ascii: "-")) }
        Self.groupedDigits(UInt(whole), into: &text)
        if fraction > 0 {
            // Two digits (`05`) or more, without trailing zeros.
            var digits = UInt(fraction)
            var digitCount = Swift.max(2, TextBuffer.decimalDigitCount(digits))
            while digits % 10 == 0 {
                digits /= 10
                digitCount -= 1
            }
            text.append(UInt8(ascii: "."))
            text.appendDigits(digits, minimumCount: digitCount)
        }
    }

    /// `11,350`: the first group of three digits as it is, the others with leading zeros, commas between.
    private static func groupedDigits(_ value: UInt, into text: inout TextBuffer) {
        guard value >= 1000 else { return text.appendDigits(value, minimumCount: 1) }
        groupedDigits(value / 1000, into: &text)
        text.append(UInt8(ascii: ","))
        text.appendDigits(value % 1000, minimumCount: 3)
    }

    /// A value with its display unit: `30社`, `45 日` is written `45日` in Japanese, `30 customers` in English.
    public func quantity(_ value: Double, unit: String?) -> String {
        number(value) + unitSuffix(unit)
    }

    /// What ``quantity(_:unit:)`` writes after the number: nothing without a unit, `%` for a percent unit
    /// (half or full width), the unit itself when it starts with a wide letter (`社`), else a space and the unit.
    func unitSuffix(_ unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return "" }
        if unit == "%" || unit == "％" { return "%" }
        let joinsDirectly = unit.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false
        return (joinsDirectly ? "" : " ") + unit
    }

    /// `2026年11月24日` / `24 Nov 2026`.
    public func date(_ day: Day) -> String {
        string { date(day, into: &$0) }
    }

    /// Appends ``date(_:)`` of `day` to `text`.
    func date(_ day: Day, into text: inout TextBuffer) {
        let (year, month, dayOfMonth) = day.components
        switch language {
        case .ja:
            text.appendDecimal(year)
            text += "年"
            text.appendDecimal(month)
            text += "月"
            text.appendDecimal(dayOfMonth)
            text += "日"
        case .en:
            text.appendDecimal(dayOfMonth)
            text.append(UInt8(ascii: " "))
            text.append(Self.monthNames[month - 1])
            text.append(UInt8(ascii: " "))
            text.appendDecimal(year)
        }
    }

    /// `11/24` / `24 Nov`: for chart axes.
    public func shortDate(_ day: Day) -> String {
        string { shortDate(day, into: &$0) }
    }

    /// Appends ``shortDate(_:)`` of `day` to `text`.
    func shortDate(_ day: Day, into text: inout TextBuffer) {
        let (_, month, dayOfMonth) = day.components
        switch language {
        case .ja:
            text.appendDecimal(month)
            text.append(UInt8(ascii: "/"))
            text.appendDecimal(dayOfMonth)
        case .en:
            text.appendDecimal(dayOfMonth)
            text.append(UInt8(ascii: " "))
            text.append(Self.monthNames[month - 1])
        }
    }

    static let monthNames: [StaticString] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The text that `write` appends to an empty buffer.
    private func string(_ write: (inout TextBuffer) -> Void) -> String {
        var text = TextBuffer(capacity: 32)
        write(&text)
        return text.text
    }
}
