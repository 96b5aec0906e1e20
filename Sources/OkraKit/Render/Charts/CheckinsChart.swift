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

    private static func hashInput(_ chart: CheckinChart, _ language: Language) -> [String] {
        var parts = [trimmed(clean(chart.title)), chart.periodStart.iso, chart.periodEnd.iso, key(chart.start), key(chart.target),
                     chart.unitLabel ?? "-", chart.isMilestone ? "m" : "k", chart.today?.iso ?? "-", language.rawValue]
        parts.reserveCapacity(parts.count + 3 * chart.points.count)
        for point in chart.points { parts += [String(point.date.ordinal), key(point.value), key(point.confidence)] }
        return parts
    }

    /// The time axis of a period, from `x0` (first day) to `x1` (last day).
    struct TimeAxis {
        let start: Day
        let end: Day
        let x0: Double
        let x1: Double

        var days: Int { Swift.max(1, start.days(until: end)) }

        func x(_ day: Day) -> Double {
            Charts.clamp(x0 + Double(start.days(until: day)) / Double(days) * (x1 - x0), x0, x1)
        }

        func contains(_ day: Day) -> Bool { start <= day && day <= end }

        /// Where the x axis has ticks: the first of each month inside the period, or every seventh day
        /// from the start when the period is shorter than two months.
        var months: [Day] {
            guard days >= 60 else {
                return stride(from: 7, to: days, by: 7).map { start.adding(days: $0) }.filter { $0.days(until: end) >= 3 }
            }
            return Charts.monthStarts(from: start, through: end).filter { $0 < end }
        }

        /// Date labels: the first and last day at the ends, and the ticks between them, every one when they fit,
        /// else every second, third, … so that the labelled ticks stay evenly spaced. Labels that would cover a
        /// `reserved` span (the today label) are left out.
        func labels(_ formatter: Formatter, fontSize: Double, reserved: [(Double, Double)] = []) -> [(x: Double, text: String, anchor: Canvas.Anchor)] {
            typealias Label = (x: Double, text: String, anchor: Canvas.Anchor)
            func span(_ label: Label) -> (Double, Double) {
                let width = Charts.textWidth(label.text, fontSize)
                let left = label.anchor == .start ? label.x : label.anchor == .end ? label.x - width : label.x - width / 2
                return (left - 6, left + width + 6)
            }
            func overlap(_ a: (Double, Double), _ b: (Double, Double)) -> Bool { a.0 < b.1 && b.0 < a.1 }
            func free(_ label: Label) -> Bool { !reserved.contains { overlap($0, span(label)) } }

            var fixed: [Label] = []
            let first: Label = (x0, formatter.shortDate(start), .start)
            if free(first) { fixed.append(first) }
            let last: Label = (x1, formatter.shortDate(end), .end)
            if end > start, free(last), !fixed.contains(where: { overlap(span($0), span(last)) }) { fixed.append(last) }

            let ticks = months.map { (x: x($0), text: formatter.shortDate($0), anchor: Canvas.Anchor.middle) }
            for step in [1, 2, 3, 4, 6, 12, 24] where step == 1 || step <= ticks.count {
                let chosen = ticks.enumerated().filter { ($0.offset + 1) % step == 0 }.map(\.element).filter(free)
                var spans = fixed.map(span)
                var fits = true
                for label in chosen {
                    let labelSpan = span(label)
                    if spans.contains(where: { overlap($0, labelSpan) }) { fits = false; break }
                    spans.append(labelSpan)
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
        canvas.text(labelX, labelBaseline, HTML.escape(words.today), className: "okra-today-label", anchor: .middle, size: 14)
        return (labelX - labelWidth / 2, labelX + labelWidth / 2)
    }

    /// The row of confidences under the date labels, with its name in the left margin.
    private static func drawConfidences(_ points: [CheckinPoint], axis: TimeAxis, baseline: Double, formatter: Formatter,
                                        words: Words, into canvas: inout Canvas) {
        let size = 13.0
        canvas.text(axis.x0 - 10, baseline, HTML.escape(words.confidenceRow), className: "okra-confidence-name", anchor: .end, size: 13)
        var spans: [(Double, Double)] = []
        var labels: [String] = []
        for point in points.reversed() {
            guard let confidence = point.confidence else { continue }
            let text = String(Int((confidence * 100).rounded()))
            let width = textWidth(text, size)
            let x = clamp(axis.x(point.date), axis.x0 - 6 + width / 2, axis.x1 - width / 2 + 8)
            let span = (x - width / 2 - 2, x + width / 2 + 2)
            guard !spans.contains(where: { $0.0 < span.1 && span.0 < $0.1 }) else { continue }
            spans.append(span)
            let low = confidence < HealthRule.doubtfulConfidence
            let className = low ? "okra-confidence okra-confidence-low" : "okra-confidence"
            labels.append("<text class=\"\(className)\" x=\"\(num(x))\" y=\"\(num(baseline))\" text-anchor=\"middle\" font-size=\"\(num(size))\""
                + (low ? " font-weight=\"bold\"" : "") + ">\(HTML.escape(text))</text>")
        }
        for label in labels.reversed() { canvas.add(label) }
    }

    /// Date labels and month ticks under a time axis.
    private static func drawDates(_ axis: TimeAxis, tickTop: Double, baseline: Double, formatter: Formatter,
                                  reserved: [(Double, Double)] = [], into canvas: inout Canvas) {
        for month in axis.months {
            let x = axis.x(month)
            canvas.line(x, tickTop, x, tickTop + 5, "okra-axis")
        }
        for label in axis.labels(formatter, fontSize: 14, reserved: reserved) {
            canvas.text(label.x, baseline, HTML.escape(label.text), className: "okra-tick-label", anchor: label.anchor, size: 14)
        }
    }

    /// A legend row: each item a small sample drawn by `sample` at (x, middle) and a text.
    private static func drawLegend(_ items: [(sample: (inout Canvas, Double, Double) -> Void, text: String)], x0: Double,
                                   baseline: Double, into canvas: inout Canvas) {
        var x = x0
        for item in items {
            item.sample(&canvas, x, baseline - 5)
            canvas.text(x + 30, baseline, HTML.escape(item.text), className: "okra-legend", size: 14)
            x += 30 + textWidth(item.text, 14) + 22
        }
    }

    private static func quantity(_ value: Double, _ chart: CheckinChart, _ formatter: Formatter) -> String {
        formatter.quantity(value, unit: chart.unitLabel.map { isolated(trimmed(clean($0))) })
    }

    /// A quantity for a label inside the chart: large values shortened when that loses nothing
    /// (「8,390万円」, "83.9M yen"); the description keeps every digit.
    private static func shortQuantity(_ value: Double, _ chart: CheckinChart, _ formatter: Formatter) -> String {
        guard let short = compactNumber(value, formatter, exactOnly: true) else { return quantity(value, chart, formatter) }
        let unit = chart.unitLabel.map { isolated(trimmed(clean($0))) } ?? ""
        if unit.isEmpty { return short }
        if unit == "%" || unit == "％" { return short + "%" }
        let joinsDirectly = unit.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false
        return short + (joinsDirectly ? "" : " ") + unit
    }

    private static func confidenceText(_ confidence: Double?, _ words: Words, _ formatter: Formatter) -> String {
        guard let confidence else { return "" }
        return words.parenthesised(words.confidence + " " + formatter.percent(confidence))
    }

    /// 「{title}: a、b、c。d。e。」: the title as escaped user text, the rest escaped.
    private static func description(title: String, first: [String], rest: [String], words: Words) -> String {
        let head = ": " + first.joined(separator: words.comma)
        let tail = rest.isEmpty ? "" : (words.language == .ja ? "" : " ") + words.sentences(rest)
        return userText(title) + HTML.escape(head + (words.language == .ja ? "。" : ".") + tail)
    }

    // MARK: - Metric

    private static func metricChart(_ chart: CheckinChart, _ language: Language) -> String {
        let words = Words(language)
        let formatter = Formatter(language: language)
        let id = chartID("checkins", hashInput(chart, language))
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

        var canvas = Canvas()
        // Grid and axes.
        for (value, label) in zip(ticks.values, tickLabels) {
            let tickY = y(value)
            canvas.line(x0, tickY, x1, tickY, "okra-grid")
            canvas.text(x0 - 6, tickY + 5, HTML.escape(label), className: "okra-tick-label", anchor: .end, size: 14)
        }
        for month in axis.months { canvas.line(axis.x(month), y0, axis.x(month), y1, "okra-grid") }
        canvas.line(x0, y0, x0, y1, "okra-axis")
        canvas.line(x0, y1, x1, y1, "okra-axis")
        drawDates(axis, tickTop: y1, baseline: datesBaseline, formatter: formatter, into: &canvas)

        // Target line and its label.
        let targetY = y(targetValue)
        canvas.line(x0, targetY, x1, targetY, "okra-target")
        let targetText = words.target + " " + shortQuantity(targetValue, chart, formatter)
        let targetBaseline = targetY - 20 >= y0 ? targetY - 6 : targetY + 17
        // Labels inside the plot keep clear of the today line.
        let todayX = chart.today.flatMap { axis.contains($0) ? axis.x($0) : nil }
        func clearOfToday(_ left: Double, _ right: Double) -> Bool { todayX.map { $0 < left - 4 || $0 > right + 4 } ?? true }
        let targetWidth = textWidth(targetText, 14)
        let targetLeft = [x0 + 6, (todayX ?? x0) + 6, x1 - 6 - targetWidth]
            .first { $0 >= x0 && $0 + targetWidth <= x1 && clearOfToday($0, $0 + targetWidth) } ?? x0 + 6
        canvas.text(targetLeft, targetBaseline, HTML.escape(targetText), className: "okra-target-label", size: 14)

        // Ideal pace.
        canvas.line(x0, y(startValue), x1, targetY, "okra-ideal")

        drawToday(axis, chart.today, top: y0 - 2, bottom: y1, labelBaseline: y0 - 7, width: width, words: words, into: &canvas)

        // Values.
        if let first = points.first, let last = points.last {
            var line: [(Double, Double)] = []
            if first.date > chart.periodStart { line.append((x0, y(startValue))) }
            line += points.map { (axis.x($0.date), y($0.value)) }
            if line.count > 1 { canvas.polyline(line, "okra-line") }
            for point in points {
                let tip = formatter.shortDate(point.date) + ": " + quantity(point.value, chart, formatter)
                    + confidenceText(point.confidence, words, formatter)
                canvas.circle(axis.x(point.date), y(point.value), 4.5, "okra-point", title: HTML.escape(clean(tip)))
            }
            let lastX = axis.x(last.date), lastY = y(last.value)
            let text = shortQuantity(last.value, chart, formatter)
            let textW = textWidth(text, fontSize)
            // Right of the last dot when it fits; otherwise against the right edge, above the dot when the line
            // comes up to it and below when it comes down, so that the label stays off the line.
            if lastX + 8 + textW <= x1 {
                let baseline = lastY - 18 >= y0 ? lastY - 9 : lastY + 21
                canvas.text(lastX + 8, baseline, HTML.escape(text), className: "okra-latest-label", bold: true)
            } else {
                let previousY = points.count > 1 ? y(points[points.count - 2].value) : y(startValue)
                let fromBelow = previousY >= lastY
                var baseline = fromBelow ? lastY - 13 : lastY + 24
                if baseline - 12 < y0 { baseline = lastY + 24 }
                if baseline > y1 - 4 { baseline = lastY - 13 }
                canvas.text(x1, baseline, HTML.escape(text), className: "okra-latest-label", anchor: .end, bold: true)
            }
        } else {
            let emptyWidth = textWidth(words.noCheckins, fontSize)
            var centre = (x0 + x1) / 2
            if let todayX, !clearOfToday(centre - emptyWidth / 2, centre + emptyWidth / 2) {
                centre = todayX - x0 > x1 - todayX ? (x0 + todayX) / 2 : (todayX + x1) / 2
            }
            canvas.text(centre, y0 + plotHeight * 0.78, HTML.escape(words.noCheckins), className: "okra-empty", anchor: .middle)
        }

        if hasConfidence {
            drawConfidences(points, axis: axis, baseline: confidenceBaseline, formatter: formatter, words: words, into: &canvas)
        }
        drawLegend([
            ({ canvas, x, middle in canvas.line(x, middle, x + 24, middle, "okra-ideal") }, words.idealPace),
            ({ canvas, x, middle in
                canvas.line(x, middle, x + 24, middle, "okra-line")
                canvas.circle(x + 12, middle, 4.5, "okra-point")
            }, words.actual),
        ], x0: x0, baseline: legendBaseline, into: &canvas)

        // Words.
        let title = trimmed(clean(chart.title))
        let current = points.last?.value ?? startValue
        let progress = Progress.metric(start: startValue, target: targetValue, current: current)
        var first: [String] = []
        if let last = points.last {
            first.append(words.latest + " " + quantity(last.value, chart, formatter) + words.parenthesised(formatter.date(last.date)))
        } else {
            first.append(words.noCheckins)
        }
        first.append(words.target + " " + quantity(targetValue, chart, formatter))
        first.append(words.progress + " " + formatter.percent(finite(progress, 0)))
        if let today = chart.today, axis.contains(today) {
            let expected = Period(id: "", kind: .custom, fiscalYear: nil, number: nil, start: axis.start, end: axis.end)
                .elapsedFraction(on: today)
            first.append(words.expected + " " + formatter.percent(expected))
        }
        var rest = [words.startValue + " " + quantity(startValue, chart, formatter) + words.comma + words.period(formatter, chart.periodStart, chart.periodEnd)]
        if !points.isEmpty {
            let list = points.map {
                formatter.shortDate($0.date) + " " + quantity($0.value, chart, formatter) + confidenceText($0.confidence, words, formatter)
            }
            rest.append(words.checkins(points.count) + ": " + list.joined(separator: words.comma))
        }
        let titleText = title.isEmpty ? words.sentence(words.progress) : title
        return canvas.svg(id: id, kind: "checkins", width: width, height: height, fontSize: fontSize,
                          title: userText(titleText), desc: description(title: titleText, first: first, rest: rest, words: words))
    }

    // MARK: - Milestone

    private static func milestoneChart(_ chart: CheckinChart, _ language: Language) -> String {
        let words = Words(language)
        let formatter = Formatter(language: language)
        let id = chartID("milestone", hashInput(chart, language))
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

        var canvas = Canvas()
        canvas.rect(x0, trackY, x1 - x0, trackHeight, "okra-track", rx: 3)
        if let doneSince {
            let x = axis.x(doneSince.date)
            canvas.rect(x, trackY, x1 - x, trackHeight, "okra-bar okra-milestone-done", rx: 3)
            let text = words.done + " " + formatter.shortDate(doneSince.date)
            let right = x + textWidth(text, fontSize) <= x1
            canvas.text(x, statusBaseline, HTML.escape(text), className: "okra-status", anchor: right ? .start : .end, bold: true)
        } else {
            canvas.text(x0, statusBaseline, HTML.escape(points.isEmpty ? words.notDone + words.comma + words.noCheckins : words.notDone),
                        className: "okra-status", bold: true)
        }
        // The today label sits in the row of dates, which gives way to it.
        let todaySpan = drawToday(axis, chart.today, top: trackY - 5, bottom: datesBaseline - 15, labelBaseline: datesBaseline,
                                  width: width, words: words, into: &canvas)
        drawDates(axis, tickTop: trackBottom, baseline: datesBaseline, formatter: formatter,
                  reserved: todaySpan.map { [($0.0 - 6, $0.1 + 6)] } ?? [], into: &canvas)
        let middle = trackY + trackHeight / 2
        for point in points {
            let done = isDone(point)
            let tip = formatter.shortDate(point.date) + ": " + (done ? words.done : words.notDone)
                + confidenceText(point.confidence, words, formatter)
            canvas.diamond(axis.x(point.date), middle, 8, done ? "okra-point okra-milestone-point" : "okra-point-open",
                           title: HTML.escape(clean(tip)))
        }
        if hasConfidence {
            drawConfidences(points, axis: axis, baseline: confidenceBaseline, formatter: formatter, words: words, into: &canvas)
        }
        drawLegend([
            ({ canvas, x, middle in canvas.diamond(x + 12, middle, 7, "okra-point okra-milestone-point") }, words.done),
            ({ canvas, x, middle in canvas.diamond(x + 12, middle, 7, "okra-point-open") }, words.notDone),
        ], x0: x0, baseline: legendBaseline, into: &canvas)

        let title = trimmed(clean(chart.title))
        var first = [words.milestone]
        if let doneSince {
            first.append(words.done + words.parenthesised(formatter.date(doneSince.date)))
        } else {
            first.append(words.notDone)
        }
        if points.isEmpty { first.append(words.noCheckins) }
        first.append(words.progress + " " + formatter.percent(doneSince == nil ? 0 : 1))
        if let today = chart.today, axis.contains(today) {
            let expected = Period(id: "", kind: .custom, fiscalYear: nil, number: nil, start: axis.start, end: axis.end)
                .elapsedFraction(on: today)
            first.append(words.expected + " " + formatter.percent(expected))
        }
        var rest = [words.period(formatter, chart.periodStart, chart.periodEnd)]
        if !points.isEmpty {
            let list = points.map {
                formatter.shortDate($0.date) + " " + (isDone($0) ? words.done : words.notDone) + confidenceText($0.confidence, words, formatter)
            }
            rest.append(words.checkins(points.count) + ": " + list.joined(separator: words.comma))
        }
        let titleText = title.isEmpty ? words.sentence(words.milestone) : title
        return canvas.svg(id: id, kind: "milestone", width: width, height: height, fontSize: fontSize,
                          title: userText(titleText), desc: description(title: titleText, first: first, rest: rest, words: words))
    }
}
