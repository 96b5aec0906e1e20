/// Shared helpers of the charts: numbers in coordinates, ids, user text, text widths, scales, ticks,
/// SVG elements and the print patterns.
extension Charts {
    // MARK: Numbers

    /// A coordinate: rounded to at most two decimals, no trailing zeros, never `-0`, `nan` or `inf`
    /// (a value that is not finite is written as 0; callers clamp before they get here).
    static func num(_ value: Double) -> String {
        var text = TextBuffer(capacity: 24)
        num(value, into: &text)
        return text.text
    }

    /// Appends ``num(_:)`` of `value` to `text`, digit by digit.
    static func num(_ value: Double, into text: inout TextBuffer) {
        guard value.isFinite else { return text.append(UInt8(ascii: "0")) }
        let hundredths = Int((min(max(value, -1e12), 1e12) * 100).rounded())
        if hundredths < 0 { text.append(UInt8(ascii: "-")) }
        let scaled = hundredths.magnitude
        text.appendDigits(scaled / 100, minimumCount: 1)
        let fraction = scaled % 100
        if fraction != 0 {
            text.append(UInt8(ascii: "."))
            if fraction % 10 == 0 {
                text.appendDigits(fraction / 10, minimumCount: 1)
            } else {
                text.appendDigits(fraction, minimumCount: 2)
            }
        }
    }

    /// `value` when finite, else `fallback`; kept within ±10¹² so that every formatter and coordinate stays
    /// in range (a value beyond that is no one's real metric).
    static func finite(_ value: Double, _ fallback: Double) -> Double {
        value.isFinite ? min(max(value, -1e12), 1e12) : fallback
    }

    static func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double {
        guard value.isFinite else { return low }
        return min(high, max(low, value))
    }

    static func clamp01(_ value: Double) -> Double { clamp(value, 0, 1) }

    /// A large number shortened: 「1.5億」「8,390万」 / "1.5B", "83.9M", "250K"; nil below 1,000,000 in magnitude
    /// (below 10,000 for a tick), and with `exactOnly`, nil when two decimals of the short form would lose digits.
    static func compactNumber(_ value: Double, _ formatter: Formatter, exactOnly: Bool) -> String? {
        guard value.isFinite else { return nil }
        let magnitude = abs(value)
        if exactOnly && magnitude < 1_000_000 { return nil }
        let steps: [(Double, String)] = formatter.language == .ja
            ? [(1e8, "億"), (1e4, "万")]
            : [(1e9, "B"), (1e6, "M"), (1e3, "K")]
        guard let (size, suffix) = steps.first(where: { magnitude >= $0.0 }) else { return formatter.number(value) }
        let scaled = value / size
        if exactOnly, abs((scaled * 100).rounded() / 100 * size - value) > 1e-6 * magnitude { return nil }
        return formatter.number(scaled) + suffix
    }

    // MARK: Ids

    /// `okra-<kind>-<16 hex digits>`: the same for the same input, different for different inputs.
    static func chartID(_ kind: String, _ parts: [String]) -> String {
        var hash = ChartHash(kind: kind)
        for part in parts { hash.add(part) }
        return hash.id
    }

    /// A stable text for a Double in the hash input.
    /// (Its bit pattern: formatting a Double's shortest decimal form costs ten times more.)
    static func key(_ value: Double?) -> String { value.map { String($0.bitPattern, radix: 16) } ?? "-" }

    /// The id of a chart (``chartID(_:_:)``) computed part by part: 64-bit FNV-1a of the UTF-8 bytes of the
    /// kind and of each part, each followed by a unit separator (0x1f), without building the parts as strings.
    /// `add` gives the same bytes as ``key(_:)`` for a Double, `String(_:)` for an Int and `Day.iso` for a day.
    struct ChartHash {
        private let kind: String
        private var value: UInt64 = 0xcbf2_9ce4_8422_2325

        init(kind: String) {
            self.kind = kind
            add(kind)
        }

        /// `okra-<kind>-<16 hex digits>`.
        var id: String {
            var text = TextBuffer(capacity: 32 + kind.utf8.count)
            text += "okra-"
            text.append(kind)
            text.append(UInt8(ascii: "-"))
            text.appendHexadecimal(value, minimumCount: 16)
            return text.text
        }

