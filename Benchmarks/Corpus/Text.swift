/// The text of every file of the corpus, built as plain strings.

extension Plan {
    func siteYAML(objectiveCount: Int) -> String {
        """
        \(Plan.marker) (\(objectiveCount) objectives). Do not edit: regenerate it.
        title: "ベンチマーク株式会社 OKR"
        language: ja
        base_url: https://okr.bench.example/
        fiscal_year_start: 4
        current_period: \(Plan.currentPeriod)
        checkin_interval_days: 7

        """
    }

    func orgYAML() -> String {
        var text = "# \(units.count) units, \(people.count) people\nunits:\n"
        text.reserveCapacity(units.count * 90 + people.count * 60)
        for unit in units {
            text += "  - id: \(unit.id)\n    name: \(unit.name)\n"
            if unit.parent >= 0 {
                text += "    parent: \(units[unit.parent].id)\n"
            }
            if let lead = unit.members.first {
                text += "    lead: \(people[lead].id)\n"
            }
        }
        text += "people:\n"
        for person in people {
            text += "  - id: \(person.id)\n    name: \(person.name)\n    unit: \(units[person.unit].id)\n"
        }
        return text
    }

    /// One objective file: front matter with three key results and their check-ins, then about 1.5 KB of
    /// Markdown mixing Japanese and English.
    func objectiveFile(_ index: Int, seed: UInt64) -> String {
        var random = SplitMix64(seed: seed ^ (UInt64(index + 1) &* 0xD1B5_4A32_D192_ED03))
        let objective = objectives[index]
        let period = periods[objective.period]
        let unit = units[objective.unit]
        let japanese = random.chance(0.7)

        var text = "---\n"
        text.reserveCapacity(6_000)

        // Title: qualitative, no digits.
        if japanese {
            text += "title: \(random.pick(Words.jaThemes))を\(random.pick(Words.jaVerbs))、\(random.pick(Words.jaGoals))\n"
        } else {
            let subject = random.pick(Words.enSubjects)
            text += "title: \"Make \(subject) \(random.pick(Words.enOutcomes))\"\n"
        }
        let members = unit.members
        text += "owner: \(people[members[objective.ordinal % members.count]].id)\n"
        if objective.parent >= 0 {
            text += "aligns_to: [\(reference(from: index, to: objective.parent))]\n"
        }
        let firstTag = random.int(Words.tags.count)
        if random.chance(0.5) {
            text += "tags: [\(Words.tags[firstTag]), \(Words.tags[(firstTag + 1 + random.int(Words.tags.count - 1)) % Words.tags.count])]\n"
        } else {
            text += "tags: [\(Words.tags[firstTag])]\n"
        }
        if random.chance(0.1) {
            text += "weight: 2\n"
        }
        let finalProgress = period.closed ? 0.3 + random.unit() * 0.8 : 0.3 + random.unit() * 0.7
        if period.closed && random.chance(0.5) {
            text += "score: \(Number.fraction(min(1, finalProgress)))\n"
        }

        // Check-in days: weekly over the quarter (13), every three weeks over the fiscal year (13).
        let step = period.isAnnual ? 21 : 7
        let days = (0..<13).map { period.start + 4 + $0 * step }

        text += "key_results:\n"
        for kr in 0..<3 {
            let kind: Int // 0 increasing, 1 decreasing, 2 milestone
            switch kr {
            case 0: kind = 0
            case 1: kind = random.chance(0.5) ? 0 : 1
            default:
                let roll = random.unit()
                kind = roll < 0.4 ? 0 : (roll < 0.8 ? 1 : 2)
            }
            let owner = people[members[(objective.ordinal + kr + 1) % members.count]].id
            let progress = max(0.05, min(1.1, finalProgress + (random.unit() - 0.5) * 0.3))
            if kind == 2 {
                let done = random.chance(period.closed ? 0.6 : 0.3)
                let title = japanese ? random.pick(Words.jaMilestones) : "\"\(random.pick(Words.enMilestones))\""
                text += "  - title: \(title)\n    owner: \(owner)\n    type: milestone\n    start: 0\n    target: 1\n"
                text += "    done: \(done)\n"
                appendContribution(&text, index: index, keyResult: kr)
                text += "    checkins:\n"
                for (position, day) in days.enumerated() {
                    let value = done && position >= 10 ? 1 : 0
                    text += "      - { date: \(Days.iso(day)), value: \(value)"
                    if position % 3 == 0 { text += ", confidence: \(confidence(&random))" }
                    text += " }\n"
                }
                continue
            }
            let metric = kind == 0 ? random.pick(Words.increasing) : random.pick(Words.decreasing)
            var start = metric.low + random.unit() * (metric.high - metric.low)
            var target: Double
            if metric.increasing {
                target = start + max(metric.decimals ? 0.5 : 2, metric.high * (0.2 + random.unit() * 0.4))
            } else {
                target = start * (0.4 + random.unit() * 0.4)
            }
            if !metric.decimals {
                start = start.rounded()
                target = target.rounded()
                if target == start { target = metric.increasing ? start + 2 : max(0, start - 2) }
            } else {
                start = (start * 10).rounded() / 10
                target = (target * 10).rounded() / 10
                if target == start { target = metric.increasing ? start + 0.5 : start - 0.5 }
            }
            let startText = Number.format(start, decimals: metric.decimals)
            let targetText = Number.format(target, decimals: metric.decimals)
            if japanese {
                text += "  - title: \(metric.ja)を\(startText)\(metric.unit)から\(targetText)\(metric.unit)に\(metric.increasing ? "増やす" : "減らす")\n"
            } else {
                text += "  - title: \"\(metric.increasing ? "Grow" : "Reduce") \(metric.en) from \(startText) to \(targetText) \(metric.unit)\"\n"
            }
            text += "    owner: \(owner)\n    start: \(startText)\n    target: \(targetText)\n    unit: \"\(metric.unit)\"\n"
            appendContribution(&text, index: index, keyResult: kr)
            text += "    checkins:\n"
            for (position, day) in days.enumerated() {
                let pace = progress * Double(position + 1) / 13
                let noise = (random.unit() - 0.5) * 0.08
                let value = start + (target - start) * max(0, pace + noise)
                text += "      - { date: \(Days.iso(day)), value: \(Number.format(metric.decimals ? value : max(0, value), decimals: metric.decimals))"
                if random.chance(0.6) { text += ", confidence: \(confidence(&random))" }
                if random.chance(0.15) {
                    text += ", note: \"\(japanese ? random.pick(Words.jaNotes) : random.pick(Words.enNotes))\""
                }
                text += " }\n"
            }
        }
        text += "---\n\n"
        appendBody(&text, index: index, japanese: japanese, closed: period.closed, random: &random)
        return text
    }

