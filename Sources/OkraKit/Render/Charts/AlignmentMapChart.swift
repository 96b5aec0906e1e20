extension Charts {
    /// The whole alignment map of a period; `title` is the accessible name (e.g. "アラインメント · 2026年度 第3四半期").
    ///
    /// Look: rows of same-sized cards, the root unit's objectives on top and each level of the unit tree below.
    /// A card has a stripe in its band's colour on the left and a tinted background with a border of that
    /// colour, up to three lines of title (wrapped, the rest cut with "…"; the full title is in its tooltip),
    /// and a small line 「営業部 · 62% 緑」 / "Sales · 62% green" at the bottom. `aligns_to` edges are solid
    /// grey curves with an arrowhead at the parent; `contributes_to` edges are dashed blue curves with an arrowhead
    /// at the receiving objective; an edge between two cards of the same row is an arc below them.
    /// Each card is a link to its objective page when `href` is given.
    ///
    /// The `<svg>` has no width or height; the classes `okra-align-sized okra-align-rows-N` let
    /// ``alignmentStylesheet`` give it its natural size (one user unit per CSS pixel, the width following the
    /// viewBox's aspect ratio), so a wide map overflows its container (put it in a horizontally scrollable one)
    /// instead of shrinking its text. In print it fits the page width.
    ///
    /// `labels` keeps the cards' labels for later maps (a title is wrapped once per card, not once per map).
    public static func alignmentMap(nodes: [AlignmentNode], edges: [AlignmentEdge], title: String, language: Language,
                                    labels: AlignmentLabels? = nil) -> String {
        let words = Words(language)
        let layout = AlignmentLayout.layout(nodes: nodes, edges: edges)
        var byID: [String: AlignmentNode] = [:]
        for node in nodes where byID[node.id] == nil { byID[node.id] = node }

        var hashParts = [trimmed(clean(title)), language.rawValue]
        for node in nodes {
            hashParts += [node.id, clean(node.title), clean(node.unitName), "\(node.layer)", node.band.rawValue,
                          clean(node.scoreText), node.href ?? "-"]
        }
        for edge in edges { hashParts += [edge.from, edge.to, edge.kind == .alignsTo ? "a" : "c"] }
        let id = chartID("alignment", hashParts)

        var canvas = Canvas()
        var patterns: Set<Pattern> = []

        // Edges under the cards: contributions first, alignments on top of them.
        canvas.add("<g class=\"okra-align-edges\">")
        for kind in [AlignmentEdge.Kind.contributesTo, .alignsTo] {
            for route in layout.routes where route.kind == kind { drawRoute(route, into: &canvas) }
        }
        canvas.add("</g>")

        // Cards, row by row, left to right (the reading and tab order).
        for placed in layout.nodes {
            guard let node = byID[placed.id] else { continue }
            let label = labels?.label(of: node, words: words) ?? alignmentLabel(node, words: words)
            drawCard(node, label: label, placed, id: id, words: words, patterns: &patterns, into: &canvas)
        }
        if layout.nodes.isEmpty {
            canvas.text(layout.width / 2, AlignmentLayout.margin + AlignmentLayout.nodeHeight / 2 + 5,
                        HTML.escape(words.noObjectives), className: "okra-empty", anchor: .middle)
        }
        canvas.prepend(patternDefinitions(id, patterns))

        let name = trimmed(clean(title)).isEmpty ? words.alignmentMap : trimmed(clean(title))
        let desc = alignmentDescription(layout, byID, routes: layout.routes, name: name, words: words)
        var classes = "okra-chart okra-chart-alignment"
        if (1...alignmentSizedRows).contains(layout.rowCount) { classes += " okra-align-sized okra-align-rows-\(layout.rowCount)" }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(num(layout.width)) \(num(layout.height))\"\(roleAttribute(hasLinks: canvas.hasLinks))"
        out += " aria-labelledby=\"\(id)-title \(id)-desc\" class=\"\(classes)\" font-size=\"\(num(alignTitleSize))\">\n"
        out += "<title id=\"\(id)-title\">\(userText(name))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(HTML.escape(desc))</desc>\n"
        out += canvas.drawing
        out += "</svg>"
        return out
    }

    // MARK: Card text

    static let alignTitleSize = 13.0
    static let alignTitleLineHeight = 16.5
    static let alignMetaSize = 11.0
    static let alignTitleLines = 3
    /// Left of the text: the band stripe and padding.
    static let alignTextInset = 14.0
    /// The width available to every line of text on a card.
    static var alignTextWidth: Double { AlignmentLayout.nodeWidth - alignTextInset - 8 }

    /// What a card says: its title in at most three lines (the last cut with "…" when the title is longer), and the
    /// unit, score and band line in parts (the unit name shortened with "…" so that the whole line fits).
    struct AlignmentLabel {
        var lines: [String]
        var unit: String
        var score: String
        var band: String

        /// The bottom line as plain text.
        var meta: String {
            let tail = score.isEmpty ? band : score + " " + band
            return unit.isEmpty ? tail : unit + " · " + tail
        }
    }

    static func alignmentLabel(_ node: AlignmentNode, words: Words) -> AlignmentLabel {
        let width = alignTextWidth
        let lines = wrapTitle(trimmed(clean(node.title)), width: width, fontSize: alignTitleSize, maxLines: alignTitleLines)
        let band = words.band(node.band)
        let rawScore = trimmed(clean(node.scoreText))
        let score = truncated(rawScore, toFit: 64, alignMetaSize) ?? rawScore
        let tail = score.isEmpty ? band : score + " " + band
        let unitName = trimmed(clean(node.unitName))
        var unit = ""
        if !unitName.isEmpty {
            let room = width - textWidth(" · " + tail, alignMetaSize)
            unit = truncated(unitName, toFit: room, alignMetaSize) ?? unitName
        }
        return AlignmentLabel(lines: lines.isEmpty ? ["—"] : lines, unit: unit, score: score, band: band)
    }

    /// `text` in lines no wider than `width`: breaks at spaces, between CJK characters (not before closing
    /// punctuation or small kana, not after opening brackets) and after hyphens and slashes; a word longer than a
    /// line is broken anywhere. Beyond `maxLines` the last line is cut with "…". Otherwise the lines are balanced:
    /// as many lines as greedy filling needs, with breaks chosen to make them about equally long (so the last line
    /// is not a lone character), preferring spaces and punctuation to breaks inside a run of CJK characters.
    static func wrapTitle(_ text: String, width: Double, fontSize: Double, maxLines: Int) -> [String] {
        let characters = Array(text)
        let facts = characters.map { BreakFacts($0, fontSize: fontSize) }
        let greedy = breakLines(facts, width)
        if greedy.count > maxLines {
            var lines = greedy.prefix(max(maxLines - 1, 0)).map { trimmed(String(characters[$0])) }
            let rest = trimmed(String(characters[greedy[max(maxLines - 1, 0)].lowerBound...]))
            lines.append(truncated(rest, toFit: width, fontSize) ?? rest)
            return lines.filter { !$0.isEmpty }
        }
        let ranges = greedy.count > 1 ? balancedLines(facts, width, lines: greedy.count) ?? greedy : greedy
        return ranges.map { trimmed(String(characters[$0])) }.filter { !$0.isEmpty }
    }

    /// The breaks into exactly `lines` lines that minimise the sum of the squared free space of every line plus a
    /// penalty for each break that is not at a space or punctuation (a large one where no break is allowed).
    private static func balancedLines(_ facts: [BreakFacts], _ width: Double, lines: Int) -> [Range<Int>]? {
        let count = facts.count
        var prefix = [0.0]
        for fact in facts { prefix.append(prefix[prefix.count - 1] + fact.width) }
        let spaceLike = facts.map(\.isSpaceLike)
        func skip(_ index: Int) -> Int {
            var i = index
            while i < count, spaceLike[i] { i += 1 }
            return i
        }
        func lineWidth(_ start: Int, _ end: Int) -> Double {
            var e = end
            while e > start, spaceLike[e - 1] { e -= 1 }
            return prefix[e] - prefix[start]
        }
        let weak = width * width / 2, forbidden = width * width * 4
        func penalty(_ index: Int) -> Double {
            guard canBreak(facts, before: index) else { return forbidden }
            let previous = facts[index - 1], next = facts[index]
            if previous.isSpaceLike || next.isSpaceLike || previous.isStrongBreakAfter || next.isNoLineEnd { return 0 }
            // Japanese has no spaces: the end of a run of hiragana is most often the end of a phrase (after を, の, で…);
            // inside a katakana word or between a kanji and the kana that follow it is a poor place.
            switch (previous.script, next.script) {
            case (.hiragana, let script) where script != .hiragana: return weak * 0.2
            case (.katakana, .katakana): return weak * 3
            case (.kanji, .hiragana): return weak * 2
            default: return weak
            }
        }
        let penalties = (0..<count).map { $0 == 0 ? forbidden : penalty($0) }
        // best[k][i]: the least cost of characters[i...] in k lines, and where its first line ends.
        var best = [[(cost: Double, end: Int)]](repeating: [(cost: Double, end: Int)](repeating: (.infinity, -1), count: count + 1),
                                                  count: lines + 1)
        for start in 0..<count {
            let w = lineWidth(start, count)
            if w <= width { best[1][start] = ((width - w) * (width - w), count) }
        }
        if lines >= 2 {
            for k in 2...lines {
                for start in 0..<count {
                    var end = start + 1
                    while end < count {
                        let w = lineWidth(start, end)
                        if w > width { break }
                        let next = skip(end)
                        if next < count, best[k - 1][next].cost < .infinity {
                            let cost = (width - w) * (width - w) + penalties[end] + best[k - 1][next].cost
                            if cost < best[k][start].cost { best[k][start] = (cost, end) }
                        }
                        end += 1
                    }
                }
            }
        }
        var start = skip(0)
        guard start < count, best[lines][start].cost < .infinity else { return nil }
        var ranges: [Range<Int>] = []
        for k in stride(from: lines, through: 1, by: -1) {
            let end = best[k][start].end
            ranges.append(start..<end)
            start = skip(end)
        }
        return ranges
    }

    /// Greedy line breaking: each line takes as much as fits, back to the last break opportunity.
    private static func breakLines(_ facts: [BreakFacts], _ width: Double) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        func skipSpaces() { while start < facts.count, facts[start].isSpaceLike { start += 1 } }
        skipSpaces()
        while start < facts.count {
            var used = 0.0, end = start
            while end < facts.count {
                if used + facts[end].width > width, end > start { break }
                used += facts[end].width
                end += 1
            }
            if end == facts.count {
                ranges.append(start..<end)
                break
            }
            var cut = end
            while cut > start, !canBreak(facts, before: cut) { cut -= 1 }
            if cut == start { cut = end }
            ranges.append(start..<cut)
            start = cut
            skipSpaces()
        }
        return ranges
    }

    private static func canBreak(_ facts: [BreakFacts], before index: Int) -> Bool {
        guard index > 0, index < facts.count else { return false }
        let previous = facts[index - 1], next = facts[index]
        if next.isSpaceLike || previous.isSpaceLike { return true }
        if next.isNoLineStart || previous.isNoLineEnd { return false }
        if previous.isWide || next.isWide { return true }
        return previous.isBreakAfterDash
    }

    // MARK: Drawing

    private static func drawCard(_ node: AlignmentNode, label: AlignmentLabel, _ placed: AlignmentLayout.Placed, id: String, words: Words,
                                 patterns: inout Set<Pattern>, into canvas: inout Canvas) {
        let (x, y, w, h) = (placed.x, placed.y, placed.width, placed.height)
        let fullTitle = trimmed(clean(node.title))
        let details = [trimmed(clean(node.unitName)), trimmed(clean(node.scoreText)), label.band].filter { !$0.isEmpty }
        let tooltip = isolated(fullTitle.isEmpty ? "—" : fullTitle) + words.parenthesised(details.map(isolated).joined(separator: words.comma))

        let link = node.href.flatMap { isSafeLink($0) ? HTML.escape(clean($0)) : nil }
        if let link { canvas.add("<a href=\"\(link)\" class=\"okra-align-link\">") }
        canvas.add("<g class=\"okra-align-node okra-align-\(node.band.rawValue)\">")
        canvas.add("<title>\(HTML.escape(tooltip))</title>")
        canvas.rect(x, y, w, h, "okra-align-box", rx: 5)
        canvas.rect(x + 2, y + 2, 6, h - 4, "okra-align-stripe okra-band-\(node.band.rawValue)", rx: 2)
        if let pattern = Pattern.of(band: node.band) {
            patterns.insert(pattern)
            canvas.patternOverlay(pattern, id: id, x + 2, y + 2, 6, h - 4, rx: 2)
        }
        for (index, line) in label.lines.enumerated() {
            canvas.text(x + alignTextInset, y + 19 + Double(index) * alignTitleLineHeight, userText(line), className: "okra-align-title")
        }
        var meta = ""
        if !label.unit.isEmpty { meta += "<tspan class=\"okra-align-unit\">\(userText(label.unit))</tspan> · " }
        if !label.score.isEmpty { meta += "<tspan class=\"okra-value\" font-weight=\"bold\">\(userText(label.score))</tspan> " }
        meta += "<tspan class=\"okra-band-name\">\(HTML.escape(label.band))</tspan>"
        canvas.add("<text class=\"okra-align-meta\" x=\"\(num(x + alignTextInset))\" y=\"\(num(y + h - 9))\" font-size=\"\(num(alignMetaSize))\">\(meta)</text>")
        canvas.add("</g>")
        if link != nil { canvas.add("</a>") }
    }

    private static func drawRoute(_ route: AlignmentLayout.Route, into canvas: inout Canvas) {
        let kind = route.kind == .alignsTo ? "aligns" : "contributes"
        let arrow = AlignmentLayout.arrowLength
        func point(_ p: (x: Double, y: Double)) -> String { "\(num(p.x)),\(num(p.y))" }
        var d: String
        let tip: (x: Double, y: Double)
        let upward: Bool
        if route.sameRow {
            let bottom = route.start.y + route.depth
            d = "M\(point(route.start)) C\(point((route.start.x, bottom))) \(point((route.end.x, bottom))) \(point((route.end.x, route.end.y + arrow)))"
            tip = route.end
            upward = true
        } else {
            var sequence = [route.start] + route.points + [route.end]
            if route.pointsUp {
                sequence[0].y += arrow
                tip = route.start
            } else {
                sequence[sequence.count - 1].y -= arrow
                tip = route.end
            }
            upward = route.pointsUp
            d = "M\(point(sequence[0]))"
            // Curves between rows, straight lines through the rows that dummy vertices hold.
            for index in 1..<sequence.count {
                let a = sequence[index - 1], b = sequence[index]
                if index % 2 == 1 {
                    let middle = (a.y + b.y) / 2
                    d += " C\(point((a.x, middle))) \(point((b.x, middle))) \(point(b))"
                } else {
                    d += " L\(point(b))"
                }
            }
        }
        canvas.add("<path class=\"okra-align-edge okra-align-\(kind)\" d=\"\(d)\"/>")
        let base = upward ? tip.y + arrow : tip.y - arrow
        canvas.add("<polygon class=\"okra-align-arrow okra-align-arrow-\(kind)\" points=\"\(point(tip)) \(point((tip.x - 4.5, base))) \(point((tip.x + 4.5, base)))\"/>")
    }

    // MARK: Description

    private static func alignmentDescription(_ layout: AlignmentLayout, _ byID: [String: AlignmentNode],
                                             routes: [AlignmentLayout.Route], name: String, words: Words) -> String {
        guard !layout.nodes.isEmpty else { return isolated(name) + ": " + words.noObjectives }
        var layers: [Int: [AlignmentLayout.Placed]] = [:]
        for placed in layout.nodes { layers[placed.layer, default: []].append(placed) }
        var parts: [String] = [words.alignObjectives(layout.nodes.count)]
        for (index, layer) in layers.keys.sorted().enumerated() {
            let items = layers[layer]!.compactMap { placed -> String? in
                guard let node = byID[placed.id] else { return nil }
                let title = trimmed(clean(node.title))
                let details = [trimmed(clean(node.unitName)), trimmed(clean(node.scoreText)), words.band(node.band)].filter { !$0.isEmpty }
                return isolated(title.isEmpty ? "—" : title) + words.parenthesised(details.map(isolated).joined(separator: words.comma))
            }
            parts.append(words.alignLevel(index + 1, items.count) + ": " + items.joined(separator: words.comma))
        }
        let aligns = routes.filter { $0.kind == .alignsTo }.count
        let contributes = routes.count - aligns
        parts.append(words.alignsToLinks(aligns) + words.comma + words.contributesToLinks(contributes))
        return isolated(name) + ": " + words.sentences(parts)
    }
}