        @inline(__always)
        private mutating func feed(_ byte: UInt8) {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }

        private mutating func endPart() { feed(0x1f) }

        private mutating func feedBytes(of text: String) {
            for byte in text.utf8 { feed(byte) }
        }

        /// Feeds the decimal digits of `number`, at least `minimumCount` of them (leading zeros).
        private mutating func feedDigits(_ number: UInt, minimumCount: Int = 1) {
            if number >= 10 || minimumCount > 1 { feedDigits(number / 10, minimumCount: minimumCount - 1) }
            feed(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: number % 10))
        }

        mutating func add(_ part: String) {
            feedBytes(of: part)
            endPart()
        }

        /// `String(number)`.
        mutating func add(_ number: Int) {
            if number < 0 { feed(UInt8(ascii: "-")) }
            feedDigits(number.magnitude)
            endPart()
        }

        /// ``Charts/key(_:)``: the bit pattern in lowercase hexadecimal, or `-` for nil.
        mutating func add(_ number: Double?) {
            guard let number else { return add("-") }
            let bits = number.bitPattern
            var shift = 60
            while shift > 0 && bits >> UInt64(shift) == 0 { shift -= 4 }
            while shift >= 0 {
                let digit = UInt8(truncatingIfNeeded: bits >> UInt64(shift) & 0xf)
                feed(digit < 10 ? UInt8(ascii: "0") &+ digit : UInt8(ascii: "a") &+ (digit &- 10))
                shift -= 4
            }
            endPart()
        }

