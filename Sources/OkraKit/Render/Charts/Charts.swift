/// Inline SVG charts, written by hand: no chart library, no script, no images.
///
/// Every chart is a `<svg role="img">` (no role when it holds links, see ``Charts/role(_:)``) with a
/// `<title>` and a `<desc>` that says its numbers in words,
/// a `viewBox` and no width or height (the stylesheet makes it `width: 100%; height: auto`), and colours
/// only through CSS classes (``Charts/stylesheet`` holds the rules for light, dark and print).
/// Output is deterministic: the same input gives the same bytes, and the ids inside a chart are derived
/// from a hash of its input, so different charts on one page never share an id.
public enum Charts {
    /// The root's role attribute: ` role="img"` for a picture; none for a chart whose rows or boxes are links
    /// (unit bars, alignment map), because the children of an `img` are hidden from screen readers, so links
    /// inside one could not be reached (axe's `nested-interactive`). Such a chart keeps the SVG's own role
    /// (graphics-document, which the Nu checker accepts where it refuses `group`), named by its `<title>`
    /// and `<desc>` all the same.
    static func roleAttribute(hasLinks: Bool) -> String {
        hasLinks ? "" : " role=\"img\""
    }
}

/// The check-in chart of one key result across its whole period (``Charts/checkins(_:language:)``).
public struct CheckinChart: Sendable {
    /// The key result's title (in the chart's `<title>` and `<desc>`; never drawn as a long line of text).
    public var title: String
    public var periodStart: Day
    public var periodEnd: Day
    /// Metric start (0 for milestones).
    public var start: Double
    /// Metric target (1 for milestones).
    public var target: Double
    /// Display unit, e.g. "社", "%", "日".
    public var unitLabel: String?
    /// A milestone is drawn as a done/not-done timeline; its points have value 1 (done) or 0 (not done).
    public var isMilestone: Bool
    /// Check-ins sorted by date.
    public var points: [CheckinPoint]
    /// Set only when the period is current: draws a "today" marker.
    public var today: Day?

    public init(title: String, periodStart: Day, periodEnd: Day, start: Double, target: Double, unitLabel: String?,
                isMilestone: Bool, points: [CheckinPoint], today: Day?) {
        self.title = title
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.start = start
        self.target = target
        self.unitLabel = unitLabel
        self.isMilestone = isMilestone
        self.points = points
        self.today = today
    }
}

/// One check-in of a ``CheckinChart``.
public struct CheckinPoint: Sendable {
    public var date: Day
    public var value: Double
    /// 0…1 as written; nil when the check-in has none.
    public var confidence: Double?

    public init(date: Day, value: Double, confidence: Double?) {
        self.date = date
        self.value = value
        self.confidence = confidence
    }
}

/// One row of ``Charts/unitBars(_:expected:language:)``.
public struct UnitBar: Sendable {
    public var name: String
    /// The unit's progress in the period (0…1); nil means "no objectives" (an empty row with "—").
    public var progress: Double?
    public var band: Band?
    /// When given, the whole row is a link.
    public var href: String?

    public init(name: String, progress: Double?, band: Band?, href: String?) {
        self.name = name
        self.progress = progress
        self.band = band
        self.href = href
    }
}

// MARK: - Words

extension Charts {
    /// The interface words of the charts, in both languages.
    struct Words {
        let language: Language

        init(_ language: Language) { self.language = language }

        private func pick(_ ja: String, _ en: String) -> String { language == .ja ? ja : en }

        func band(_ band: Band) -> String {
            switch band {
            case .red: return pick("赤", "red")
            case .yellow: return pick("黄", "yellow")
            case .green: return pick("緑", "green")
            }
        }

        func health(_ health: Health) -> String {
            switch health {
            case .onTrack: return pick("順調", "on track")
            case .atRisk: return pick("要注意", "at risk")
            case .offTrack: return pick("遅れ", "off track")
            case .done: return pick("完了", "done")
            case .dropped: return pick("中止", "dropped")
            }
        }

        var progress: String { pick("進捗", "progress") }
        var expected: String { pick("期待値", "expected") }
        var target: String { pick("目標", "target") }
        var startValue: String { pick("開始値", "start") }
        var latest: String { pick("最新値", "latest value") }
        var today: String { pick("今日", "today") }
        var idealPace: String { pick("理想ペース", "ideal pace") }
        var actual: String { pick("実績", "actual") }
        var confidence: String { pick("自信度", "confidence") }
        /// The name of the row of confidences, whose numbers are percentages without the sign.
        var confidenceRow: String { pick("自信度(%)", "Confidence (%)") }
        var noCheckins: String { pick("チェックインなし", "no check-ins yet") }
        var milestone: String { pick("マイルストーン", "milestone") }
        var done: String { pick("達成", "done") }
        var notDone: String { pick("未達成", "not done") }
        var noObjectives: String { pick("目標なし", "no objectives") }
        var noUnits: String { pick("部門なし", "no units") }
        var none: String { pick("なし", "none") }
        var unitsTitle: String { pick("部門別の進捗", "Progress by unit") }
        var distributionTitle: String { pick("目標の分布", "Objectives by score and health") }
        var scoreRow: String { pick("スコア", "Score") }
        var healthRow: String { pick("状況", "Health") }
        var comma: String { pick("、", ", ") }
        var rangeDash: String { pick("〜", " – ") }

        /// What ``parenthesised(_:)`` puts before the text: 「（」 / " (".
        var openParenthesis: String { pick("（", " (") }
        /// What ``parenthesised(_:)`` puts after the text: 「）」 / ")".
        var closeParenthesis: String { pick("）", ")") }

        func parenthesised(_ text: String) -> String { openParenthesis + text + closeParenthesis }

        /// What ``period(_:_:_:)`` puts before the dates: 「期間 」 / "period ".
        var periodName: String { pick("期間 ", "period ") }

        func period(_ formatter: Formatter, _ start: Day, _ end: Day) -> String {
            periodName + formatter.date(start) + rangeDash + formatter.date(end)
        }

        /// "9件" / "9 objectives".
        func objectives(_ count: Int) -> String {
            pick("\(count)件", count == 1 ? "1 objective" : "\(count) objectives")
        }

        /// "計 9件" / "9 in total".
        func total(_ count: Int) -> String { pick("計 \(count)件", "\(count) in total") }

        /// "チェックイン 8件" / "8 check-ins".
        func checkins(_ count: Int) -> String {
            pick("チェックイン \(count)件", count == 1 ? "1 check-in" : "\(count) check-ins")
        }

        /// "5件" / "5": a count next to a label.
        func count(_ count: Int) -> String { pick("\(count)件", "\(count)") }

        /// Sentences joined: 「…。…。」 / "…. …."
        func sentences(_ parts: [String]) -> String {
            language == .ja ? parts.map { $0 + "。" }.joined() : parts.map { sentence($0) + "." }.joined(separator: " ")
        }

        /// Capitalises the first letter of an English sentence.
        func sentence(_ text: String) -> String {
            guard language == .en, let first = text.first else { return text }
            return first.uppercased() + text.dropFirst()
        }
    }
}
