extension Charts {
    /// Counts of objectives per score band (red/yellow/green) and per health (on_track, at_risk, off_track, done, dropped),
    /// as two stacked horizontal bars with a text legend giving each count.
    ///
    /// Look: two sections, 「スコア（9件）」 and 「状況（9件）」, each a full-width bar split into coloured segments
    /// in proportion to the counts (red, yellow, green; on track, at risk, off track, done, dropped), with a
    /// hairline gap between segments, and under it a legend of swatches with the name and the count of every
    /// category, zeros included (「赤 1件」「黄 0件」…), wrapping onto a second line when it is too long.
    /// With no objectives the bar is an empty dashed track that says 「なし」.
    public static func distribution(bands: [Band: Int], health: [Health: Int], language: Language) -> String {
        let words = Words(language)
        let bandOrder: [Band] = [.red, .yellow, .green]
        let healthOrder: [Health] = [.onTrack, .atRisk, .offTrack, .done, .dropped]
        let bandItems = bandOrder.map { Segment(name: words.band($0), count: min(max(0, bands[$0] ?? 0), 1_000_000_000),
                                                 className: "okra-band-\($0.rawValue)", pattern: Pattern.of(band: $0)) }
        let healthItems = healthOrder.map { Segment(name: words.health($0), count: min(max(0, health[$0] ?? 0), 1_000_000_000),
                                                     className: "okra-health-\($0.rawValue.replacingUnderscores())",
                                                     pattern: Pattern.of(health: $0)) }
        let id = chartID("distribution", [language.rawValue] + (bandItems + healthItems).map { "\($0.count)" })

        let width = 420.0, fontSize = 15.0
        var canvas = Canvas()
        var patterns: Set<Pattern> = []
        var y = 0.0
        var descParts: [String] = []
        for (heading, items) in [(words.scoreRow, bandItems), (words.healthRow, healthItems)] {
            let total = items.reduce(0) { $0 + $1.count }
            y = drawStack(heading: heading, items: items, total: total, top: y, width: width, id: id, words: words,
                          patterns: &patterns, into: &canvas)
            let list = items.map { $0.name + " " + words.count($0.count) }.joined(separator: words.comma)
            descParts.append(heading + " " + list + words.parenthesised(words.total(total)))
        }
        canvas.prepend(patternDefinitions(id, patterns))

        let first = words.language == .ja ? descParts[0] : descParts[0].lowercased(firstOnly: true)
        let desc = words.distributionTitle + ": " + first + (words.language == .ja ? "。" : ". ") + words.sentences([descParts[1]])
        return canvas.svg(id: id, kind: "distribution", width: width, height: y + 2, fontSize: fontSize,
                          title: HTML.escape(words.distributionTitle), desc: HTML.escape(desc)).text
    }

    struct Segment {
        var name: String
        var count: Int
        var className: String
        var pattern: Pattern?
    }

    /// One heading, stacked bar and legend starting at `top`; returns the bottom of the section.
    private static func drawStack(heading: String, items: [Segment], total: Int, top: Double, width: Double, id: String,
                                  words: Words, patterns: inout Set<Pattern>, into canvas: inout Canvas) -> Double {
        let formatter = Formatter(language: words.language)
        let headingBaseline = top + 20
        canvas.text(4, headingBaseline, HTML.escape(heading + words.parenthesised(words.objectives(total))),
                    className: "okra-heading", bold: true)
        let barY = headingBaseline + 9, barHeight = 24.0
        let barX0 = 4.0, barWidth = width - 8
        if total == 0 {
            canvas.rect(barX0, barY, barWidth, barHeight, "okra-track okra-track-empty", rx: 3)
            canvas.text(barX0 + barWidth / 2, barY + barHeight / 2 + 5.3, HTML.escape(words.none), className: "okra-empty", anchor: .middle)
        } else {
            var x = barX0
            let present = items.filter { $0.count > 0 }
            for (index, item) in present.enumerated() {
                let segmentWidth = barWidth * Double(item.count) / Double(total)
                let drawn = index < present.count - 1 && segmentWidth > 4 ? segmentWidth - 2 : segmentWidth
                let tip = item.name + ": " + words.count(item.count) + words.parenthesised(formatter.percent(Double(item.count) / Double(total)))
                canvas.rect(x, barY, drawn, barHeight, "okra-bar \(item.className)", title: HTML.escape(tip))
                if let pattern = item.pattern {
                    patterns.insert(pattern)
                    canvas.patternOverlay(pattern, id: id, x, barY, drawn, barHeight)
                }
                x += segmentWidth
            }
        }
        // Legend, wrapped.
        let swatch = 14.0, legendSize = 15.0
        var lineBaseline = barY + barHeight + 24
        var x = barX0
        for item in items {
            let text = item.name + " " + words.count(item.count)
            let itemWidth = swatch + 6 + textWidth(text, legendSize)
            if x > barX0, x + itemWidth > width - 4 {
                x = barX0
                lineBaseline += 24
            }
            canvas.rect(x, lineBaseline - 12, swatch, swatch, "okra-swatch \(item.className)")
            if let pattern = item.pattern {
                patterns.insert(pattern)
                canvas.patternOverlay(pattern, id: id, x, lineBaseline - 12, swatch, swatch)
            }
            canvas.add("<text class=\"okra-legend\" x=\"\(num(x + swatch + 6))\" y=\"\(num(lineBaseline))\">\(HTML.escape(item.name)) "
                + "<tspan class=\"okra-count\" font-weight=\"bold\">\(HTML.escape(words.count(item.count)))</tspan></text>")
            x += itemWidth + 20
        }
        return lineBaseline + 14
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }

    fileprivate func lowercased(firstOnly: Bool) -> String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
