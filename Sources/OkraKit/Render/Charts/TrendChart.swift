/// One period's value in a ``Charts/trend(_:title:language:)`` chart.
public struct TrendPoint: Sendable {
    /// Short label under the axis, e.g. "Q3" or "2026 Q3".
    public var label: String
    /// Score 0…1, nil for a period without objectives.
    public var value: Double?
    public init(label: String, value: Double?) {
        self.label = label
        self.value = value
    }
}

extension Charts {
    /// A unit's score per period as a line with a dot per period, the band thresholds (0.4, 0.7) as
    /// dashed guides, and each value written above its dot with its band word.
    public static func trend(_ points: [TrendPoint], title: String, language: Language) -> String {
        let words = Words(language)
        let formatter = Formatter(language: language)
        let cleanTitle = trimmed(clean(title))
        let id = chartID("trend", [cleanTitle, language.rawValue] + points.map { "\($0.label)=\(key($0.value))" })
        let fontSize = 13.0
        let left = 44.0, right = 16.0, top = 24.0, plotHeight = 150.0
        let widestLabel = points.map { textWidth(clean($0.label), fontSize) }.max() ?? 0
        let step = max(76.0, widestLabel + 14)
        let width = max(320, left + right + step * Double(max(points.count - 1, 1)) + max(40, widestLabel))
        let height = top + plotHeight + 44
        let x = { (index: Int) -> Double in
            let inset = max(20, widestLabel / 2)
            return points.count == 1 ? left + (width - left - right) / 2 : left + inset + Double(index) * (width - left - right - 2 * inset) / Double(points.count - 1)
        }
        let y = { (value: Double) -> Double in top + plotHeight * (1 - clamp01(value)) }

        var canvas = Canvas()
        for guide in [0.0, 0.4, 0.7, 1.0] {
            canvas.line(left, y(guide), width - right, y(guide), guide == 0 ? "okra-axis" : "okra-grid")
            canvas.text(left - 6, y(guide) + 4.5, HTML.escape(formatter.percent(guide)), className: "okra-tick-label", anchor: .end)
        }
        var segment: [(Double, Double)] = []
        func flush() {
            if segment.count > 1 { canvas.polyline(segment, "okra-line") }
            segment = []
        }
        for (index, point) in points.enumerated() {
            canvas.text(x(index), height - 14, userText(point.label), className: "okra-tick-label", anchor: .middle)
            guard let value = point.value.map({ finite($0, 0) }) else { flush(); continue }
            segment.append((x(index), y(value)))
        }
        flush()
        var descriptions: [String] = []
        for (index, point) in points.enumerated() {
            guard let value = point.value.map({ finite($0, 0) }) else {
                descriptions.append("\(point.label) —")
                continue
            }
            let band = Band(score: value)
            let percent = formatter.percent(value)
            canvas.circle(x(index), y(value), 4.5, "okra-point okra-band-\(band.rawValue)",
                          title: userText("\(point.label): \(percent) \(words.band(band))"))
            canvas.text(x(index), y(value) - 10, HTML.escape("\(percent) \(words.band(band))"), className: "okra-value-label", anchor: .middle)
            descriptions.append("\(point.label) \(percent)（\(words.band(band))）")
        }
        let separator = language == .ja ? "、" : ", "
        let desc = userText(cleanTitle) + ": " + userText(descriptions.joined(separator: separator))
        return canvas.svg(id: id, kind: "trend", width: width, height: height, fontSize: fontSize,
                          title: userText(cleanTitle), desc: desc).text
    }
}