extension Charts.Words {
    var alignmentMap: String { language == .ja ? "アラインメントマップ" : "Alignment map" }

    /// 「目標 12件」 / "12 objectives".
    func alignObjectives(_ count: Int) -> String { language == .ja ? "目標 \(count)件" : objectives(count) }

    /// 「第2階層 25件」 / "level 2, 25 objectives".
    func alignLevel(_ level: Int, _ count: Int) -> String {
        language == .ja ? "第\(level)階層 \(count)件" : "level \(level), \(objectives(count))"
    }

    func alignsToLinks(_ count: Int) -> String {
        language == .ja ? "上位の目標へのつながり（実線）\(count)本" : (count == 1 ? "1 aligns-to link (solid)" : "\(count) aligns-to links (solid)")
    }

    func contributesToLinks(_ count: Int) -> String {
        language == .ja ? "他の目標への貢献（破線）\(count)本"
            : (count == 1 ? "1 contributes-to link (dashed)" : "\(count) contributes-to links (dashed)")
    }
}

// MARK: - Stylesheet

extension Charts {
    /// Maps with up to this many rows get a `okra-align-rows-N` class and a natural size.
    static let alignmentSizedRows = 24

    /// The CSS of the alignment map, to append to ``stylesheet``: cards tinted and bordered by band, grey solid
    /// `aligns_to` edges, blue dashed `contributes_to` edges; dark colours for `prefers-color-scheme: dark`;
    /// black on white in print (the band stripe keeps the print patterns of the other charts).
    /// The map is shown at its natural size (its CSS height is fixed by its number of rows, its width follows
    /// from the viewBox), so put it in a container with `overflow-x: auto`; in print it fits the page width.
    public static let alignmentStylesheet: String = {
        var rows = ""
        for count in 1...alignmentSizedRows {
            rows += ".okra-chart.okra-chart-alignment.okra-align-rows-\(count) { height: \(num(AlignmentLayout.height(rows: count)))px; }\n"
        }
        return """
        /* Okra alignment map */
        .okra-chart.okra-chart-alignment { width: 100%; max-width: none; height: auto; }
        .okra-chart.okra-chart-alignment.okra-align-sized { width: auto; min-width: 0; }
        \(rows).okra-chart .okra-align-box { fill: #fff; stroke: currentColor; stroke-opacity: 0.35; stroke-width: 1.25; }
        .okra-chart .okra-align-red .okra-align-box { fill: #fdecea; stroke: #c62828; stroke-opacity: 1; }
        .okra-chart .okra-align-yellow .okra-align-box { fill: #fff6d9; stroke: #c99000; stroke-opacity: 1; }
        .okra-chart .okra-align-green .okra-align-box { fill: #e8f4e9; stroke: #2e7d32; stroke-opacity: 1; }
        .okra-chart .okra-align-meta { fill-opacity: 0.85; }
        .okra-chart .okra-align-edge { fill: none; stroke: currentColor; stroke-opacity: 0.5; stroke-width: 1.5; }
        .okra-chart .okra-align-edge.okra-align-contributes { stroke: #1565c0; stroke-opacity: 0.85; stroke-dasharray: 6 4; }
        .okra-chart .okra-align-arrow { fill: currentColor; fill-opacity: 0.6; }
        .okra-chart .okra-align-arrow.okra-align-arrow-contributes { fill: #1565c0; fill-opacity: 0.9; }
        .okra-chart a.okra-align-link:hover .okra-align-box { stroke-width: 2.5; }
        .okra-chart a.okra-align-link:hover .okra-align-title { text-decoration: underline; }
        .okra-chart a.okra-align-link:focus .okra-align-box { stroke-width: 3; stroke-opacity: 1; }
        @media (prefers-color-scheme: dark) {
          .okra-chart .okra-align-box { fill: #1d2025; }
          .okra-chart .okra-align-red .okra-align-box { fill: #3a2222; stroke: #ef5350; }
          .okra-chart .okra-align-yellow .okra-align-box { fill: #383118; stroke: #fbc02d; }
          .okra-chart .okra-align-green .okra-align-box { fill: #1c3321; stroke: #66bb6a; }
          .okra-chart .okra-align-edge { stroke-opacity: 0.55; }
          .okra-chart .okra-align-edge.okra-align-contributes { stroke: #64b5f6; }
          .okra-chart .okra-align-arrow.okra-align-arrow-contributes { fill: #64b5f6; }
        }
        @media print {
          .okra-chart.okra-chart-alignment.okra-align-sized { width: 100%; height: auto; }
          .okra-chart .okra-align-box, .okra-chart .okra-align-red .okra-align-box, .okra-chart .okra-align-yellow .okra-align-box,
          .okra-chart .okra-align-green .okra-align-box { fill: #fff; stroke: #000; stroke-opacity: 1; stroke-width: 1; }
          .okra-chart .okra-align-meta { fill-opacity: 1; }
          .okra-chart .okra-align-edge { stroke: #000; stroke-opacity: 1; stroke-width: 1; }
          .okra-chart .okra-align-edge.okra-align-contributes { stroke: #000; stroke-dasharray: 4 3; }
          .okra-chart .okra-align-arrow { fill: #000; fill-opacity: 1; }
          .okra-chart .okra-align-arrow.okra-align-arrow-contributes { fill: #fff; fill-opacity: 1; stroke: #000; stroke-width: 1; }
        }
        """
    }()
}

