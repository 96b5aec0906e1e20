extension Charts {
    /// Each unit's progress in a period as horizontal bars (one row per unit, name on the left, value on the right,
    /// the expected-progress line across all rows, each bar's band as text). A row with `href` wraps the row in <a href>.
    ///
    /// Look: one 34-unit row per unit: the name left-aligned (shortened with "…" when it is longer than the
    /// name column; the full name is in the row's tooltip), a grey track filled in the band's colour, then
    /// "62% 緑" / "62% green". A unit without objectives has an empty dashed track and "—". A dark vertical
    /// line labelled 「期待値 55%」 at the top crosses every row. The chart grows in height with the rows.
    public static func unitBars(_ rows: [UnitBar], expected: Double?, language: Language) -> String {
        let words = Words(language)
        let formatter = Formatter(language: language)
        let expectedFraction = expected.flatMap { $0.isFinite ? clamp01($0) : nil }
        var hashParts = [key(expectedFraction), language.rawValue]
        for row in rows { hashParts += [clean(row.name), key(row.progress), row.band?.rawValue ?? "-", row.href ?? "-"] }
        let id = chartID("units", hashParts)

        let width = 420.0, fontSize = 15.0
        let header = expectedFraction == nil || rows.isEmpty ? 6.0 : 28.0
        let rowHeight = 34.0, barHeight = 16.0
        let names = rows.map { trimmed(clean($0.name)) }
        let nameWidth = min(max(names.map { textWidth($0, fontSize) }.max() ?? 0, 48), 150)
        let valueWidth = language == .ja ? 62.0 : 96.0
        let barX0 = 4 + nameWidth + 12
        let barX1 = width - 4 - valueWidth - 10
        let barWidth = barX1 - barX0
        let height = header + rowHeight * Double(max(rows.count, 1)) + 6

        var canvas = Canvas()
        var patterns: Set<Pattern> = []
        var descItems: [String] = []
        if rows.isEmpty {
            canvas.text(4, header + rowHeight / 2 + 5.3, HTML.escape(words.noUnits), className: "okra-empty")
        }
        for (index, row) in rows.enumerated() {
            let top = header + rowHeight * Double(index)
            let middle = top + rowHeight / 2
            let name = names[index]
            let progress = row.progress.flatMap { $0.isFinite ? min(max($0, -1e6), 1e6) : nil }
            let spoken: String
            if let progress {
                spoken = formatter.percent(progress) + (row.band.map { words.parenthesised(words.band($0)) } ?? "")
            } else {
                spoken = words.noObjectives
            }
            let spokenName = isolated(name.isEmpty ? "—" : name)
            descItems.append(spokenName + " " + spoken)

            var group = Canvas()
            group.add("<title>\(HTML.escape(spokenName + ": " + spoken))</title>")
            if let href = row.href, isSafeLink(href) {
                group.rect(0, top, width, rowHeight, "okra-hit", extra: " visibility=\"hidden\" pointer-events=\"all\"")
            }
            let shown = truncated(name, toFit: nameWidth, fontSize) ?? name
            group.text(4, middle + 5.3, userText(shown), className: "okra-unit-name")
            let barY = middle - barHeight / 2
            if let progress {
                group.rect(barX0, barY, barWidth, barHeight, "okra-track", rx: 3)
                let fillWidth = barWidth * clamp01(progress)
                if fillWidth > 0 {
                    let band = row.band
                    group.rect(barX0, barY, fillWidth, barHeight, "okra-bar okra-band-\(band?.rawValue ?? "none")", rx: 3)
                    if let pattern = Pattern.of(band: band) {
                        patterns.insert(pattern)
                        group.patternOverlay(pattern, id: id, barX0, barY, fillWidth, barHeight, rx: 3)
                    }
                }
            } else {
                group.rect(barX0, barY, barWidth, barHeight, "okra-track okra-track-empty", rx: 3)
            }
            group.add("<text class=\"okra-value-label\" x=\"\(num(barX1 + 10))\" y=\"\(num(middle + 5.3))\">"
                + (progress == nil ? "—" : "<tspan class=\"okra-value\" font-weight=\"bold\">\(HTML.escape(formatter.percent(progress!)))</tspan>"
                    + (row.band.map { " <tspan class=\"okra-band-name\">\(HTML.escape(words.band($0)))</tspan>" } ?? ""))
                + "</text>")

            if let href = row.href, isSafeLink(href) {
                canvas.add("<a href=\"\(HTML.escape(clean(href)))\" class=\"okra-row-link\">")
                canvas.add("<g class=\"okra-row\">")
                canvas.add(group)
                canvas.add("</g>")
                canvas.add("</a>")
            } else {
                canvas.add("<g class=\"okra-row\">")
                canvas.add(group)
                canvas.add("</g>")
            }
        }
        if let expectedFraction, !rows.isEmpty {
            let x = barX0 + barWidth * expectedFraction
            canvas.line(x, header - 6, x, height - 4, "okra-expected")
            let text = words.expected + " " + formatter.percent(expectedFraction)
            let textW = textWidth(text, 14)
            canvas.text(clamp(x, textW / 2 + 2, width - textW / 2 - 2), header - 11, HTML.escape(text),
                        className: "okra-expected-label", anchor: .middle, size: 14)
        }
        canvas.prepend(patternDefinitions(id, patterns))

        var desc = rows.isEmpty ? words.noUnits : descItems.joined(separator: words.comma)
        if let expectedFraction { desc += words.comma + words.expected + " " + formatter.percent(expectedFraction) }
        return canvas.svg(id: id, kind: "units", width: width, height: height, fontSize: fontSize,
                          title: HTML.escape(words.unitsTitle), desc: HTML.escape(words.unitsTitle + ": " + desc)).text
    }
}