        /// `day.iso`.
        mutating func add(_ day: Day) {
            let (year, month, dayOfMonth) = day.components
            guard (0...9999).contains(year) else { return add(day.iso) }
            feedDigits(UInt(year), minimumCount: 4)
            feed(UInt8(ascii: "-"))
            feedDigits(UInt(month), minimumCount: 2)
            feed(UInt8(ascii: "-"))
            feedDigits(UInt(dayOfMonth), minimumCount: 2)
            endPart()
        }
    }

    // MARK: User text

    /// Removes what XML and HTML forbid in text (controls other than white space, noncharacters) and
    /// turns line breaks and tabs into spaces.
    static func clean(_ text: String) -> String {
        guard mayNeedCleaning(text), text.unicodeScalars.contains(where: { needsCleaning($0.value) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: continue
            case _ where value & 0xFFFE == 0xFFFE: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// False when no byte of `text` can start a scalar that ``needsCleaning(_:)``: a scan of the bytes that
    /// clears nearly every text (Japanese included) without decoding its scalars.
    private static func mayNeedCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                switch bytes[index] {
                case 0x00...0x1F, 0x7F, 0xF0...0xFF: return true
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] <= 0x9F: return true // U+0080…U+009F
                case 0xE2 where index + 1 < bytes.count && bytes[index + 1] == 0x80: return true // U+2000…U+203F
                case 0xEF where index + 1 < bytes.count && (bytes[index + 1] == 0xB7 || bytes[index + 1] == 0xBF): return true // U+FDC0…, U+FFC0…
                default: continue
                }
            }
            return false
        }
    }

    private static func needsCleaning(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFDD0...0xFDEF: return true
        default: return value & 0xFFFE == 0xFFFE
        }
    }

    /// True when `text` is printable ASCII only (no controls): such a text needs no cleaning and no isolate,
    /// and checking its bytes costs less than looking at its scalars.
    static func isPlainASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
    }

    /// `text` without leading and trailing spaces.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first == " " || first == "\u{3000}" || last == " " || last == "\u{3000}" else { return text }
        var scalars = Substring(text)
        while scalars.first == " " || scalars.first == "\u{3000}" { scalars.removeFirst() }
        while scalars.last == " " || scalars.last == "\u{3000}" { scalars.removeLast() }
        return String(scalars)
    }

    /// True for scalars that change the direction of text around them.
    private static func affectsDirection(_ value: UInt32) -> Bool {
        switch value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// User text ready for SVG: cleaned, wrapped in a first-strong isolate (U+2068 … U+2069) when it holds
    /// right-to-left letters or direction controls (so an unterminated override cannot reorder the rest
    /// of the line), and escaped.
    static func userText(_ text: String) -> String {
        HTML.escape(isolated(clean(text)))
    }

    static func isolated(_ text: String) -> String {
        guard !isPlainASCII(text), text.unicodeScalars.contains(where: { affectsDirection($0.value) }) else { return text }
        let inner = text.unicodeScalars.filter { $0.value != 0x2068 && $0.value != 0x2069 }
        return "\u{2068}" + String(String.UnicodeScalarView(inner)) + "\u{2069}"
    }

    /// True when `href` may be written as a link: no script or data URLs.
    static func isSafeLink(_ href: String) -> Bool {
        // The site's own links are relative paths: printable ASCII without a colon cannot name a scheme.
        if !href.isEmpty, href.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ":") }) { return true }
        let squeezed = String(String.UnicodeScalarView(clean(href).unicodeScalars.filter { $0.value > 0x20 })).lowercased()
        if squeezed.isEmpty { return false }
        return !(squeezed.hasPrefix("javascript:") || squeezed.hasPrefix("vbscript:") || squeezed.hasPrefix("data:"))
    }

    // MARK: Text widths

    /// Width of one scalar in ems, a little generous so that estimated layouts do not overlap.
    private static func emWidth(_ value: UInt32) -> Double {
        if value < 0x80 { return asciiEmWidth(value) }
        switch value {
        case 0x0300...0x036F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xE0100...0xE01EF:
            return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 1
        case 0x2026: return 1
        case 0x2014: return 1
        default: return 0.62
        }
    }

    /// ``emWidth(_:)`` of an ASCII scalar (looked at first: most text in a chart is ASCII).
    private static func asciiEmWidth(_ value: UInt32) -> Double {
        if value == 0x20 { return 0.3 }
        switch Unicode.Scalar(UInt8(truncatingIfNeeded: value)) {
        case "i", "l", "j", "I", ".", ",", ":", ";", "'", "|", "!", "(", ")", "[", "]": return 0.32
        case "f", "t", "r": return 0.4
        case "m", "w", "M", "W", "%", "@": return 0.9
        case "A"..."Z": return 0.68
        case "0"..."9": return 0.58
        default: return 0.56
        }
    }

    /// Estimated width of `text` at `fontSize` (user text after ``clean(_:)``, before escaping).
    static func textWidth(_ text: String, _ fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + emWidth($1.value) } * fontSize
    }

    /// Estimated width of one character at `fontSize`: ``textWidth(_:_:)`` of the character alone.
    static func textWidth(of character: Character, _ fontSize: Double) -> Double {
        character.unicodeScalars.reduce(0) { $0 + emWidth($1.value) } * fontSize
    }

    /// `text` shortened with "…" to fit `width`; `nil` when it fits as it is.
    static func truncated(_ text: String, toFit width: Double, _ fontSize: Double) -> String? {
        guard textWidth(text, fontSize) > width else { return nil }
        let budget = width - fontSize
        var result = ""
        var used = 0.0
        for character in text {
            let characterWidth = textWidth(of: character, fontSize)
            if used + characterWidth > budget { break }
            result.append(character)
            used += characterWidth
        }
        return result.trimmingTrailingSpaces() + "…"
    }

    // MARK: Scales and ticks

    /// A linear map from a domain to a range of coordinates.
    struct Scale {
        var domain: (Double, Double)
        var range: (Double, Double)

        func callAsFunction(_ value: Double) -> Double {
            let span = domain.1 - domain.0
            guard span != 0, span.isFinite else { return range.0 }
            let fraction = (value - domain.0) / span
            let result = range.0 + fraction * (range.1 - range.0)
            return result.isFinite ? result : range.0
        }
    }

    /// Round tick values covering `low…high` with about `count` steps; the domain is widened to the outer ticks.
    struct Ticks {
        var low: Double
        var high: Double
        var step: Double
        var values: [Double]

        init(low rawLow: Double, high rawHigh: Double, count: Int = 4) {
            var low = rawLow, high = rawHigh
            if !(low.isFinite && high.isFinite) { low = 0; high = 1 }
            if low > high { swap(&low, &high) }
            if high - low < 1e-9 {
                let pad = Swift.max(1, abs(low) * 0.1)
                low -= pad
                high += pad
            }
            let raw = (high - low) / Double(Swift.max(1, count))
            let magnitude = Ticks.pow10(Ticks.floorLog10(raw))
            let normalised = raw / magnitude
            let nice: Double = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 2.5 ? 2.5 : normalised <= 5 ? 5 : 10
            step = nice * magnitude
            let first = (low / step + 1e-9).rounded(.down)
            let last = (high / step - 1e-9).rounded(.up)
            self.low = first * step
            self.high = last * step
            var values: [Double] = []
            var index = first
            while index <= last + 1e-9, values.count < 50 {
                let value = index * step
                values.append(abs(value) < step * 1e-9 ? 0 : value)
                index += 1
            }
            self.values = values
        }

        private static func floorLog10(_ value: Double) -> Int {
            guard value > 0, value.isFinite else { return 0 }
            var exponent = 0
            var scaled = value
            while scaled >= 10 { scaled /= 10; exponent += 1 }
            while scaled < 1 { scaled *= 10; exponent -= 1 }
            return exponent
        }

        private static func pow10(_ exponent: Int) -> Double {
            var result = 1.0
            if exponent >= 0 { for _ in 0..<exponent { result *= 10 } } else { for _ in 0..<(-exponent) { result /= 10 } }
            return result
        }

        /// A tick value as a label: grouped, with as many decimals as the step needs (at most four).
        func label(_ value: Double, _ formatter: Formatter) -> String {
            if step >= 0.01 { return formatter.number(value) }
            var decimals = 2
            var scaledStep = step * 100
            while scaledStep < 0.999, decimals < 4 { scaledStep *= 10; decimals += 1 }
            let factor = Double((0..<decimals).reduce(1) { value, _ in value * 10 })
            let scaled = Int((abs(value) * factor).rounded())
            var digits = String(scaled)
            while digits.count <= decimals { digits = "0" + digits }
            let whole = digits.dropLast(decimals)
            var fraction = String(digits.suffix(decimals))
            while fraction.hasSuffix("0") { fraction.removeLast() }
            let sign = value < 0 && scaled != 0 ? "-" : ""
            return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
        }
    }

    /// The first day of each month after `start` up to `end`.
    static func monthStarts(from start: Day, through end: Day) -> [Day] {
        guard start <= end else { return [] }
        var (year, month, _) = start.components
        var result: [Day] = []
        while result.count < 400 {
            month += 1
            if month > 12 { month = 1; year += 1 }
            guard let day = Day(year: year, month: month, day: 1), day <= end else { break }
            result.append(day)
        }
        return result
    }

    // MARK: SVG elements

    /// The text of an SVG document under construction, one element per line.
    /// SVG elements drawn one per line into one growing buffer (which cannot be copied, so neither can a canvas).
    struct Canvas: ~Copyable {
        /// Lines put before everything else (`<defs>`), each ending in a line break.
        private var head = ""
        private var body: TextBuffer

        /// A canvas with room for `capacity` bytes of drawing before it needs to grow.
        init(capacity: Int = 4096) { body = TextBuffer(capacity: capacity) }

        /// Every element drawn, one per line, each line ending in a line break.
        var drawing: String { head + body.text }

        /// True when a link (`<a …>`) was drawn.
        private(set) var hasLinks = false

        mutating func add(_ line: String) {
            if line.hasPrefix("<a ") { hasLinks = true }
            body.append(line)
            body += "\n"
        }

        /// Appends everything drawn on `other`.
        mutating func add(_ other: borrowing Canvas) {
            body.append(other.head)
            body.append(other.body)
            if other.hasLinks { hasLinks = true }
        }

        /// Puts `line` (e.g. `<defs>`) before everything drawn so far.
        mutating func prepend(_ line: String?) {
            if let line { head = line + "\n" + head }
        }

        private mutating func attribute(_ name: StaticString, _ value: Double) {
            body += " "
            body += name
            body += "=\""
            num(value, into: &body)
            body += "\""
        }

        private mutating func open(_ element: StaticString, _ className: String) {
            body += "<"
            body += element
            body += " class=\""
            body.append(className)
            body += "\""
        }

        /// Ends an element that has no content.
        private mutating func close() {
            body += "/>\n"
        }

        /// Ends an element with a `<title>` (a tooltip) that `writeTitle` appends, already escaped.
        private mutating func close(_ element: StaticString, writingTitle writeTitle: (inout TextBuffer) -> Void) {
            body += "><title>"
            writeTitle(&body)
            body += "</title></"
            body += element
            body += ">\n"
        }

        private mutating func close(_ element: StaticString, title: String?) {
            if let title {
                close(element) { $0.append(title) }
            } else {
                close()
            }
        }

        mutating func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ className: String,
                           rx: Double? = nil, title: String? = nil, extra: String = "") {
            open("rect", className)
            attribute("x", x)
            attribute("y", y)
            attribute("width", Swift.max(0, width))
            attribute("height", Swift.max(0, height))
            if let rx { attribute("rx", rx) }
            body.append(extra)
            close("rect", title: title)
        }

        mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ className: String) {
            open("line", className)
            attribute("x1", x1)
            attribute("y1", y1)
            attribute("x2", x2)
            attribute("y2", y2)
            close()
        }

        enum Anchor: String { case start, middle, end }

        /// `content` must already be escaped (``Charts/userText(_:)`` or ``HTML/escape(_:)``).
        mutating func text(_ x: Double, _ y: Double, _ content: String, className: String? = nil, anchor: Anchor = .start,
                           size: Double? = nil, bold: Bool = false) {
            text(x, y, className: className, anchor: anchor, size: size, bold: bold) { $0.append(content) }
        }

        /// A `<text>` element whose content `writeContent` appends, already escaped (e.g. with
        /// ``TextBuffer/appendEscaped(_:)``), without a string of its own.
        mutating func text(_ x: Double, _ y: Double, className: String? = nil, anchor: Anchor = .start,
                           size: Double? = nil, bold: Bool = false, content writeContent: (inout TextBuffer) -> Void) {
            body += "<text"
            if let className {
                body += " class=\""
                body.append(className)
                body += "\""
            }
            attribute("x", x)
            attribute("y", y)
            switch anchor {
            case .start: break
            case .middle: body += " text-anchor=\"middle\""
            case .end: body += " text-anchor=\"end\""
            }
            if let size { attribute("font-size", size) }
            if bold { body += " font-weight=\"bold\"" }
            body += ">"
            writeContent(&body)
            body += "</text>\n"
        }

        private mutating func points(_ points: [(Double, Double)]) {
            body += " points=\""
            for (index, point) in points.enumerated() {
                if index > 0 { body += " " }
                coordinates(point.0, point.1)
            }
            body += "\""
        }

        /// `x,y` (one point of a `points` attribute).
        private mutating func coordinates(_ x: Double, _ y: Double) {
            num(x, into: &body)
            body += ","
            num(y, into: &body)
        }

        mutating func polyline(_ points: [(Double, Double)], _ className: String) {
            open("polyline", className)
            self.points(points)
            close()
        }

        private mutating func openCircle(_ cx: Double, _ cy: Double, _ r: Double, _ className: String) {
            open("circle", className)
            attribute("cx", cx)
            attribute("cy", cy)
            attribute("r", r)
        }

        mutating func circle(_ cx: Double, _ cy: Double, _ r: Double, _ className: String, title: String? = nil) {
            openCircle(cx, cy, r, className)
            close("circle", title: title)
        }

        /// A circle with a tooltip that `writeTitle` appends, already escaped.
        mutating func circle(_ cx: Double, _ cy: Double, _ r: Double, _ className: String,
                             writingTitle writeTitle: (inout TextBuffer) -> Void) {
            openCircle(cx, cy, r, className)
            close("circle", writingTitle: writeTitle)
        }

        private mutating func openDiamond(_ cx: Double, _ cy: Double, _ r: Double, _ className: String) {
            open("polygon", className)
            body += " points=\""
            coordinates(cx, cy - r)
            body += " "
            coordinates(cx + r, cy)
            body += " "
            coordinates(cx, cy + r)
            body += " "
            coordinates(cx - r, cy)
            body += "\""
        }

        /// A diamond centred on (cx, cy).
        mutating func diamond(_ cx: Double, _ cy: Double, _ r: Double, _ className: String, title: String? = nil) {
            openDiamond(cx, cy, r, className)
            close("polygon", title: title)
        }

        /// A diamond centred on (cx, cy) with a tooltip that `writeTitle` appends, already escaped.
        mutating func diamond(_ cx: Double, _ cy: Double, _ r: Double, _ className: String,
                              writingTitle writeTitle: (inout TextBuffer) -> Void) {
            openDiamond(cx, cy, r, className)
            close("polygon", writingTitle: writeTitle)
        }

        /// The finished `<svg>`: root attributes, `<title>`, `<desc>`, then the elements.
        /// `title` and `desc` must already be escaped.
        func svg(id: String, kind: String, width: Double, height: Double, fontSize: Double, title: String, desc: String) -> ByteBlock {
            var descText = TextBuffer(capacity: desc.utf8.count)
            descText.append(desc)
            return svg(id: id, kind: kind, width: width, height: height, fontSize: fontSize, title: title, desc: descText)
        }

        /// ``svg(id:kind:width:height:fontSize:title:desc:)`` with the description already in a buffer.
        func svg(id: String, kind: String, width: Double, height: Double, fontSize: Double, title: String,
                 desc: borrowing TextBuffer) -> ByteBlock {
            var out = TextBuffer(capacity: 400 + 4 * id.utf8.count + title.utf8.count + desc.count + head.utf8.count + body.count)
            out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
            num(width, into: &out)
            out += " "
            num(height, into: &out)
            out += "\""
            out.append(Charts.roleAttribute(hasLinks: hasLinks))
            out += " aria-labelledby=\""
            out.append(id)
            out += "-title "
            out.append(id)
            out += "-desc\" class=\"okra-chart okra-chart-"
            out.append(kind)
            out += "\" font-size=\""
            num(fontSize, into: &out)
            out += "\">\n<title id=\""
            out.append(id)
            out += "-title\">"
            out.append(title)
            out += "</title>\n<desc id=\""
            out.append(id)
            out += "-desc\">"
            out.append(desc)
            out += "</desc>\n"
            out.append(head)
            out.append(body)
            out += "</svg>"
            return out.finish()
        }
    }

    // MARK: Print patterns

    /// The greyscale patterns that let bands and health read on paper without colour: diagonal lines for
    /// yellow / at risk, dots for red / off track. They are drawn as overlays that are hidden on screen
    /// (`visibility="hidden"`) and shown by the stylesheet's print rules.
    enum Pattern: String {
        case lines
        case dots

        static func of(band: Band?) -> Pattern? {
            switch band {
            case .yellow: return .lines
            case .red: return .dots
            default: return nil
            }
        }

        static func of(health: Health) -> Pattern? {
            switch health {
            case .atRisk: return .lines
            case .offTrack: return .dots
            default: return nil
            }
        }

        func definition(_ id: String) -> String {
            switch self {
            case .lines:
                return "<pattern id=\"\(id)-lines\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                    + "<line class=\"okra-pattern-ink\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern>"
            case .dots:
                return "<pattern id=\"\(id)-dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
                    + "<circle class=\"okra-pattern-ink\" cx=\"2.5\" cy=\"2.5\" r=\"1.1\"/></pattern>"
            }
        }
    }

    /// `<defs>` with one pattern: ``patternDefinitions(_:_:)`` of a set of one, without the set.
    static func patternDefinitions(_ id: String, _ pattern: Pattern) -> String {
        "<defs>" + pattern.definition(id) + "</defs>"
    }

    /// `<defs>` with the patterns that `used` names, in a fixed order; empty when none is used.
    static func patternDefinitions(_ id: String, _ used: Set<Pattern>) -> String? {
        let definitions = [Pattern.lines, .dots].filter(used.contains).map { $0.definition(id) }
        return definitions.isEmpty ? nil : "<defs>" + definitions.joined() + "</defs>"
    }
}

extension Charts.Canvas {
    /// A print-only pattern overlay on a rectangle.
    mutating func patternOverlay(_ pattern: Charts.Pattern?, id: String, _ x: Double, _ y: Double, _ width: Double,
                                 _ height: Double, rx: Double? = nil) {
        guard let pattern, width > 0, height > 0 else { return }
        rect(x, y, width, height, "okra-pattern", rx: rx,
             extra: " fill=\"url(#\(id)-\(pattern.rawValue))\" visibility=\"hidden\"")
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