extension Character {
    fileprivate enum Script { case hiragana, katakana, kanji, other }

    fileprivate var script: Script {
        guard let value = unicodeScalars.first?.value else { return .other }
        switch value {
        case 0x3041...0x309F: return .hiragana
        case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .katakana
        case 0x3005, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFD: return .kanji
        default: return .other
        }
    }

    /// CJK and other full-width characters, between which a line may break.
    fileprivate var isWide: Bool {
        guard let value = unicodeScalars.first?.value else { return false }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF,
             0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

/// What line breaking needs to know of one character of a title, found once per character: the loops of
/// ``Charts/wrapTitle(_:width:fontSize:maxLines:)`` look at each character many times, and looking a
/// `Character` up in a set hashes its canonical form every time.
private struct BreakFacts {
    let width: Double
    let script: Character.Script
    let isSpaceLike: Bool
    let isWide: Bool
    /// Closing punctuation, small kana and the like, which no line may start with.
    let isNoLineStart: Bool
    /// Opening brackets, which no line may end with.
    let isNoLineEnd: Bool
    /// Punctuation after which a break is natural.
    let isStrongBreakAfter: Bool
    /// A hyphen, slash or dash, after which a line may break.
    let isBreakAfterDash: Bool

    init(_ character: Character, fontSize: Double) {
        width = Charts.textWidth(of: character, fontSize)
        script = character.script
        isWide = character.isWide
        // A single scalar is compared by value; a character of several scalars equals none of these one-scalar
        // characters, and is looked up in the sets of characters, which compare canonical forms.
        let scalars = character.unicodeScalars
        if scalars.count == 1, let value = scalars.first?.value {
            isSpaceLike = value == 0x20 || value == 0x3000
            isNoLineStart = Self.noLineStartScalars.contains(value)
            isNoLineEnd = Self.noLineEndScalars.contains(value)
            isStrongBreakAfter = Self.strongAfterScalars.contains(value)
            isBreakAfterDash = value == 0x2D || value == 0x2F || value == 0x2013 || value == 0x2014
        } else {
            isSpaceLike = false
            isNoLineStart = Self.noLineStart.contains(character)
            isNoLineEnd = Self.noLineEnd.contains(character)
            isStrongBreakAfter = Self.strongAfter.contains(character)
            isBreakAfterDash = false
        }
    }

    private static let strongAfter: Set<Character> = Set("、。，．,.：:；;！!？?）)」』】〕〉》・")
    private static let noLineStart: Set<Character> = Set("、。，．,.・：；:;？！?!ー～〜）)］]｝}」』】〕〉》〙〗’”ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ%％")
    private static let noLineEnd: Set<Character> = Set("（(［[｛{「『【〔〈《〘〖‘“")
    private static let strongAfterScalars = scalarValues(strongAfter)
    private static let noLineStartScalars = scalarValues(noLineStart)
    private static let noLineEndScalars = scalarValues(noLineEnd)

    private static func scalarValues(_ set: Set<Character>) -> Set<UInt32> {
        Set(set.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first?.value : nil })
    }
}
