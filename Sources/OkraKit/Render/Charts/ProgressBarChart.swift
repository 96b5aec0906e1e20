extension Charts {
    /// Horizontal progress bar: filled to `progress` (0…1, clamped), a tick at `expected` (when given),
    /// the band written as text next to the percentage (never colour alone).
    ///
    /// Look: a rounded grey track 212 units long, filled in the band's colour; a dark vertical tick that
    /// sticks out above and below the track at the expected progress; then "40% 黄" / "40% yellow".
    /// A `progress` above 1 fills the whole track and prints the real percentage ("120% 緑").
    /// `label` (e.g. the key result's title) is the chart's accessible name, not drawn.
    public static func progressBar(progress: Double, expected: Double?, band: Band, label: String, language: Language) -> String {
        progressBarMarkup(progress: progress, expected: expected, band: band, label: label, language: language).text
    }

    /// ``progressBar(progress:expected:band:label:language:)`` as the bytes it was drawn into, for a page template.
    static func progressBarMarkup(progress: Double, expected: Double?, band: Band, label: String, language: Language) -> ByteBlock {
        let words = Words(language)
        let formatter = Formatter(language: language)
        let raw = min(max(finite(progress, 0), -1e6), 1e6)
        let fill = clamp01(raw)
        let expectedFraction = expected.flatMap { $0.isFinite ? clamp01($0) : nil }
        let cleanLabel = trimmed(clean(label))
        var hash = ChartHash(kind: "progress")
        hash.add(raw)
        hash.add(expectedFraction)
        hash.add(band.rawValue)
        hash.add(cleanLabel)
        hash.add(language.rawValue)
        let id = hash.id

        let width = 320.0, height = 30.0, fontSize = 15.0
        let barX = 2.0, barWidth = 212.0, barY = 8.0, barHeight = 14.0
        var canvas = Canvas(capacity: 1024)
        canvas.rect(barX, barY, barWidth, barHeight, "okra-track", rx: 3)
        let fillWidth = barWidth * fill
        let pattern = Pattern.of(band: band)
        if fillWidth > 0 {
            canvas.rect(barX, barY, fillWidth, barHeight, "okra-bar okra-band-\(band.rawValue)", rx: 3)
            canvas.patternOverlay(pattern, id: id, barX, barY, fillWidth, barHeight, rx: 3)
        }
        if let expectedFraction {
            let x = barX + barWidth * expectedFraction
            canvas.line(x, 2, x, height - 2, "okra-expected")
        }
        let percent = formatter.percent(raw)
        let bandName = words.band(band)
        let textX = barX + barWidth + 10
        let available = width - textX - 2
        let needed = textWidth(percent + " " + bandName, fontSize)
        let size = needed > available ? max(11, (fontSize * available / needed * 10).rounded(.down) / 10) : nil
        canvas.text(textX, barY + barHeight / 2 + 5.3, className: "okra-value-label", size: size) {
            $0 += "<tspan class=\"okra-value\" font-weight=\"bold\">"
            $0.appendEscaped(percent)
            $0 += "</tspan> <tspan class=\"okra-band-name\">"
            $0.appendEscaped(bandName)
            $0 += "</tspan>"
        }
        if fillWidth > 0, let pattern { canvas.prepend(patternDefinitions(id, pattern)) }

        let title = userText(cleanLabel.isEmpty ? words.sentence(words.progress) : cleanLabel)
        // 「{title}: 進捗 64%（黄）、期待値 50%」
        var desc = TextBuffer(capacity: 128 + title.utf8.count)
        desc.append(title)
        desc += ": "
        desc.appendEscaped(words.progress)
        desc += " "
        desc.appendEscaped(percent)
        desc.appendEscaped(words.parenthesised(bandName))
        if let expectedFraction {
            desc.appendEscaped(words.comma)
            desc.appendEscaped(words.expected)
            desc += " "
            formatter.percent(expectedFraction, into: &desc)
        }
        return canvas.svg(id: id, kind: "progress", width: width, height: height, fontSize: fontSize, title: title, desc: desc)
    }
}
