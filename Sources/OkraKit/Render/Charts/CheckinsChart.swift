extension Charts {
    /// The check-in chart of one key result across its whole period.
    ///
    /// Metric look: the x axis spans the whole period (start and end dates at the ends, the first of each
    /// month between them as faint grid lines with short-date labels when they fit); the y axis spans start,
    /// target and every value, widened to round ticks (a decreasing metric simply slopes down). A dashed grey
    /// ideal pace line runs from (start day, start) to (end day, target); a dotted horizontal target line is
    /// labelled 「目標 30社」 at its left end; the values are a blue polyline (from the start value on the first
    /// day) with a dot per check-in, each dot carrying a `<title>` tooltip, and the latest value written next to
    /// the last dot. Confidences sit in a row of numbers under the dates (「自信度」), aligned with their dots,
    /// low ones (below 0.5) in bold. A vertical 「今日」 line marks today when the period is current, and a
    /// legend names the ideal pace and the actual line. Without check-ins the chart says 「チェックインなし」.
    ///
    /// Milestone look: a timeline bar across the period, green from the day it was done; a diamond per
    /// check-in (filled when done, hollow when not), 「達成 11/20」 or 「未達成」 above it, the same dates,
    /// confidence row and today marker.
    public static func checkins(_ chart: CheckinChart, language: Language) -> String {
        checkinsMarkup(chart, language: language).text
    }

    /// ``checkins(_:language:)`` as the bytes it was drawn into, for a page template.
    static func checkinsMarkup(_ chart: CheckinChart, language: Language) -> ByteBlock {
        chart.isMilestone ? milestoneChart(chart, language) : metricChart(chart, language)
    }

    // MARK: - Shared pieces

    /// The valid points of a chart: finite values, finite confidences (else none).
    private static func validPoints(_ chart: CheckinChart) -> [CheckinPoint] {
        chart.points.filter { $0.value.isFinite }.map {
            CheckinPoint(date: $0.date, value: finite($0.value, 0),
                         confidence: $0.confidence.flatMap { $0.isFinite ? min(max($0, -1e6), 1e6) : nil })
        }
    }

    /// The chart's id: a hash of everything it shows (`title` is the title cleaned and trimmed), fed part by part.
    private static func checkinChartID(_ kind: String, _ chart: CheckinChart, title: String, _ language: Language) -> String {
        var hash = ChartHash(kind: kind)
        hash.add(title)
        hash.add(chart.periodStart)
        hash.add(chart.periodEnd)
        hash.add(chart.start)
        hash.add(chart.target)
        hash.add(chart.unitLabel ?? "-")
        hash.add(chart.isMilestone ? "m" : "k")
        if let today = chart.today { hash.add(today) } else { hash.add("-") }
        hash.add(language.rawValue)
        for point in chart.points {
            hash.add(point.date.ordinal)
            hash.add(point.value)
            hash.add(point.confidence)
        }
        return hash.id
    }

    /// The words and number formats of one check-in chart, with its unit ready to write after a number.
    /// Everything it appends to a buffer is escaped.
    private struct CheckinText {
        let words: Words
        let formatter: Formatter
        /// What follows a number: ``Formatter/unitSuffix(_:)`` of the unit cleaned, trimmed and isolated.
        let unitSuffix: String
        /// `unitSuffix` escaped.
        let escapedUnitSuffix: String

        init(_ chart: CheckinChart, _ language: Language) {
            words = Words(language)
            formatter = Formatter(language: language)
            unitSuffix = formatter.unitSuffix(chart.unitLabel.map { Charts.isolated(Charts.trimmed(Charts.clean($0))) })
            escapedUnitSuffix = HTML.escape(unitSuffix)
        }

        /// A value and its unit: 「30社」, "30 customers".
        func quantity(_ value: Double, into text: inout TextBuffer) {
            formatter.number(value, into: &text)
            text.append(escapedUnitSuffix)
        }

        /// A quantity for a label inside the chart, not escaped: large values shortened when that loses nothing
        /// (「8,390万円」, "83.9M yen"); the description keeps every digit.
        func shortQuantity(_ value: Double) -> String {
            (compactNumber(value, formatter, exactOnly: true) ?? formatter.number(value)) + unitSuffix
        }

        /// 「（自信度 80%）」 / " (confidence 80%)" after a check-in; nothing without a confidence.
        func confidence(_ confidence: Double?, into text: inout TextBuffer) {
            guard let confidence else { return }
            text.appendEscaped(words.openParenthesis)
            text.appendEscaped(words.confidence)
            text += " "
            formatter.percent(confidence, into: &text)
            text.appendEscaped(words.closeParenthesis)
        }

        /// 「2026年3月30日」 in parentheses.
        func parenthesisedDate(_ day: Day, into text: inout TextBuffer) {
            text.appendEscaped(words.openParenthesis)
            formatter.date(day, into: &text)
            text.appendEscaped(words.closeParenthesis)
        }

        /// 「期間 2026年1月1日〜2026年3月31日」 / "period 1 Jan 2026 – 31 Mar 2026" ("Period …" when it `startsSentence`).
        func period(_ start: Day, _ end: Day, startsSentence: Bool, into text: inout TextBuffer) {
            text.appendEscaped(startsSentence ? words.sentence(words.periodName) : words.periodName)
            formatter.date(start, into: &text)
            text.appendEscaped(words.rangeDash)
            formatter.date(end, into: &text)
        }

        /// A word, a space and a percentage: 「進捗 61%」.
        func percent(_ name: String, _ fraction: Double, into text: inout TextBuffer) {
            text.appendEscaped(name)
            text += " "
            formatter.percent(fraction, into: &text)
        }

        /// Between the items of a sentence: 「、」 / ", ".
        func comma(into text: inout TextBuffer) { text.appendEscaped(words.comma) }

        /// Before a sentence that follows another: nothing / " ".
        func startSentence(into text: inout TextBuffer) {
            if words.language == .en { text += " " }
        }

        /// 「。」 / ".".
        func endSentence(into text: inout TextBuffer) { text += words.language == .ja ? "。" : "." }

        /// 「チェックイン 13件: 」 / "13 check-ins: " at the start of a sentence.
        func checkinsHeading(_ count: Int, into text: inout TextBuffer) {
            text.appendEscaped(words.sentence(words.checkins(count)))
            text += ": "
        }
    }

    /// Room for a chart's drawing without growing: axes, labels and legend take about 2 KB, each check-in
    /// (its dot and tooltip, its point of the line, its confidence) up to about 260 bytes.
    private static func checkinCanvasCapacity(_ pointCount: Int) -> Int { 2048 + 260 * pointCount }

    /// The expected progress on `today` when the axis's period is current; nil otherwise.
    private static func expectedProgress(_ axis: TimeAxis, today: Day?) -> Double? {
        guard let today, axis.contains(today) else { return nil }
        return Period(id: "", kind: .custom, fiscalYear: nil, number: nil, start: axis.start, end: axis.end)
            .elapsedFraction(on: today)
    }

    /// The time axis of a period, from `x0` (first day) to `x1` (last day).
    struct TimeAxis {
        let start: Day
        let end: Day
        let x0: Double
        let x1: Double
        /// Where the x axis has ticks: the first of each month inside the period, or every seventh day
        /// from the start when the period is shorter than two months.
        let months: [Day]

        init(start: Day, end: Day, x0: Double, x1: Double) {
            self.start = start
            self.end = end
            self.x0 = x0
            self.x1 = x1
            let days = Swift.max(1, start.days(until: end))
            if days >= 60 {
                months = Charts.monthStarts(from: start, through: end).filter { $0 < end }
            } else {
                months = stride(from: 7, to: days, by: 7).map { start.adding(days: $0) }.filter { $0.days(until: end) >= 3 }
            }
        }

        var days: Int { Swift.max(1, start.days(until: end)) }

        func x(_ day: Day) -> Double {
            Charts.clamp(x0 + Double(start.days(until: day)) / Double(days) * (x1 - x0), x0, x1)
        }

        func contains(_ day: Day) -> Bool { start <= day && day <= end }

        /// A date label under the axis and the span it keeps clear (its text plus 6 on each side).
        struct Label {
            let x: Double
            let text: String
            let anchor: Canvas.Anchor
            let span: (Double, Double)
        }

        private func label(_ x: Double, _ day: Day, _ anchor: Canvas.Anchor, _ formatter: Formatter, fontSize: Double) -> Label {
            let text = formatter.shortDate(day)
            let width = Charts.textWidth(text, fontSize)
            let left = anchor == .start ? x : anchor == .end ? x - width : x - width / 2
            return Label(x: x, text: text, anchor: anchor, span: (left - 6, left + width + 6))
        }

        private static func overlap(_ a: (Double, Double), _ b: (Double, Double)) -> Bool { a.0 < b.1 && b.0 < a.1 }

        /// Every how many ticks a label may go, from the densest.
        private static let labelSteps = [1, 2, 3, 4, 6, 12, 24]

        /// Date labels: the first and last day at the ends, and the ticks between them, every one when they fit,
        /// else every second, third, … so that the labelled ticks stay evenly spaced. Labels that would cover a
        /// `reserved` span (the today label) are left out.
        func labels(_ formatter: Formatter, fontSize: Double, reserved: [(Double, Double)] = []) -> [Label] {
            func free(_ label: Label) -> Bool { !reserved.contains { Self.overlap($0, label.span) } }

            var fixed: [Label] = []
            let first = label(x0, start, .start, formatter, fontSize: fontSize)
            if free(first) { fixed.append(first) }
            let last = label(x1, end, .end, formatter, fontSize: fontSize)
            if end > start, free(last), !fixed.contains(where: { Self.overlap($0.span, last.span) }) { fixed.append(last) }

            let ticks = months.map { label(x($0), $0, .middle, formatter, fontSize: fontSize) }
            for step in Self.labelSteps where step == 1 || step <= ticks.count {
                var chosen: [Label] = []
                var fits = true
                for (offset, tick) in ticks.enumerated() where (offset + 1) % step == 0 && free(tick) {
                    let covers = { (other: Label) in Self.overlap(other.span, tick.span) }
                    if fixed.contains(where: covers) || chosen.contains(where: covers) {
                        fits = false
                        break
                    }
                    chosen.append(tick)
                }
                if fits { return (fixed + chosen).sorted { $0.x < $1.x } }
            }
            return fixed
        }
    }

    /// The "today" marker: a vertical line from `top` to `bottom` and a label with its baseline at `labelBaseline`;
    /// returns the span the label takes (nil without a marker).
    @discardableResult
    private static func drawToday(_ axis: TimeAxis, _ today: Day?, top: Double, bottom: Double, labelBaseline: Double,
                                  width: Double, words: Words, into canvas: inout Canvas) -> (Double, Double)? {
        guard let today, axis.contains(today) else { return nil }
        let x = axis.x(today)
        canvas.line(x, top, x, bottom, "okra-today")
        let labelWidth = textWidth(words.today, 14)
        let labelX = clamp(x, labelWidth / 2 + 2, width - labelWidth / 2 - 2)
        canvas.text(labelX, labelBaseline, className: "okra-today-label", anchor: .middle, size: 14) { $0.appendEscaped(words.today) }
        return (labelX - labelWidth / 2, labelX + labelWidth / 2)
    }

    /// The row of confidences under the date labels, with its name in the left margin.
    private static func drawConfidences(_ points: [CheckinPoint], axis: TimeAxis, baseline: Double, words: Words,
                                        into canvas: inout Canvas) {
        let size = 13.0
        canvas.text(axis.x0 - 10, baseline, className: "okra-confidence-name", anchor: .end, size: 13) {
            $0.appendEscaped(words.confidenceRow)
        }
        // From the latest check-in back, each confidence that keeps clear of those already placed.
        var spans: [(Double, Double)] = []
        var placed: [(x: Double, percent: Int, isLow: Bool)] = []
        for point in points.reversed() {
            guard let confidence = point.confidence else { continue }
            let percent = Int((confidence * 100).rounded())
            let width = textWidth(String(percent), size)
            let x = clamp(axis.x(point.date), axis.x0 - 6 + width / 2, axis.x1 - width / 2 + 8)
            let span = (x - width / 2 - 2, x + width / 2 + 2)
            guard !spans.contains(where: { $0.0 < span.1 && span.0 < $0.1 }) else { continue }
            spans.append(span)
            placed.append((x, percent, confidence < HealthRule.doubtfulConfidence))
        }
        for label in placed.reversed() {
            canvas.text(label.x, baseline, className: label.isLow ? "okra-confidence okra-confidence-low" : "okra-confidence",
                        anchor: .middle, size: size, bold: label.isLow) { $0.appendDecimal(label.percent) }
        }
    }

    /// Date labels and month ticks under a time axis.
    private static func drawDates(_ axis: TimeAxis, tickTop: Double, baseline: Double, formatter: Formatter,
                                  reserved: [(Double, Double)] = [], into canvas: inout Canvas) {
        for month in axis.months {
            let x = axis.x(month)
            canvas.line(x, tickTop, x, tickTop + 5, "okra-axis")
        }
        for label in axis.labels(formatter, fontSize: 14, reserved: reserved) {
            canvas.text(label.x, baseline, className: "okra-tick-label", anchor: label.anchor, size: 14) { $0.appendEscaped(label.text) }
        }
    }

    /// A legend row: each item a small sample drawn by `sample` at (x, middle) and a text.
    private static func drawLegend(_ items: [(sample: (inout Canvas, Double, Double) -> Void, text: String)], x0: Double,
                                   baseline: Double, into canvas: inout Canvas) {
        var x = x0
        for item in items {
            item.sample(&canvas, x, baseline - 5)
            canvas.text(x + 30, baseline, className: "okra-legend", size: 14) { $0.appendEscaped(item.text) }
            x += 30 + textWidth(item.text, 14) + 22
        }
    }

    // MARK: - Metric

    private static func metricChart(_ chart: CheckinChart, _ language: Language) -> ByteBlock {
        let text = CheckinText(chart, language)
        let words = text.words, formatter = text.formatter
        let title = trimmed(clean(chart.title))
        let id = checkinChartID("checkins", chart, title: title, language)
        let points = validPoints(chart)
        let startValue = finite(chart.start, 0)
        let targetValue = finite(chart.target, startValue == 1 ? 2 : 1)
        let hasConfidence = points.contains { $0.confidence != nil }

        // Vertical layout.
        let width = 420.0, fontSize = 15.0
        let top = 28.0, plotHeight = 180.0
        let y0 = top, y1 = top + plotHeight
        let datesBaseline = y1 + 21
        let confidenceBaseline = datesBaseline + 22
        let legendBaseline = (hasConfidence ? confidenceBaseline : datesBaseline) + 26
        let height = legendBaseline + 10

        // Value scale and the left margin its labels need.
        let values = [startValue, targetValue] + points.map(\.value)
        let ticks = Ticks(low: values.min()!, high: values.max()!)
        let compactTicks = ticks.values.contains { abs($0) >= 1_000_000 }
        let tickLabels = ticks.values.map { compactTicks ? compactNumber($0, formatter, exactOnly: false)! : ticks.label($0, formatter) }
        var left = (tickLabels.map { textWidth($0, 14) }.max() ?? 0) + 12
        if hasConfidence { left = max(left, textWidth(words.confidenceRow, 13) + 16) }
        left = min(max(left, 36), 150)
        let x0 = left, x1 = width - 18
        let axis = TimeAxis(start: chart.periodStart, end: max(chart.periodEnd, chart.periodStart), x0: x0, x1: x1)
        let y = Scale(domain: (ticks.low, ticks.high), range: (y1, y0))

        var canvas = Canvas(capacity: checkinCanvasCapacity(points.count))
        // Grid and axes.
        for (value, label) in zip(ticks.values, tickLabels) {
            let tickY = y(value)
            canvas.line(x0, tickY, x1, tickY, "okra-grid")
            canvas.text(x0 - 6, tickY + 5, className: "okra-tick-label", anchor: .end, size: 14) { $0.appendEscaped(label) }
        }
        for month in axis.months { canvas.line(axis.x(month), y0, axis.x(month), y1, "okra-grid") }
        canvas.line(x0, y0, x0, y1, "okra-axis")
        canvas.line(x0, y1, x1, y1, "okra-axis")
        drawDates(axis, tickTop: y1, baseline: datesBaseline, formatter: formatter, into: &canvas)

        // Target line and its label.
        let targetY = y(targetValue)
        canvas.line(x0, targetY, x1, targetY, "okra-target")
        let targetText = words.target + " " + text.shortQuantity(targetValue)
        let targetBaseline = targetY - 20 >= y0 ? targetY - 6 : targetY + 17
        // Labels inside the plot keep clear of the today line.
        let todayX = chart.today.flatMap { axis.contains($0) ? axis.x($0) : nil }
        func clearOfToday(_ left: Double, _ right: Double) -> Bool { todayX.map { $0 < left - 4 || $0 > right + 4 } ?? true }
        let targetWidth = textWidth(targetText, 14)
        let targetLeft = [x0 + 6, (todayX ?? x0) + 6, x1 - 6 - targetWidth]
            .first { $0 >= x0 && $0 + targetWidth <= x1 && clearOfToday($0, $0 + targetWidth) } ?? x0 + 6
        canvas.text(targetLeft, targetBaseline, className: "okra-target-label", size: 14) { $0.appendEscaped(targetText) }

        // Ideal pace.
        canvas.line(x0, y(startValue), x1, targetY, "okra-ideal")

        drawToday(axis, chart.today, top: y0 - 2, bottom: y1, labelBaseline: y0 - 7, width: width, words: words, into: &canvas)

        // Values.
        if let first = points.first, let last = points.last {
            var line: [(Double, Double)] = []
            line.reserveCapacity(points.count + 1)
            if first.date > chart.periodStart { line.append((x0, y(startValue))) }
            for point in points { line.append((axis.x(point.date), y(point.value))) }
            if line.count > 1 { canvas.polyline(line, "okra-line") }
            for point in points {
                canvas.circle(axis.x(point.date), y(point.value), 4.5, "okra-point") { tip in
                    formatter.shortDate(point.date, into: &tip)
                    tip += ": "
                    text.quantity(point.value, into: &tip)
                    text.confidence(point.confidence, into: &tip)
                }
            }
            let lastX = axis.x(last.date), lastY = y(last.value)
            let latest = text.shortQuantity(last.value)
            let latestWidth = textWidth(latest, fontSize)
            // Right of the last dot when it fits; otherwise against the right edge, above the dot when the line
            // comes up to it and below when it comes down, so that the label stays off the line.
            if lastX + 8 + latestWidth <= x1 {
                let baseline = lastY - 18 >= y0 ? lastY - 9 : lastY + 21
                canvas.text(lastX + 8, baseline, className: "okra-latest-label", bold: true) { $0.appendEscaped(latest) }
            } else {
                let previousY = points.count > 1 ? y(points[points.count - 2].value) : y(startValue)
                let fromBelow = previousY >= lastY
                var baseline = fromBelow ? lastY - 13 : lastY + 24
                if baseline - 12 < y0 { baseline = lastY + 24 }
                if baseline > y1 - 4 { baseline = lastY - 13 }
                canvas.text(x1, baseline, className: "okra-latest-label", anchor: .end, bold: true) { $0.appendEscaped(latest) }
            }
        } else {
            let emptyWidth = textWidth(words.noCheckins, fontSize)
            var centre = (x0 + x1) / 2
            if let todayX, !clearOfToday(centre - emptyWidth / 2, centre + emptyWidth / 2) {
                centre = todayX - x0 > x1 - todayX ? (x0 + todayX) / 2 : (todayX + x1) / 2
            }
            canvas.text(centre, y0 + plotHeight * 0.78, className: "okra-empty", anchor: .middle) { $0.appendEscaped(words.noCheckins) }
        }

        if hasConfidence {
            drawConfidences(points, axis: axis, baseline: confidenceBaseline, words: words, into: &canvas)
        }
        drawLegend([
            ({ canvas, x, middle in canvas.line(x, middle, x + 24, middle, "okra-ideal") }, words.idealPace),
            ({ canvas, x, middle in
                canvas.line(x, middle, x + 24, middle, "okra-line")
                canvas.circle(x + 12, middle, 4.5, "okra-point")
            }, words.actual),
        ], x0: x0, baseline: legendBaseline, into: &canvas)

        let titleText = userText(title.isEmpty ? words.sentence(words.progress) : title)
        let desc = metricDescription(title: titleText, chart: chart, points: points, start: startValue, target: targetValue,
                                     axis: axis, text: text)
        return canvas.svg(id: id, kind: "checkins", width: width, height: height, fontSize: fontSize, title: titleText, desc: desc)
    }

    /// 「{title}: 最新値 120件（2026年3月30日）、目標 137件、進捗 61%。開始値 93件、期間 …。チェックイン 13件: 1/5 94件、…。」,
    /// escaped (`title` already is).
    private static func metricDescription(title: String, chart: CheckinChart, points: [CheckinPoint], start: Double, target: Double,
                                          axis: TimeAxis, text: CheckinText) -> TextBuffer {
        let words = text.words, formatter = text.formatter
        var desc = TextBuffer(capacity: 256 + title.utf8.count + 48 * points.count)
        desc.append(title)
        desc += ": "
        if let last = points.last {
            desc.appendEscaped(words.latest)
            desc += " "
            text.quantity(last.value, into: &desc)
            text.parenthesisedDate(last.date, into: &desc)
        } else {
            desc.appendEscaped(words.noCheckins)
        }
        text.comma(into: &desc)
        desc.appendEscaped(words.target)
        desc += " "
        text.quantity(target, into: &desc)
        text.comma(into: &desc)
        let progress = Progress.metric(start: start, target: target, current: points.last?.value ?? start)
        text.percent(words.progress, finite(progress, 0), into: &desc)
        if let expected = expectedProgress(axis, today: chart.today) {
            text.comma(into: &desc)
            text.percent(words.expected, expected, into: &desc)
        }
        text.endSentence(into: &desc)

        text.startSentence(into: &desc)
        desc.appendEscaped(words.sentence(words.startValue))
        desc += " "
        text.quantity(start, into: &desc)
        text.comma(into: &desc)
        text.period(chart.periodStart, chart.periodEnd, startsSentence: false, into: &desc)
        text.endSentence(into: &desc)

        if !points.isEmpty {
            text.startSentence(into: &desc)
            text.checkinsHeading(points.count, into: &desc)
            for (index, point) in points.enumerated() {
                if index > 0 { text.comma(into: &desc) }
                formatter.shortDate(point.date, into: &desc)
                desc += " "
                text.quantity(point.value, into: &desc)
                text.confidence(point.confidence, into: &desc)
            }
            text.endSentence(into: &desc)
        }
        return desc
    }

    // MARK: - Milestone

    private static func milestoneChart(_ chart: CheckinChart, _ language: Language) -> ByteBlock {
        let text = CheckinText(chart, language)
        let words = text.words, formatter = text.formatter
        let title = trimmed(clean(chart.title))
        let id = checkinChartID("milestone", chart, title: title, language)
        let points = validPoints(chart)
        let target = finite(chart.target, 1)
        func isDone(_ point: CheckinPoint) -> Bool { point.value >= target - 1e-9 }
        let hasConfidence = points.contains { $0.confidence != nil }

        // The day from which every later check-in says done.
        var doneSince: CheckinPoint?
        for point in points.reversed() {
            guard isDone(point) else { break }
            doneSince = point
        }

        let width = 420.0, fontSize = 15.0
        let statusBaseline = 22.0
        let trackY = statusBaseline + 12, trackHeight = 14.0
        let trackBottom = trackY + trackHeight
        let datesBaseline = trackBottom + 22
        let confidenceBaseline = datesBaseline + 22
        let legendBaseline = (hasConfidence ? confidenceBaseline : datesBaseline) + 26
        let height = legendBaseline + 10

        let x0 = hasConfidence ? textWidth(words.confidenceRow, 13) + 16 : 14
        let x1 = width - 18
        let axis = TimeAxis(start: chart.periodStart, end: max(chart.periodEnd, chart.periodStart), x0: x0, x1: x1)

        var canvas = Canvas(capacity: checkinCanvasCapacity(points.count))
        canvas.rect(x0, trackY, x1 - x0, trackHeight, "okra-track", rx: 3)
        if let doneSince {
            let x = axis.x(doneSince.date)
            canvas.rect(x, trackY, x1 - x, trackHeight, "okra-bar okra-milestone-done", rx: 3)
            let status = words.done + " " + formatter.shortDate(doneSince.date)
            let right = x + textWidth(status, fontSize) <= x1
            canvas.text(x, statusBaseline, className: "okra-status", anchor: right ? .start : .end, bold: true) { $0.appendEscaped(status) }
        } else {
            canvas.text(x0, statusBaseline, className: "okra-status", bold: true) {
                $0.appendEscaped(words.notDone)
                if points.isEmpty {
                    $0.appendEscaped(words.comma)
                    $0.appendEscaped(words.noCheckins)
                }
            }
        }
        // The today label sits in the row of dates, which gives way to it.
        let todaySpan = drawToday(axis, chart.today, top: trackY - 5, bottom: datesBaseline - 15, labelBaseline: datesBaseline,
                                  width: width, words: words, into: &canvas)
        drawDates(axis, tickTop: trackBottom, baseline: datesBaseline, formatter: formatter,
                  reserved: todaySpan.map { [($0.0 - 6, $0.1 + 6)] } ?? [], into: &canvas)
        let middle = trackY + trackHeight / 2
        for point in points {
            let done = isDone(point)
            canvas.diamond(axis.x(point.date), middle, 8, done ? "okra-point okra-milestone-point" : "okra-point-open") { tip in
                formatter.shortDate(point.date, into: &tip)
                tip += ": "
                tip.appendEscaped(done ? words.done : words.notDone)
                text.confidence(point.confidence, into: &tip)
            }
        }
        if hasConfidence {
            drawConfidences(points, axis: axis, baseline: confidenceBaseline, words: words, into: &canvas)
        }
        drawLegend([
            ({ canvas, x, middle in canvas.diamond(x + 12, middle, 7, "okra-point okra-milestone-point") }, words.done),
            ({ canvas, x, middle in canvas.diamond(x + 12, middle, 7, "okra-point-open") }, words.notDone),
        ], x0: x0, baseline: legendBaseline, into: &canvas)

        let titleText = userText(title.isEmpty ? words.sentence(words.milestone) : title)
        let desc = milestoneDescription(title: titleText, chart: chart, points: points, doneSince: doneSince, isDone: isDone,
                                        axis: axis, text: text)
        return canvas.svg(id: id, kind: "milestone", width: width, height: height, fontSize: fontSize, title: titleText, desc: desc)
    }

    /// 「{title}: マイルストーン、達成（2026年3月2日）、進捗 100%。期間 …。チェックイン 4件: 1/5 未達成、…。」,
    /// escaped (`title` already is).
    private static func milestoneDescription(title: String, chart: CheckinChart, points: [CheckinPoint], doneSince: CheckinPoint?,
                                             isDone: (CheckinPoint) -> Bool, axis: TimeAxis, text: CheckinText) -> TextBuffer {
        let words = text.words, formatter = text.formatter
        var desc = TextBuffer(capacity: 256 + title.utf8.count + 40 * points.count)
        desc.append(title)
        desc += ": "
        desc.appendEscaped(words.milestone)
        text.comma(into: &desc)
        if let doneSince {
            desc.appendEscaped(words.done)
            text.parenthesisedDate(doneSince.date, into: &desc)
        } else {
            desc.appendEscaped(words.notDone)
        }
        if points.isEmpty {
            text.comma(into: &desc)
            desc.appendEscaped(words.noCheckins)
        }
        text.comma(into: &desc)
        text.percent(words.progress, doneSince == nil ? 0 : 1, into: &desc)
        if let expected = expectedProgress(axis, today: chart.today) {
            text.comma(into: &desc)
            text.percent(words.expected, expected, into: &desc)
        }
        text.endSentence(into: &desc)

        text.startSentence(into: &desc)
        text.period(chart.periodStart, chart.periodEnd, startsSentence: true, into: &desc)
        text.endSentence(into: &desc)

        if !points.isEmpty {
            text.startSentence(into: &desc)
            text.checkinsHeading(points.count, into: &desc)
            for (index, point) in points.enumerated() {
                if index > 0 { text.comma(into: &desc) }
                formatter.shortDate(point.date, into: &desc)
                desc += " "
                desc.appendEscaped(isDone(point) ? words.done : words.notDone)
                text.confidence(point.confidence, into: &desc)
            }
            text.endSentence(into: &desc)
        }
        return desc
    }
}