    private func appendContribution(_ text: inout String, index: Int, keyResult: Int) {
        let target = objectives[index].contributesTo
        if keyResult == 1, target >= 0 {
            text += "    contributes_to: [\(reference(from: index, to: target))]\n"
        }
    }

    /// 0.4 … 0.95: never below the low-confidence threshold (0.3).
    private func confidence(_ random: inout SplitMix64) -> String {
        Number.fraction(Double(8 + random.int(12)) * 0.05)
    }

    private func appendBody(_ text: inout String, index: Int, japanese: Bool, closed: Bool, random: inout SplitMix64) {
        let objective = objectives[index]
        let unit = units[objective.unit]
        var bytes = 0
        func add(_ line: String) {
            text += line
            bytes += line.utf8.count
        }
        add(japanese ? "## 背景\n\n" : "## Background\n\n")
        add("\(unit.name)の今期の重点です。")
        add(random.pick(Words.jaSentences))
        add(random.pick(Words.jaSentences))
        add("\n\n")
        add(random.pick(Words.enSentences) + " " + random.pick(Words.enSentences) + "\n\n")

        add(japanese ? "## 方針\n\n" : "## Approach\n\n")
        add(random.pick(Words.jaSentences))
        if objective.link >= 0 {
            let linked = objectives[objective.link]
            let label = objective.link == objective.parent ? (japanese ? "上位の目標" : "the objective above ours") : (japanese ? "関連する全社目標" : "a related company objective")
            add(" [\(label)](../../\(periods[linked.period].id)/\(units[linked.unit].id)/\(linked.slug).md)")
            add(japanese ? "に直接つながる取り組みです。\n\n" : " is what this work moves forward.\n\n")
        } else {
            add("\n\n")
        }

        add(japanese ? "## アクション\n\n" : "## Actions\n\n")
        let actions = 4 + random.int(3)
        for action in 0..<actions {
            let done = closed ? action < actions - 1 : action < actions / 2
            let label = action % 2 == 0 ? random.pick(Words.jaActions) : random.pick(Words.enActions)
            add("- [\(done ? "x" : " ")] \(label)\n")
        }
        add("\n")

        if closed {
            add(japanese ? "## 振り返り\n\n" : "## Retrospective\n\n")
            for line in Words.jaRetrospectives where bytes < 1_400 {
                add(line + "\n\n")
            }
        } else {
            add(japanese ? "## メモ\n\n" : "## Notes\n\n")
        }
        while bytes < 1_450 {
            add(random.chance(0.5) ? random.pick(Words.jaSentences) : random.pick(Words.enSentences) + " ")
        }
        add("\n")
    }
}
